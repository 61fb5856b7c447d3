package dev.switchboard.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.Closeable;
import java.io.IOException;
import java.util.Arrays;

/**
 * Copies records token by token from a parser to {@link CharText}, each written as {@link JsonValues#writeValue}
 * writes the values {@link JsonValues} reads: numbers through the same {@code long}, {@code BigInteger} or
 * {@code double}, strings through the same escaping. Only a repeated key would differ (a map keeps it once,
 * where it first stood, with its last value); the rare record with one is read back into a map and written
 * again from it.
 */
final class RecordCopier implements Closeable {

  private final JsonFactory factory;
  private final CharText text;
  private final JsonGenerator out;
  private KeyNames[] keysByDepth = new KeyNames[8];
  private boolean repeatedKey;

  RecordCopier(JsonFactory factory, CharText text) throws IOException {
    this.factory = factory;
    this.text = text;
    this.out = factory.createGenerator(text);
    // Records are top-level values to the generator: nothing of its own between them.
    out.setRootValueSeparator(null);
  }

  /** The length of the text so far, with what the generator still holds. */
  int written() {
    return text.length + out.getOutputBuffered();
  }

  /** Copies the object {@code parser} is at (its START_OBJECT) to the end of the text. */
  void copy(JsonParser parser) throws IOException {
    int start = written();
    repeatedKey = false;
    copyObject(parser, 0);
    if (repeatedKey) {
      rewrite(start);
    }
  }

  /** Puts everything written into the text, so that it can be written to or cut directly. */
  void flush() throws IOException {
    out.flush();
  }

  private void copyObject(JsonParser parser, int depth) throws IOException {
    if (depth == keysByDepth.length) {
      keysByDepth = Arrays.copyOf(keysByDepth, depth * 2);
    }
    KeyNames keys = keysByDepth[depth];
    if (keys == null) {
      keys = keysByDepth[depth] = new KeyNames();
    }
    keys.clear();
    out.writeStartObject();
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      if (!keys.add(name)) {
        repeatedKey = true;
      }
      out.writeFieldName(name);
      copyValue(parser, parser.nextToken(), depth);
    }
    out.writeEndObject();
  }

  private void copyValue(JsonParser parser, JsonToken token, int depth) throws IOException {
    switch (token) {
      case START_OBJECT -> copyObject(parser, depth + 1);
      case START_ARRAY -> {
        out.writeStartArray();
        for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
          copyValue(parser, item, depth);
        }
        out.writeEndArray();
      }
      case VALUE_STRING -> out.writeString(parser.getTextCharacters(), parser.getTextOffset(),
          parser.getTextLength());
      case VALUE_NUMBER_INT -> {
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          out.writeNumber(parser.getBigIntegerValue());
        } else {
          out.writeNumber(parser.getLongValue());
        }
      }
      case VALUE_NUMBER_FLOAT -> out.writeNumber(parser.getDoubleValue());
      case VALUE_TRUE -> out.writeBoolean(true);
      case VALUE_FALSE -> out.writeBoolean(false);
      case VALUE_NULL -> out.writeNull();
      default -> throw new JsonParseException(parser, "unexpected " + token);
    }
  }

  /**
   * The record written from {@code start} has a repeated key: written again from the map its text reads into.
   * Reading the copy gives the values reading the body would (each was written from them), so this is exact.
   */
  private void rewrite(int start) throws IOException {
    out.flush();
    Object values;
    try (JsonParser again = factory.createParser(text.chars, start, text.length - start)) {
      values = JsonValues.readValue(again, again.nextToken());
    }
    text.length = start;
    JsonValues.writeValue(out, values);
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
