package dev.switchboard.viewmodel;

import static dev.switchboard.testing.TicketForms.field;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.model.Constraints;
import dev.switchboard.testing.TicketForms;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class FieldRulesTest {

  private final FieldRules rules = new FieldRules(Locale.UK);

  private static Constraints constraints(Integer minLength, Integer maxLength, String pattern) {
    return new Constraints(Optional.empty(), Optional.empty(), false, false, Optional.empty(),
        minLength == null ? OptionalInt.empty() : OptionalInt.of(minLength),
        maxLength == null ? OptionalInt.empty() : OptionalInt.of(maxLength), Optional.ofNullable(pattern),
        OptionalInt.empty(), OptionalInt.empty(), false);
  }

  private static Constraints bounds(String min, boolean exclusiveMin, String max, boolean exclusiveMax,
      String multipleOf) {
    return new Constraints(Optional.ofNullable(min).map(BigDecimal::new), Optional.ofNullable(max).map(BigDecimal::new),
        exclusiveMin, exclusiveMax, Optional.ofNullable(multipleOf).map(BigDecimal::new), OptionalInt.empty(),
        OptionalInt.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), false);
  }

  private Optional<String> check(FieldDef field, Object value) {
    return rules.problem(field, value);
  }

  @Test
  void aRequiredFieldWithoutAValueIsRequiredButANullableOneIsNot() {
    assertThat(check(field("title", "Title", FieldType.STRING, true, Constraints.NONE), "  "))
        .contains("Title is required.");
    assertThat(check(field("notes", "Notes", FieldType.TEXT, false, Constraints.NONE), null)).isEmpty();
  }

  @Test
  void textLongerThanMaxLengthSaysTheLimitWithTheLocalesGrouping() {
    FieldDef notes = field("notes", "Notes", FieldType.TEXT, false, constraints(null, 2000, null));
    assertThat(check(notes, "x".repeat(2001))).contains("Notes is too long (2,000 characters at most).");
    assertThat(check(notes, "x".repeat(2000))).isEmpty();
  }

  @Test
  void lengthsCountCharactersNotUtf16Units() {
    FieldDef name = field("name", "Name", FieldType.STRING, true, constraints(null, 2, null));
    assertThat(check(name, "😀😀")).isEmpty();
  }

  @Test
  void textShorterThanMinLengthSaysTheMinimum() {
    FieldDef password = field("password", "Password", FieldType.PASSWORD, true, constraints(8, null, null));
    assertThat(check(password, "short")).contains("Password is too short (at least 8 characters).");
  }

  @Test
  void aPatternIsSearchedForAsJsonSchemaDoes() {
    FieldDef phone = field("caller", "Caller number", FieldType.STRING, true,
        constraints(null, null, "^\\+?[0-9 ()-]{3,32}$"));
    assertThat(check(phone, "+49 30 1234567")).isEmpty();
    assertThat(check(phone, "call me")).contains(
        "Caller number does not have the expected format (^\\+?[0-9 ()-]{3,32}$).");
    FieldDef unanchored = field("code", "Code", FieldType.STRING, true, constraints(null, null, "[0-9]"));
    assertThat(check(unanchored, "abc1")).isEmpty();
  }

  @Test
  void aPatternJavaCannotReadIsLeftToTheServer() {
    FieldDef odd = field("code", "Code", FieldType.STRING, true, constraints(null, null, "(?P<name>x)"));
    assertThat(check(odd, "anything")).isEmpty();
  }

  @Test
  void inclusiveBoundsSayAtLeastAndAtMost() {
    FieldDef satisfaction = field("satisfaction", "Satisfaction", FieldType.INTEGER, false,
        bounds("1", false, "5", false, null));
    assertThat(check(satisfaction, 0)).contains("Satisfaction must be at least 1.");
    assertThat(check(satisfaction, 6L)).contains("Satisfaction must be at most 5.");
    assertThat(check(satisfaction, 5)).isEmpty();
  }

  @Test
  void exclusiveBoundsSayMoreThanAndLessThan() {
    FieldDef rate = field("rate", "Rate", FieldType.NUMBER, true, bounds("0", true, "1.5", true, null));
    assertThat(check(rate, 0)).contains("Rate must be more than 0.");
    assertThat(check(rate, new BigDecimal("1.5"))).contains("Rate must be less than 1.5.");
    assertThat(check(rate, 0.25)).isEmpty();
  }

  @Test
  void multipleOfIsChecked() {
    FieldDef minutes = field("minutes", "Minutes", FieldType.INTEGER, true, bounds(null, false, null, false, "15"));
    assertThat(check(minutes, 20)).contains("Minutes must be a multiple of 15.");
    assertThat(check(minutes, 45)).isEmpty();
  }

  @Test
  void anEnumValueMustBeOneOfItsValues() {
    FieldDef status = field("status", "Status", FieldType.ENUM, true, Constraints.NONE)
        .withEnumValues(List.of("open", "closed"));
    assertThat(check(status, "lost")).contains("Status must be one of open, closed.");
    assertThat(check(status, "open")).isEmpty();
  }

  @Test
  void formatsAreChecked() {
    assertThat(check(field("e", "Email", FieldType.EMAIL, true, Constraints.NONE), "ada@example"))
        .contains("Email is not a valid email address.");
    assertThat(check(field("e", "Email", FieldType.EMAIL, true, Constraints.NONE), "ada@example.com")).isEmpty();
    assertThat(check(field("u", "Recording", FieldType.URI, true, Constraints.NONE), "recording.mp3"))
        .contains("Recording must be a web address starting with http:// or https://.");
    assertThat(check(field("u", "Recording", FieldType.URI, true, Constraints.NONE), "https://cdn.example/r.mp3"))
        .isEmpty();
    assertThat(check(field("i", "Key", FieldType.UUID, true, Constraints.NONE), "1-2-3-4-5"))
        .hasValueSatisfying(m -> assertThat(m).startsWith("Key must be a UUID"));
    assertThat(check(field("i", "Key", FieldType.UUID, true, Constraints.NONE),
        "3f2b8c1e-9a4d-4e57-b6a1-0c2d3e4f5a6b")).isEmpty();
    assertThat(check(field("d", "Due", FieldType.DATE, true, Constraints.NONE), "2026-02-30"))
        .contains("Due must be a date (such as 2026-11-24).");
    assertThat(check(field("t", "At", FieldType.DATE_TIME, true, Constraints.NONE), "2026-11-24T09:30:00+01:00"))
        .isEmpty();
    assertThat(check(field("t", "At", FieldType.TIME, true, Constraints.NONE), "25:00"))
        .contains("At must be a time (such as 09:30).");
  }

  @Test
  void listsAreCheckedForCountUniquenessAndEachEntry() {
    FieldDef tags = TicketForms.TAGS;
    assertThat(check(tags, List.of("a", "b", "c", "d"))).contains("Tags has too many entries (3 at most).");
    assertThat(check(tags, List.of("a", "a"))).contains("Tags lists an entry twice.");
    assertThat(check(tags, List.of("ok", "far too long a tag"))).contains(
        "Tags entry 2 (far too long a tag) is too long (10 characters at most).");
    assertThat(check(tags, List.of("ok"))).isEmpty();
  }

  @Test
  void textAnEditorCouldNotReadIsReportedWithItsReason() {
    FieldDef count = field("count", "Count", FieldType.INTEGER, true, Constraints.NONE);
    assertThat(check(count, new FieldViewModel.Unparsed("12x", "must be a whole number")))
        .contains("Count must be a whole number.");
  }
}
