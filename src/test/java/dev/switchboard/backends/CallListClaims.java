package dev.switchboard.backends;

import static dev.switchboard.backends.ApiClient.API;
import static dev.switchboard.backends.ApiClient.query;
import static dev.switchboard.backends.Scenario.ids;
import static dev.switchboard.backends.Scenario.instant;
import static dev.switchboard.backends.Scenario.items;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/calls/}: the page envelope, paging, every filter and sorting. */
interface CallListClaims extends Scenario {

  @Test
  default void callsListAnswersThePageEnvelopeWithDefaults() {
    JsonNode page = callsPage("");
    assertThat(page.has("items") && page.has("total") && page.has("page") && page.has("size")
        && page.has("pages")).as("{items,total,page,size,pages} in %s", page).isTrue();
    assertThat(page.path("page").asInt()).isEqualTo(1);
    assertThat(page.path("size").asInt()).isEqualTo(50);
    assertThat(page.path("items")).hasSize((int) Math.min(50, page.path("total").asLong()));
  }

  @Test
  default void pageTwoDiffersFromPageOneAndPagesIsTotalOverSizeRoundedUp() {
    JsonNode first = callsPage(query("page", 1, "size", 7));
    JsonNode second = callsPage(query("page", 2, "size", 7));
    long total = first.path("total").asLong();
    assertThat(total).as("enough calls to page through").isGreaterThan(14);
    assertThat(second.path("page").asInt()).isEqualTo(2);
    assertThat(second.path("size").asInt()).isEqualTo(7);
    assertThat(first.path("pages").asLong()).as("pages of %d calls by 7", total).isEqualTo((total + 6) / 7);
    assertThat(ids(second.path("items"))).hasSize(7).doesNotContainAnyElementsOf(ids(first.path("items")));

    JsonNode last = callsPage(query("page", first.path("pages").asLong(), "size", 7));
    assertThat(last.path("items")).as("items on the last page").hasSize((int) (total - (total - 1) / 7 * 7));
  }

  @Test
  default void statusFilterKeepsOnlyThatStatus() {
    assertFilterKeepsOnly(call -> call.path("status").asText().equals("completed"), "status", "completed");
  }

  @Test
  default void statusInFilterKeepsOnlyThoseStatuses() {
    assertFilterKeepsOnly(call -> Set.of("missed", "voicemail").contains(call.path("status").asText()),
        "status__in", "missed,voicemail");
  }

  @Test
  default void directionFilterKeepsOnlyThatDirection() {
    assertFilterKeepsOnly(call -> call.path("direction").asText().equals("outbound"), "direction", "outbound");
  }

  @Test
  default void agentIdFilterKeepsOnlyThatAgentsCalls() {
    JsonNode handled = items(callsPage(query("status", "completed", "size", 1))).get(0);
    assertThat(handled.path("agent_id").isIntegralNumber()).as("a completed call has an agent: %s", handled)
        .isTrue();
    long agentId = handled.path("agent_id").asLong();
    assertFilterKeepsOnly(call -> call.path("agent_id").asLong(-1) == agentId, "agent_id", agentId);
  }

  @Test
  default void queueFilterKeepsOnlyThatQueue() {
    assertFilterKeepsOnly(call -> call.path("queue").asText().equals("billing"), "queue", "billing");
  }

  @Test
  default void startedAtGteKeepsOnlyLaterCalls() {
    Instant pivot = medianStart();
    assertFilterKeepsOnly(call -> !instant(call.path("started_at")).isBefore(pivot),
        "started_at__gte", pivot.toString());
  }

  @Test
  default void startedAtLteKeepsOnlyEarlierCalls() {
    Instant pivot = medianStart();
    assertFilterKeepsOnly(call -> !instant(call.path("started_at")).isAfter(pivot),
        "started_at__lte", pivot.toString());
  }

  @Test
  default void searchMatchesCallerNumberQueueOrNotesIgnoringCase() {
    assertFilterKeepsOnly(call -> (call.path("caller_number").asText() + "\n" + call.path("queue").asText()
            + "\n" + call.path("notes").asText("")).toLowerCase(Locale.ROOT).contains("bill"),
        "search", "BILL");
  }

