package dev.switchboard.http;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one item of a FastAPI 422 {@code detail} into the end of a plain sentence ("is too long (2,000
 * characters at most)"), for pydantic v1 ({@code value_error.any_str.max_length}, {@code ctx.limit_value}) and
 * v2 ({@code string_too_long}, {@code ctx.max_length}) alike. An error type it does not know keeps the server's
 * own message, so nothing the server said is lost.
 */
final class ValidationMessages {

  private ValidationMessages() {}

  /** The phrase to put after a field's label: "is required", or ": the server's own words". */
  static String phrase(String type, String serverMessage, Map<?, ?> ctx) {
    String t = type == null ? "" : type;
    return switch (t) {
      case "missing", "value_error.missing" -> "is required";
      case "string_too_long", "value_error.any_str.max_length" ->
          "is too long (" + count(ctx, "max_length", "limit_value") + " characters at most)";
      case "string_too_short", "value_error.any_str.min_length" ->
          "is too short (at least " + count(ctx, "min_length", "limit_value") + " characters)";
      case "too_long", "value_error.list.max_items" ->
          "has too many entries (" + count(ctx, "max_length", "limit_value") + " at most)";
      case "too_short", "value_error.list.min_items" ->
          "has too few entries (at least " + count(ctx, "min_length", "limit_value") + ")";
      case "greater_than_equal", "value_error.number.not_ge" ->
          "must be at least " + count(ctx, "ge", "limit_value");
      case "greater_than", "value_error.number.not_gt" -> "must be more than " + count(ctx, "gt", "limit_value");
      case "less_than_equal", "value_error.number.not_le" -> "must be at most " + count(ctx, "le", "limit_value");
      case "less_than", "value_error.number.not_lt" -> "must be less than " + count(ctx, "lt", "limit_value");
      case "int_type", "int_parsing", "int_from_float", "type_error.integer" -> "must be a whole number";
      case "float_type", "float_parsing", "type_error.float", "decimal_parsing", "type_error.decimal" ->
          "must be a number";
      case "bool_type", "bool_parsing", "type_error.bool" -> "must be yes or no (true or false)";
      case "string_type", "type_error.str" -> "must be text";
      case "list_type", "type_error.list" -> "must be a list";
      case "datetime_type", "datetime_parsing", "datetime_from_date_parsing", "value_error.datetime" ->
          "must be a date and time (such as 2026-11-24T09:30:00Z)";
      case "date_type", "date_parsing", "date_from_datetime_parsing", "value_error.date" ->
          "must be a date (such as 2026-11-24)";
      case "time_type", "time_parsing", "value_error.time" -> "must be a time (such as 09:30)";
      case "uuid_type", "uuid_parsing", "type_error.uuid" -> "must be a UUID";
      case "url_type", "url_parsing", "url_scheme", "value_error.url", "value_error.url.scheme" ->
          "must be a web address starting with http:// or https://";
      case "enum", "literal_error", "type_error.enum" -> oneOf(ctx, serverMessage);
      case "string_pattern_mismatch", "value_error.str.regex" -> "does not have the expected format"
          + pattern(ctx);
      case "value_error.email" -> "is not a valid email address";
      default -> custom(serverMessage);
    };
  }

  private static String oneOf(Map<?, ?> ctx, String serverMessage) {
    Object expected = ctx == null ? null : ctx.get("expected");
    if (expected instanceof String s && !s.isBlank()) {
      return "must be one of " + s;
    }
    Object values = ctx == null ? null : ctx.get("enum_values");
    if (values instanceof List<?> list && !list.isEmpty()) {
      return "must be one of " + String.join(", ", list.stream().map(v -> "'" + v + "'").toList());
    }
    return custom(serverMessage);
  }

  private static String pattern(Map<?, ?> ctx) {
    Object pattern = ctx == null ? null : ctx.get("pattern");
    return pattern == null ? "" : " (" + pattern + ")";
  }

  /** pydantic v2 prefixes a validator's own message with "Value error, "; the rest is the validator's. */
  private static String custom(String serverMessage) {
    if (serverMessage == null || serverMessage.isBlank()) {
      return "is not valid";
    }
    String message = serverMessage.strip();
    for (String prefix : List.of("Value error, ", "Assertion failed, ")) {
      if (message.startsWith(prefix)) {
        message = message.substring(prefix.length());
      }
    }
    if (message.endsWith(".")) {
      message = message.substring(0, message.length() - 1);
    }
    // A sentence of the server's own, after the field's label and a colon ("Agent: no such user").
    return ": " + message;
  }

  private static String count(Map<?, ?> ctx, String v2Key, String v1Key) {
    Object value = ctx == null ? null : ctx.get(v2Key);
    if (value == null && ctx != null) {
      value = ctx.get(v1Key);
    }
    if (value instanceof Number n) {
      return NumberFormat.getInstance(Locale.ENGLISH).format(n);
    }
    return value == null ? "the limit" : String.valueOf(value);
  }
}
