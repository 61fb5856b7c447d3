package dev.switchboard.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns JSON Schema validation errors into the items pydantic v2 puts in a FastAPI 422 body. The one place that
 * knows the mapping:
 *
 * <table>
 *   <caption>JSON Schema keyword to pydantic error</caption>
 *   <tr><th>keyword</th><th>type</th><th>msg</th><th>ctx</th></tr>
 *   <tr><td>required</td><td>missing</td><td>Field required</td><td>(input is the enclosing object)</td></tr>
 *   <tr><td>type string</td><td>string_type</td><td>Input should be a valid string</td><td></td></tr>
 *   <tr><td>type integer</td><td>int_type; int_parsing for a string; int_from_float for 1.5</td>
 *       <td>Input should be a valid integer[, unable to parse string as an integer]</td><td></td></tr>
 *   <tr><td>type number</td><td>float_type / float_parsing</td><td>Input should be a valid number</td><td></td></tr>
 *   <tr><td>type boolean</td><td>bool_type / bool_parsing</td><td>Input should be a valid boolean</td><td></td></tr>
 *   <tr><td>type array</td><td>list_type</td><td>Input should be a valid list</td><td></td></tr>
 *   <tr><td>type object</td><td>model_attributes_type</td>
 *       <td>Input should be a valid dictionary or object to extract fields from</td><td></td></tr>
 *   <tr><td>enum</td><td>enum</td><td>Input should be 'a', 'b' or 'c'</td><td>expected</td></tr>
 *   <tr><td>maxLength / minLength</td><td>string_too_long / string_too_short</td>
 *       <td>String should have at most / at least N characters</td><td>max_length / min_length</td></tr>
 *   <tr><td>pattern</td><td>string_pattern_mismatch</td><td>String should match pattern 'P'</td><td>pattern</td></tr>
 *   <tr><td>minimum / maximum</td><td>greater_than_equal / less_than_equal</td>
 *       <td>Input should be greater / less than or equal to N</td><td>ge / le</td></tr>
 *   <tr><td>exclusiveMinimum / exclusiveMaximum</td><td>greater_than / less_than</td><td>...</td><td>gt / lt</td></tr>
 *   <tr><td>minItems / maxItems</td><td>too_short / too_long</td><td>List should have at least / at most N items
 *       after validation, not M</td><td>min_length / max_length, actual_length</td></tr>
 *   <tr><td>format date-time</td><td>datetime_from_date_parsing</td><td>Input should be a valid datetime or date,
 *       ...</td><td>error</td></tr>
 *   <tr><td>format uri</td><td>url_parsing, or url_scheme for a non-http(s) URL</td><td>Input should be a valid
 *       URL, ... / URL scheme should be 'http' or 'https'</td><td>error / expected_schemes</td></tr>
 *   <tr><td>format email</td><td>value_error</td><td>value is not a valid email address: ...</td><td>reason</td></tr>
 *   <tr><td>anything else</td><td>value_error</td><td>Value error, (the validator's message)</td><td>error</td></tr>
 * </table>
 *
 * <p>pydantic reports one error per location, and for {@code Optional[X]} only X's: so the {@code {"type":
 * "null"}} branch of an {@code anyOf} never reports, and where several keywords fail at one place the first of
 * enum, type, then the rest wins (a {@code null} role is "Input should be 'agent', ...", not "a valid string").
 */
final class PydanticErrors {

  private PydanticErrors() {}

  static List<ErrorItem> map(List<Error> errors, List<Object> prefix) {
    Map<List<Object>, Ranked> byLocation = new LinkedHashMap<>();
    for (Error error : errors) {
      if ("type".equals(error.getKeyword()) && "null".equals(error.getSchemaNode().asText())) {
        continue;
      }
      ErrorItem item = item(error, prefix);
      Ranked ranked = new Ranked(rank(error.getKeyword()), item);
      byLocation.merge(item.loc(), ranked, (old, next) -> next.rank < old.rank ? next : old);
    }
    return byLocation.values().stream().map(Ranked::item).toList();
  }

  private record Ranked(int rank, ErrorItem item) {}

  private static int rank(String keyword) {
    return switch (keyword) {
      case "enum" -> 0;
      case "type" -> 1;
      default -> 2;
    };
  }

