package dev.switchboard.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per rule of {@link Names}. */
class NamesTest {

  @Test
  void snakeCaseBecomesSentenceCase() {
    assertThat(Names.label("started_at")).isEqualTo("Started at");
  }

  @Test
  void camelCaseBecomesSentenceCase() {
    assertThat(Names.label("callerNumber")).isEqualTo("Caller number");
    assertThat(Names.label("createdAt")).isEqualTo("Created at");
  }

  @Test
  void dashesAndDotsSeparateWords() {
    assertThat(Names.label("exam-attempts")).isEqualTo("Exam attempts");
    assertThat(Names.label("address.city")).isEqualTo("Address city");
  }

  @Test
  void acronymsAreUpperCase() {
    assertThat(Names.label("recording_url")).isEqualTo("Recording URL");
    assertThat(Names.label("id")).isEqualTo("ID");
    assertThat(Names.label("api_key")).isEqualTo("API key");
    assertThat(Names.label("recordingUrl")).isEqualTo("Recording URL");
  }

  @Test
  void idsIsWrittenIDs() {
    assertThat(Names.label("tag_ids")).isEqualTo("Tag IDs");
  }

  @Test
  void trailingUnitGoesInParentheses() {
    assertThat(Names.label("duration_s")).isEqualTo("Duration (s)");
    assertThat(Names.label("latency_ms")).isEqualTo("Latency (ms)");
  }

  @Test
  void unitAloneIsAWord() {
    assertThat(Names.label("s")).isEqualTo("S");
  }

  @Test
  void wordsSplitOnSeparatorsAndHumps() {
    assertThat(Names.words("callerNumber")).containsExactly("caller", "number");
    assertThat(Names.words("tags[]")).containsExactly("tags");
    assertThat(Names.words("__private__")).containsExactly("private");
  }

  @Test
  void nameWithoutWordsIsItsOwnLabel() {
    assertThat(Names.label("_")).isEqualTo("_");
  }

  @Test
  void pydanticTitlesAreRecognisedAsGenerated() {
    assertThat(Names.isGeneratedTitle("Started At", "started_at")).isTrue();
    assertThat(Names.isGeneratedTitle("Recording Url", "recording_url")).isTrue();
    assertThat(Names.isGeneratedTitle("Callernumber", "callerNumber")).isTrue();
    assertThat(Names.isGeneratedTitle("callerNumber", "callerNumber")).isTrue();
  }

  @Test
  void writtenTitlesAreNotGenerated() {
    assertThat(Names.isGeneratedTitle("Call started", "started_at")).isFalse();
  }

  @Test
  void singularOfRegularPlurals() {
    assertThat(Names.singular("calls")).isEqualTo("call");
    assertThat(Names.singular("users")).isEqualTo("user");
    assertThat(Names.singular("queues")).isEqualTo("queue");
    assertThat(Names.singular("categories")).isEqualTo("category");
    assertThat(Names.singular("addresses")).isEqualTo("address");
    assertThat(Names.singular("boxes")).isEqualTo("box");
    assertThat(Names.singular("matches")).isEqualTo("match");
    assertThat(Names.singular("wishes")).isEqualTo("wish");
  }

  @Test
  void singularLeavesSingularsAlone() {
    assertThat(Names.singular("status")).isEqualTo("status");
    assertThat(Names.singular("address")).isEqualTo("address");
    assertThat(Names.singular("analysis")).isEqualTo("analysis");
    assertThat(Names.singular("call")).isEqualTo("call");
  }

  @Test
  void singularKeepsTheCaseOfTheStem() {
    assertThat(Names.singular("Calls")).isEqualTo("Call");
    assertThat(Names.singular("Categories")).isEqualTo("Category");
  }

  @Test
  void pluralOfRegularNouns() {
    assertThat(Names.plural("call")).isEqualTo("calls");
    assertThat(Names.plural("category")).isEqualTo("categories");
    assertThat(Names.plural("day")).isEqualTo("days");
    assertThat(Names.plural("status")).isEqualTo("statuses");
    assertThat(Names.plural("box")).isEqualTo("boxes");
    assertThat(Names.plural("match")).isEqualTo("matches");
    assertThat(Names.plural("wish")).isEqualTo("wishes");
  }

  @Test
  void singularUndoesPlural() {
    for (String word : new String[] {"call", "user", "agent", "queue", "category", "company", "address", "box",
        "match", "status", "size", "cache", "movie", "hero", "person", "child", "alias", "team", "day"}) {
      assertThat(Names.singular(Names.plural(word))).as(word).isEqualTo(word);
    }
  }

  @Test
  void irregularPlurals() {
    assertThat(Names.plural("person")).isEqualTo("people");
    assertThat(Names.singular("people")).isEqualTo("person");
    assertThat(Names.plural("hero")).isEqualTo("heroes");
    assertThat(Names.singular("heroes")).isEqualTo("hero");
    assertThat(Names.singular("salespeople")).isEqualTo("salesperson");
  }
}
