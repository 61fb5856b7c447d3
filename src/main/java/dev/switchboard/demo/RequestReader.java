package dev.switchboard.demo;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a request's parameters and body the way FastAPI does, against the document's operation: query strings
 * converted to the parameter's type (pydantic's lax mode: {@code "12"} is an integer, {@code "yes"} a boolean),
 * defaults filled in, and everything validated against the document's schemas. All problems of one request are
 * reported together, as one 422.
 */
final class RequestReader {

  /** What pydantic reads as a boolean in a query string. */
  private static final Set<String> TRUE = Set.of("true", "1", "yes", "on", "t", "y");
  private static final Set<String> FALSE = Set.of("false", "0", "no", "off", "f", "n");

  /** A request's path and query parameters, converted, and its body (a missing node when there is none). */
  record Parsed(ObjectNode path, ObjectNode query, JsonNode body) {}

  private final SchemaValidator validator;

  RequestReader(SchemaValidator validator) {
    this.validator = validator;
  }

  /**
   * Converts and validates; throws a 422 {@link ApiException} listing every problem. {@code body} is ignored
   * when the operation takes none.
   */
  Parsed read(Operation operation, Map<String, String> pathValues, Map<String, String> queryValues,
      byte[] body, String contentType) {
    List<ErrorItem> errors = new ArrayList<>();
    ObjectNode path = Json.object();
    ObjectNode query = Json.object();
    for (Operation.Parameter param : operation.parameters()) {
      ObjectNode target = param.in().equals("path") ? path : query;
      String raw = (param.in().equals("path") ? pathValues : queryValues).get(param.name());
      readParameter(param, raw, target, errors);
    }
    JsonNode parsedBody = MissingNode.getInstance();
    if (operation.body().isPresent()) {
      parsedBody = readBody(operation.body().get(), body, contentType, errors);
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    return new Parsed(path, query, parsedBody);
  }

  private void readParameter(Operation.Parameter param, String raw, ObjectNode target, List<ErrorItem> errors) {
    List<Object> loc = ErrorItem.loc(param.in(), param.name());
    if (raw == null) {
      if (param.required()) {
        errors.add(ErrorItem.of("missing", loc, "Field required", Json.NODES.nullNode()));
      } else {
        target.set(param.name(), param.defaultValue().orElse(Json.NODES.nullNode()));
      }
      return;
    }
    JsonNode value = convert(param.type(), raw);
    if (value == null) {
      ErrorItem problem = switch (param.type()) {
        case "integer" -> ErrorItem.of("int_parsing", loc,
            "Input should be a valid integer, unable to parse string as an integer", Json.NODES.textNode(raw));
        case "boolean" -> ErrorItem.of("bool_parsing", loc,
            "Input should be a valid boolean, unable to interpret input", Json.NODES.textNode(raw));
        default -> ErrorItem.of("float_parsing", loc,
            "Input should be a valid number, unable to parse string as a number", Json.NODES.textNode(raw));
      };
      errors.add(problem);
      return;
    }
    List<ErrorItem> invalid = validator.validate(param.schemaPointer(), value, loc);
    if (invalid.isEmpty()) {
      target.set(param.name(), value);
    } else {
      // pydantic echoes what was sent: in a query string, always a string.
      invalid.forEach(e -> errors.add(new ErrorItem(e.type(), e.loc(), e.msg(), Json.NODES.textNode(raw), e.ctx())));
    }
  }

  /** The query string as the parameter's JSON type, or null when it cannot be one. */
  private static JsonNode convert(String type, String raw) {
    String text = raw.trim();
    switch (type) {
      case "integer":
        if (!text.matches("[+-]?[0-9]{1,18}")) {
          return null;
        }
        return Json.NODES.numberNode(Long.parseLong(text));
      case "boolean":
        String lower = text.toLowerCase(Locale.ROOT);
        return TRUE.contains(lower) ? Json.NODES.booleanNode(true)
            : FALSE.contains(lower) ? Json.NODES.booleanNode(false) : null;
      case "number":
        try {
          return Json.NODES.numberNode(Double.parseDouble(text));
        } catch (NumberFormatException e) {
          return null;
        }
      default:
        return Json.NODES.textNode(raw);
    }
  }

  private JsonNode readBody(Operation.Body spec, byte[] bytes, String contentType, List<ErrorItem> errors) {
    JsonNode body;
    if (spec.isForm()) {
      boolean isForm = contentType != null
          && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
      body = form(isForm ? new String(bytes, StandardCharsets.UTF_8) : "");
    } else {
      if (isBlank(bytes)) {
        errors.add(ErrorItem.of("missing", ErrorItem.loc("body"), "Field required", Json.NODES.nullNode()));
        return MissingNode.getInstance();
      }
      try {
        body = Json.MAPPER.readTree(bytes);
      } catch (JsonProcessingException e) {
        errors.add(jsonInvalid(e));
        return MissingNode.getInstance();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      ErrorItem outOfRange = outOfRange(body, List.of("body"));
      if (outOfRange != null) {
        errors.add(outOfRange);
        return MissingNode.getInstance();
      }
    }
    List<ErrorItem> invalid = validator.validate(spec.schemaPointer(), body, ErrorItem.loc("body"));
    if (!invalid.isEmpty()) {
      errors.addAll(invalid);
      return MissingNode.getInstance();
    }
    if (body instanceof ObjectNode object) {
      applyDefaults(object, spec.resolvedSchema());
    }
    return body;
  }

  /** pydantic fills in defaults for fields that were left out (never for fields sent as null). */
  private static void applyDefaults(ObjectNode body, JsonNode schema) {
    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
      JsonNode defaultValue = property.getValue().get("default");
      if (defaultValue != null && !body.has(property.getKey())) {
        body.set(property.getKey(), defaultValue.deepCopy());
      }
    }
  }

  /** Python's JSON error, positioned as FastAPI does: {@code loc ["body", <character offset>]}. */
  private static ErrorItem jsonInvalid(JsonProcessingException e) {
    JsonLocation where = e.getLocation();
    long offset = where == null ? 0 : Math.max(0, where.getCharOffset() >= 0 ? where.getCharOffset()
        : where.getByteOffset());
    String error = e.getOriginalMessage();
    return new ErrorItem("json_invalid", ErrorItem.loc("body", (int) Math.min(offset, Integer.MAX_VALUE)),
        "JSON decode error", Json.object(), Map.of("error", error == null ? "Invalid JSON" : error));
  }

  /** The first integer too large for the database (pydantic would take it; SQL cannot), or null. */
  private static ErrorItem outOfRange(JsonNode node, List<Object> loc) {
    if (node.isIntegralNumber() && !node.canConvertToLong()) {
      return ErrorItem.valueError(List.copyOf(loc), "integer is out of range", node);
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        ErrorItem found = outOfRange(field.getValue(), append(loc, field.getKey()));
        if (found != null) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        ErrorItem found = outOfRange(node.get(i), append(loc, i));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static List<Object> append(List<Object> loc, Object part) {
    List<Object> longer = new ArrayList<>(loc);
    longer.add(part);
    return longer;
  }

  /** An {@code application/x-www-form-urlencoded} body as an object of strings; the last of a repeated name wins. */
  static ObjectNode form(String text) {
    ObjectNode form = Json.object();
    decodePairs(text).forEach(form::put);
    return form;
  }

  /** Decodes {@code a=1&b=2} (a query string or a form body); the last of a repeated name wins. */
  static Map<String, String> decodePairs(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return values;
    }
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      try {
        values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException malformedPercent) {
        values.put(name, value);
      }
    }
    return values;
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }
}