  private static ErrorItem item(Error error, List<Object> prefix) {
    List<Object> loc = new ArrayList<>(prefix);
    NodePath path = error.getInstanceLocation();
    for (int i = 0; i < path.getNameCount(); i++) {
      loc.add(path.getElement(i));
    }
    JsonNode input = error.getInstanceNode();
    JsonNode schema = error.getSchemaNode();
    String keyword = error.getKeyword();
    return switch (keyword) {
      case "required" -> {
        loc.add(error.getProperty());
        yield ErrorItem.of("missing", loc, "Field required", input);
      }
      case "type" -> typeError(schema.asText(), loc, input);
      case "enum" -> {
        String expected = oneOf(schema);
        yield new ErrorItem("enum", loc, "Input should be " + expected, input, Map.of("expected", expected));
      }
      case "maxLength" -> new ErrorItem("string_too_long", loc, "String should have at most "
          + characters(schema.asInt()), input, Map.of("max_length", schema.asInt()));
      case "minLength" -> new ErrorItem("string_too_short", loc, "String should have at least "
          + characters(schema.asInt()), input, Map.of("min_length", schema.asInt()));
      case "pattern" -> new ErrorItem("string_pattern_mismatch", loc, "String should match pattern '"
          + schema.asText() + "'", input, Map.of("pattern", schema.asText()));
      case "minimum" -> bound("greater_than_equal", "greater than or equal to", "ge", schema, loc, input);
      case "maximum" -> bound("less_than_equal", "less than or equal to", "le", schema, loc, input);
      case "exclusiveMinimum" -> bound("greater_than", "greater than", "gt", schema, loc, input);
      case "exclusiveMaximum" -> bound("less_than", "less than", "lt", schema, loc, input);
      case "minItems" -> new ErrorItem("too_short", loc, "List should have at least " + items(schema.asInt())
          + " after validation, not " + input.size(), input,
          Map.of("field_type", "List", "min_length", schema.asInt(), "actual_length", input.size()));
      case "maxItems" -> new ErrorItem("too_long", loc, "List should have at most " + items(schema.asInt())
          + " after validation, not " + input.size(), input,
          Map.of("field_type", "List", "max_length", schema.asInt(), "actual_length", input.size()));
      case "format" -> formatError(schema.asText(), loc, input);
      default -> ErrorItem.valueError(loc, error.getMessage(), input);
    };
  }

  private static ErrorItem typeError(String expected, List<Object> loc, JsonNode input) {
    return switch (expected) {
      case "string" -> ErrorItem.of("string_type", loc, "Input should be a valid string", input);
      case "integer" -> {
        if (input.isTextual()) {
          yield ErrorItem.of("int_parsing", loc,
              "Input should be a valid integer, unable to parse string as an integer", input);
        }
        if (input.isNumber()) {
          yield ErrorItem.of("int_from_float", loc,
              "Input should be a valid integer, got a number with a fractional part", input);
        }
        yield ErrorItem.of("int_type", loc, "Input should be a valid integer", input);
      }
      case "number" -> input.isTextual()
          ? ErrorItem.of("float_parsing", loc, "Input should be a valid number, unable to parse string as a number",
              input)
          : ErrorItem.of("float_type", loc, "Input should be a valid number", input);
      case "boolean" -> input.isTextual()
          ? ErrorItem.of("bool_parsing", loc, "Input should be a valid boolean, unable to interpret input", input)
          : ErrorItem.of("bool_type", loc, "Input should be a valid boolean", input);
      case "array" -> ErrorItem.of("list_type", loc, "Input should be a valid list", input);
      case "object" -> ErrorItem.of("model_attributes_type", loc,
          "Input should be a valid dictionary or object to extract fields from", input);
      default -> ErrorItem.valueError(loc, "input should be of type " + expected, input);
    };
  }

  private static ErrorItem formatError(String format, List<Object> loc, JsonNode input) {
    String text = input.asText();
    return switch (format) {
      case "date-time" -> {
        String error = "expected an ISO 8601 date-time such as 2024-05-01T09:30:00Z";
        yield new ErrorItem("datetime_from_date_parsing", loc, "Input should be a valid datetime or date, "
            + error, input, Map.of("error", error));
      }
      case "uri" -> {
        if (text.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]*:.*") && !text.matches("(?is)^https?:.*")) {
          yield new ErrorItem("url_scheme", loc, "URL scheme should be 'http' or 'https'", input,
              Map.of("expected_schemes", "'http' or 'https'"));
        }
        String error = text.contains(":") ? "invalid URL" : "relative URL without a base";
        yield new ErrorItem("url_parsing", loc, "Input should be a valid URL, " + error, input,
            Map.of("error", error));
      }
      case "email" -> {
        String reason = text.contains("@") ? "The email address is not valid."
            : "An email address must have an @-sign.";
        yield new ErrorItem("value_error", loc, "value is not a valid email address: " + reason, input,
            Map.of("reason", reason));
      }
      default -> ErrorItem.valueError(loc, "input is not a valid " + format, input);
    };
  }

  private static ErrorItem bound(String type, String words, String key, JsonNode limit, List<Object> loc,
      JsonNode input) {
    Number number = limit.isIntegralNumber() ? limit.numberValue() : new BigDecimal(limit.asText());
    return new ErrorItem(type, loc, "Input should be " + words + " " + limit.asText(), input, Map.of(key, number));
  }

  private static String characters(int n) {
    return n + (n == 1 ? " character" : " characters");
  }

  private static String items(int n) {
    return n + (n == 1 ? " item" : " items");
  }

  /** pydantic's list of choices: {@code 'a'}, {@code 'a' or 'b'}, {@code 'a', 'b' or 'c'}. */
  static String oneOf(JsonNode values) {
    List<String> quoted = new ArrayList<>();
    values.forEach(v -> quoted.add("'" + v.asText() + "'"));
    if (quoted.size() <= 1) {
      return String.join("", quoted);
    }
    return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
  }
}
