package dev.switchboard.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads JSON straight into plain Java values (the shapes {@link dev.switchboard.data.Record} holds) and writes
 * them back. Streaming with Jackson's parser, without a tree in between: a page of records costs about what a
 * tree parse of the same bytes costs, not twice that.
 */
public final class JsonValues {

  private final JsonFactory factory;

  public JsonValues() {
    // A record page is small; the limits here only keep a hostile body from exhausting memory.
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
        .build();
  }

  /** The factory of every parser and generator here, so the JSON page reader reads and writes alike. */
  JsonFactory factory() {
    return factory;
  }

  /** The value the whole input holds; throws on malformed JSON or text after the value. */
  Object read(InputStream in) throws IOException {
    try (JsonParser parser = factory.createParser(in)) {
      return readDocument(parser);
    }
  }

  /** The value {@code text} holds (a form's JSON editor); throws on malformed JSON or text after the value. */
  public Object read(String text) throws IOException {
    try (JsonParser parser = factory.createParser(text)) {
      return readDocument(parser);
    }
  }

  /** {@code value} as indented JSON, for a person to read and edit. */
  public String writePretty(Object value) throws IOException {
    java.io.StringWriter out = new java.io.StringWriter();
    try (JsonGenerator generator = factory.createGenerator(out)) {
      generator.useDefaultPrettyPrinter();
      writeValue(generator, value);
    }
    return out.toString();
  }

  Object read(byte[] bytes) throws IOException {
    try (JsonParser parser = factory.createParser(bytes)) {
      return readDocument(parser);
    }
  }

  private static Object readDocument(JsonParser parser) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw new com.fasterxml.jackson.core.JsonParseException(parser, "the body is empty");
    }
    Object value = readValue(parser, first);
    if (parser.nextToken() != null) {
      throw new com.fasterxml.jackson.core.JsonParseException(parser, "text follows the JSON value");
    }
    return value;
  }

  /** The value that starts at {@code token}, the parser's current token; leaves the parser on its last token. */
  static Object readValue(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT: {
        Map<String, Object> object = new LinkedHashMap<>();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
          object.put(name, readValue(parser, parser.nextToken()));
        }
        return object;
      }
      case START_ARRAY: {
        List<Object> array = new ArrayList<>();
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
          array.add(readValue(parser, next));
        }
        return array;
      }
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
        return switch (parser.getNumberType()) {
          case INT, LONG -> parser.getLongValue();
          default -> parser.getBigIntegerValue();
        };
      case VALUE_NUMBER_FLOAT:
        return parser.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected " + token);
    }
  }

  /** JSON for a value of the shapes above; {@code java.time} values and UUIDs are written as ISO text. */
  byte[] write(Object value) {
    var out = new ByteArrayOutputStream();
    try (JsonGenerator generator = factory.createGenerator(out)) {
      writeValue(generator, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Writes one value of the shapes {@link dev.switchboard.data.Record} holds with the generator's own calls,
   * no databind: the {@code records} command writes every record of a list this way.
   */
  public static void writeValue(JsonGenerator out, Object value) throws IOException {
    if (value == null) {
      out.writeNull();
    } else if (value instanceof Map<?, ?> map) {
      out.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.writeFieldName(String.valueOf(entry.getKey()));
        writeValue(out, entry.getValue());
      }
      out.writeEndObject();
    } else if (value instanceof Iterable<?> list) {
      out.writeStartArray();
      for (Object item : list) {
        writeValue(out, item);
      }
      out.writeEndArray();
    } else if (value instanceof dev.switchboard.data.Record record) {
      writeValue(out, record.values());
    } else if (value instanceof String s) {
      out.writeString(s);
    } else if (value instanceof Boolean b) {
      out.writeBoolean(b);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      out.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigInteger big) {
      out.writeNumber(big);
    } else if (value instanceof BigDecimal decimal) {
      out.writeNumber(decimal);
    } else if (value instanceof Double || value instanceof Float) {
      out.writeNumber(((Number) value).doubleValue());
    } else if (value instanceof TemporalAccessor || value instanceof UUID || value instanceof Enum<?>) {
      out.writeString(QueryValues.text(value));
    } else {
      throw new IllegalArgumentException("cannot send a " + value.getClass().getName() + " as JSON: " + value);
    }
  }
}