  @Test
  default void orderByStartedAtSortsAscendingAndDescending() {
    List<Instant> ascending = starts(callsPage(query("order_by", "started_at", "size", 100)));
    List<Instant> descending = starts(callsPage(query("order_by", "-started_at", "size", 100)));
    List<Instant> byDefault = starts(callsPage(query("size", 100)));
    assertThat(ascending).isSortedAccordingTo(Comparator.naturalOrder());
    assertThat(descending).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(byDefault).as("the default order is -started_at").isEqualTo(descending);
    assertThat(ascending.get(0)).isBefore(descending.get(0));
  }

  @Test
  default void orderByTakesSeveralFieldsInTurn() {
    // The 100 latest calls, so that one page holds several queues.
    List<JsonNode> latest = items(callsPage(query("size", 100)));
    String since = latest.get(latest.size() - 1).path("started_at").asText();
    JsonNode page = callsPage(query("started_at__gte", since, "order_by", "queue,-started_at", "size", 100));
    List<JsonNode> calls = items(page);
    assertThat(calls.stream().map(call -> call.path("queue").asText()).collect(Collectors.toSet()))
        .as("queues among the latest calls").hasSizeGreaterThan(1);
    Comparator<JsonNode> queueThenLatest = Comparator.<JsonNode, String>comparing(call -> call.path("queue")
        .asText()).thenComparing(call -> instant(call.path("started_at")), Comparator.reverseOrder());
    assertThat(calls).as("order_by=queue,-started_at").isSortedAccordingTo(queueThenLatest);
  }

  @Test
  default void anUnknownOrderByFieldIs422OnQueryOrderBy() {
    String admin = token(SeedUser.ADMIN);
    api().get(API + "/calls/" + query("order_by", "colour"), admin).expectValidationErrorAt("query", "order_by");
    api().get(API + "/calls/" + query("order_by", "started_at,-nope"), admin)
        .expectValidationErrorAt("query", "order_by");
  }

  @Test
  default void dateTimesAreIsoUtcWithZ() {
    for (JsonNode call : items(callsPage(query("size", 100)))) {
      for (String field : List.of("started_at", "ended_at", "created_at", "updated_at")) {
        JsonNode value = call.path(field);
        if (!value.isNull()) {
          assertThat(value.asText()).as("%s of call %s", field, call.path("id")).endsWith("Z");
        }
      }
    }
  }

  /**
   * Asserts that the filter leaves some calls but fewer than all, and that every call on its first two pages
   * satisfies {@code holds}.
   */
  private void assertFilterKeepsOnly(Predicate<JsonNode> holds, String name, Object value) {
    long all = callsPage(query("size", 1)).path("total").asLong();
    JsonNode first = callsPage(query(name, value, "size", 100));
    long total = first.path("total").asLong();
    assertThat(total).as("calls with %s=%s among %d", name, value, all).isPositive().isLessThan(all);
    assertThat(first.path("items")).hasSize((int) Math.min(100, total));
    assertThat(items(first).stream().filter(holds.negate())).as("calls that fail %s=%s on page 1", name, value)
        .isEmpty();
    if (total > 100) {
      List<JsonNode> second = items(callsPage(query(name, value, "size", 100, "page", 2)));
      assertThat(second).as("page 2 with %s=%s", name, value).isNotEmpty();
      assertThat(second.stream().filter(holds.negate())).as("calls that fail %s=%s on page 2", name, value)
          .isEmpty();
    }
  }

  /** The start of the middle call, by start time. */
  private Instant medianStart() {
    long total = callsPage(query("size", 1)).path("total").asLong();
    JsonNode middle = callsPage(query("order_by", "started_at", "size", 1, "page", (total + 1) / 2));
    return instant(items(middle).get(0).path("started_at"));
  }

  private static List<Instant> starts(JsonNode page) {
    return items(page).stream().map(call -> instant(call.path("started_at"))).collect(Collectors.toList());
  }
}
