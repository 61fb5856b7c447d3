package dev.switchboard.openapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads a JSON document into the tree {@code ObjectMapper.readTree} makes (the same nodes, numbers typed the
 * same way, a repeated key's last value kept), straight from Jackson's streaming parser. Why not the mapper:
 * making an ObjectMapper costs a cold JVM over a tenth of a second of CPU (its configuration, type factory and
 * introspection classes), and a tree needs none of that. Text after the document is an error, as it is for the
 * mapper with {@code FAIL_ON_TRAILING_TOKENS}.
 */
final class JsonTreeReader {

  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonNodeFactory nodes;

  JsonTreeReader(JsonNodeFactory nodes) {
    this.nodes = nodes;
  }

  /** The tree of the one JSON value in {@code bytes}; a parse error for malformed JSON or text after it. */
  JsonNode read(byte[] bytes) throws IOException {
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return nodes.missingNode();
      }
      JsonNode root = value(parser, first);
      JsonToken after = parser.nextToken();
      if (after != null) {
        throw new JsonParseException(parser, "Trailing token (of type " + after + ") found after the document");
      }
      return root;
    }
  }

  private JsonNode value(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT: {
        ObjectNode object = nodes.objectNode();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
          object.replace(name, value(parser, parser.nextToken()));
        }
        return object;
      }
      case START_ARRAY: {
        ArrayNode array = nodes.arrayNode();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
          array.add(value(parser, next));
        }
        return array;
      }
      case VALUE_STRING:
        return nodes.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        return switch (parser.getNumberType()) {
          case INT -> nodes.numberNode(parser.getIntValue());
          case LONG -> nodes.numberNode(parser.getLongValue());
          default -> nodes.numberNode(parser.getBigIntegerValue());
        };
      case VALUE_NUMBER_FLOAT:
        return switch (parser.getNumberTypeFP()) {
          case BIG_DECIMAL -> nodes.numberNode(parser.getDecimalValue());
          case FLOAT32 -> nodes.numberNode(parser.getFloatValue());
          default -> nodes.numberNode(parser.getDoubleValue());
        };
      case VALUE_TRUE:
        return nodes.booleanNode(true);
      case VALUE_FALSE:
        return nodes.booleanNode(false);
      case VALUE_NULL:
        return nodes.nullNode();
      default:
        throw new JsonParseException(parser, "Unexpected token " + token);
    }
  }
}
