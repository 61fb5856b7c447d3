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
 *
 * <p>The loader's reader also leaves out the {@code example} and {@code examples} of media type objects (see
 * {@link #withoutMediaTypeExamples}); the one made by the constructor reads the whole document.
 */
final class JsonTreeReader {

  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonNodeFactory nodes;
  private final boolean skipMediaTypeExamples;

  JsonTreeReader(JsonNodeFactory nodes) {
    this(nodes, false);
  }

  private JsonTreeReader(JsonNodeFactory nodes, boolean skipMediaTypeExamples) {
    this.nodes = nodes;
    // The checks compare names by identity, which holds only for interned names.
    this.skipMediaTypeExamples = skipMediaTypeExamples
        && FACTORY.isEnabled(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
        && FACTORY.isEnabled(JsonFactory.Feature.INTERN_FIELD_NAMES);
  }

  /**
   * A reader that leaves out the {@code example} and {@code examples} of every media type object (the values
   * of a {@code content} map, keyed by a media type such as {@code application/json}): sample requests and
   * responses, which the engine never reads. They are an eighth of PagerDuty's 2.7 MB document, and building
   * their nodes cost ~7% of its parse (same-JVM A/B), and a few percent of the inference, which then walks a
   * tree spread over more memory. The parser still reads through them, so a syntax error in an example is
   * still an error. Nothing inside a literal value ({@code default}, {@code enum}, {@code const}, {@code
   * example(s)}, an Example's {@code value}) is left out, whatever its keys.
   */
  static JsonTreeReader withoutMediaTypeExamples(JsonNodeFactory nodes) {
    return new JsonTreeReader(nodes, true);
  }

  /** The tree of the one JSON value in {@code bytes}; a parse error for malformed JSON or text after it. */
  JsonNode read(byte[] bytes) throws IOException {
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return nodes.missingNode();
      }
      JsonNode root = value(parser, first, null, null, false);
      JsonToken after = parser.nextToken();
      if (after != null) {
        throw new JsonParseException(parser, "Trailing token (of type " + after + ") found after the document");
      }
      return root;
    }
  }

  /**
   * The value that starts with {@code token}, under {@code key} in an object whose own key was {@code
   * parentKey} (null in an array, and at the root). {@code literal}: it lies inside a literal value, where
   * nothing is left out.
   */
  private JsonNode value(JsonParser parser, JsonToken token, String key, String parentKey, boolean literal)
      throws IOException {
    switch (token) {
      case START_OBJECT: {
        ObjectNode object = nodes.objectNode();
        boolean mediaType = skipMediaTypeExamples && !literal && isMediaType(key, parentKey);
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
          JsonToken next = parser.nextToken();
          if (mediaType && (name.equals("example") || name.equals("examples"))) {
            parser.skipChildren(); // a scalar example is one token, already read
            continue;
          }
          // Only an object or array can hold a media type: a scalar skips the key checks.
          object.replace(name, next.isStructStart()
              ? value(parser, next, name, key, literal || isLiteral(name))
              : value(parser, next, null, null, true));
        }
        return object;
      }
      case START_ARRAY: {
        ArrayNode array = nodes.arrayNode();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
          array.add(next.isStructStart() ? value(parser, next, null, key, literal)
              : value(parser, next, null, null, true));
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

  /**
   * Whether an object under {@code key}, in an object under {@code parentKey}, is a media type object: keyed
   * by a media type (it has a slash, which no keyword has) in a {@code content} map. By identity: the parser
   * interns names (the reader is only made to leave things out when it does), as Java does literals, and this
   * runs for every object.
   */
  private static boolean isMediaType(String key, String parentKey) {
    return parentKey == "content" && key != null && key.indexOf('/') >= 0;
  }

  /**
   * Keys whose values are data, not OpenAPI objects, whatever keys they hold: a default, enum or const value,
   * an example. By identity, as above; runs for every object or array. (An {@code x-} extension's value is data
   * too, but the engine reads only the {@code resource} and {@code field} of its reference extensions there.)
   */
  private static boolean isLiteral(String key) {
    return key == "default" || key == "enum" || key == "const" || key == "example" || key == "examples"
        || key == "value";
  }
}
