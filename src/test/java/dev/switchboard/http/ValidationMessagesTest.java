package dev.switchboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** pydantic v1 and v2 error types read as the same plain phrases. */
class ValidationMessagesTest {

  @ParameterizedTest(name = "{0} with {1}={2}")
  @CsvSource(delimiter = '|', value = {
      "string_too_long                 | max_length  | 2000 | is too long (2,000 characters at most)",
      "value_error.any_str.max_length  | limit_value | 2000 | is too long (2,000 characters at most)",
      "string_too_short                | min_length  | 3    | is too short (at least 3 characters)",
      "value_error.any_str.min_length  | limit_value | 3    | is too short (at least 3 characters)",
      "too_long                        | max_length  | 5    | has too many entries (5 at most)",
      "value_error.list.max_items      | limit_value | 5    | has too many entries (5 at most)",
      "too_short                       | min_length  | 1    | has too few entries (at least 1)",
      "value_error.list.min_items      | limit_value | 1    | has too few entries (at least 1)",
      "greater_than_equal              | ge          | 0    | must be at least 0",
      "value_error.number.not_ge       | limit_value | 0    | must be at least 0",
      "greater_than                    | gt          | 0    | must be more than 0",
      "value_error.number.not_gt       | limit_value | 0    | must be more than 0",
      "less_than_equal                 | le          | 3600 | must be at most 3,600",
      "value_error.number.not_le       | limit_value | 3600 | must be at most 3,600",
      "less_than                       | lt          | 10   | must be less than 10",
      "value_error.number.not_lt       | limit_value | 10   | must be less than 10",
  })
  void limitsAreSaidWithTheLimitFromEitherVersionsContext(String type, String key, long limit, String phrase) {
    assertThat(ValidationMessages.phrase(type, "whatever the server said", Map.of(key, limit))).isEqualTo(phrase);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "missing             | is required",
      "value_error.missing | is required",
      "int_parsing         | must be a whole number",
      "type_error.integer  | must be a whole number",
      "float_parsing       | must be a number",
      "type_error.float    | must be a number",
      "bool_parsing        | must be yes or no (true or false)",
      "type_error.bool     | must be yes or no (true or false)",
      "string_type         | must be text",
      "type_error.str      | must be text",
      "datetime_parsing    | must be a date and time (such as 2026-11-24T09:30:00Z)",
      "value_error.datetime | must be a date and time (such as 2026-11-24T09:30:00Z)",
      "date_parsing        | must be a date (such as 2026-11-24)",
      "value_error.date    | must be a date (such as 2026-11-24)",
      "uuid_parsing        | must be a UUID",
      "type_error.uuid     | must be a UUID",
      "url_parsing         | must be a web address starting with http:// or https://",
      "value_error.url     | must be a web address starting with http:// or https://",
      "value_error.email   | is not a valid email address",
  })
  void typesOfBothVersionsReadTheSame(String type, String phrase) {
    assertThat(ValidationMessages.phrase(type, "whatever the server said", Map.of())).isEqualTo(phrase);
  }

  @Test
  void aV2EnumNamesTheExpectedValues() {
    assertThat(ValidationMessages.phrase("enum", "Input should be 'a' or 'b'", Map.of("expected", "'a' or 'b'")))
        .isEqualTo("must be one of 'a' or 'b'");
  }

  @Test
  void aV1EnumNamesTheEnumValues() {
    assertThat(ValidationMessages.phrase("type_error.enum", "value is not a valid enumeration member",
        Map.of("enum_values", List.of("answered", "missed"))))
        .isEqualTo("must be one of 'answered', 'missed'");
  }

  @Test
  void aPatternMismatchShowsThePattern() {
    assertThat(ValidationMessages.phrase("string_pattern_mismatch", "String should match pattern",
        Map.of("pattern", "^\\+[0-9]+$")))
        .isEqualTo("does not have the expected format (^\\+[0-9]+$)");
  }

  @Test
  void anUnknownTypeKeepsTheServersOwnWords() {
    assertThat(ValidationMessages.phrase("call_closed", "This call is already closed.", Map.of()))
        .isEqualTo(": This call is already closed");
  }

  @Test
  void aV2ValueErrorLosesItsPrefix() {
    assertThat(ValidationMessages.phrase("value_error", "Value error, no such agent", Map.of()))
        .isEqualTo(": no such agent");
  }

  @Test
  void noTypeAndNoMessageIsStillASentence() {
    assertThat(ValidationMessages.phrase(null, null, null)).isEqualTo("is not valid");
  }
}
