package dev.switchboard.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.switchboard.data.ListQuery;
import dev.switchboard.model.Pagination;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The quick way to a {@link JsonPage}, for the bodies most servers send: records that are already written as
 * {@link RecordCopier} would write them ({@link RecordScanner}) are taken byte for byte, without a parser;
 * any other record is copied by a parser of its own. The envelope is read by Jackson with the records array
 * cut out, then judged by {@link PageReader}'s rules.
 *
 * <p>Answers {@code null} whenever the body is not plainly shaped: no records array where the model says, an
 * entry that is not an object, a key the envelope repeats, anything Jackson refuses. {@link JsonPageReader} then
 * reads the whole body and says what is wrong with it, exactly as it would have without this.
 *
 * <p>Why: on a cold JVM the parser and the generator run interpreted or half-compiled for most of a long list;
 * a check of plain bytes is one small loop, compiled early.
 */
final class VerbatimPageReader {

  private final JsonFactory factory;
  private final byte[] body;
  private final String[] itemsPath;
  private final CharText text;
  private final RecordScanner scanner;
  /** For the records that are not plain, made for the first one. */
  private RecordCopier copier;
  private JsonFactory recordFactory;
  private int[] ends = new int[128];
  private int count;

  private VerbatimPageReader(JsonFactory factory, byte[] body, String[] itemsPath) {
    this.factory = factory;
    this.body = body;
    this.itemsPath = itemsPath;
    this.text = new CharText(body.length);
    this.scanner = new RecordScanner(body);
  }

  /** The page {@code body} holds, or {@code null} when {@link JsonPageReader} is to read it. */
  static JsonPage read(JsonFactory factory, byte[] body, String[] itemsPath, Pagination pagination,
      ListQuery query, String resource, String idField) throws IOException {
    VerbatimPageReader reader = new VerbatimPageReader(factory, body, itemsPath);
    try {
      return reader.page(pagination, query, resource, idField);
    } finally {
      if (reader.copier != null) {
        reader.copier.close();
      }
    }
  }

  private JsonPage page(Pagination pagination, ListQuery query, String resource, String idField)
      throws IOException {
    int open = JsonShape.recordsArray(body, itemsPath);
    if (open < 0) {
      return null;
    }
    int close = copyRecords(open);
    if (close < 0) {
      return null;
    }
    Map<?, ?> envelope = null;
    boolean bareArray = open == JsonShape.skipSpace(body, 0);
    if (bareArray && JsonShape.skipSpace(body, close + 1) != body.length) {
      return null;
    }
    if (!bareArray) {
      envelope = envelope(open, close);
      if (envelope == null) {
        return null;
      }
    }
    PageReader.End end = PageReader.end(envelope, pagination, query, count,
        () -> JsonPageReader.lastId(factory, text, ends, count, idField));
    return new JsonPage(text.chars, ends, count, end);
  }

  /** Copies the records of the array opening at {@code open}; answers the index of its {@code ]}, or -1. */
  private int copyRecords(int open) throws IOException {
    int pos = JsonShape.skipSpace(body, open + 1);
    if (pos < body.length && body[pos] == ']') {
      return pos;
    }
    while (pos < body.length && body[pos] == '{') {
      int end = scanner.scan(pos);
      if (end != RecordScanner.NOT_PLAIN) {
        text.appendUtf8(body, pos, end, scanner.ascii());
      } else {
        end = copy(pos);
        if (end < 0) {
          return -1;
        }
      }
      if (count == ends.length) {
        ends = Arrays.copyOf(ends, count * 2);
      }
      ends[count++] = text.length;
      pos = JsonShape.skipSpace(body, end);
      if (pos < body.length && body[pos] == ']') {
        return pos;
      }
      if (pos >= body.length || body[pos] != ',') {
        return -1;
      }
      pos = JsonShape.skipSpace(body, pos + 1);
    }
    return -1;
  }

  /** Copies the record at {@code start} with a parser; answers the index past it, or -1 if Jackson refuses it. */
  private int copy(int start) throws IOException {
    if (copier == null) {
      // A record read alone is that much less deep than in the body: it may nest no deeper than there.
      StreamReadConstraints limits = factory.streamReadConstraints();
      recordFactory = factory.rebuild().streamReadConstraints(limits.rebuild()
          .maxNestingDepth(Math.max(1, limits.getMaxNestingDepth() - itemsPath.length - 2)).build()).build();
      copier = new RecordCopier(recordFactory, text);
    }
    try (JsonParser parser = recordFactory.createParser(body, start, body.length - start)) {
      parser.nextToken();
      copier.copy(parser);
      copier.flush();
      return start + (int) parser.currentLocation().getByteOffset();
    } catch (IOException e) {
      return -1;
    }
  }

  /**
   * The body's object with an empty array for the records, as {@link JsonValues} reads it; {@code null} when
   * Jackson refuses it or it repeats a key (a map would keep the last of a repeated records field).
   */
  private Map<?, ?> envelope(int open, int close) {
    byte[] rest = new byte[open + 2 + body.length - close - 1];
    System.arraycopy(body, 0, rest, 0, open);
    rest[open] = '[';
    rest[open + 1] = ']';
    System.arraycopy(body, close + 1, rest, open + 2, body.length - close - 1);
    try (JsonParser parser = factory.createParser(rest)) {
      parser.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
      JsonToken first = parser.nextToken();
      Object value = first == null ? null : JsonValues.readValue(parser, first);
      if (parser.nextToken() != null || !(value instanceof Map<?, ?> map)
          || !(PageReader.at(map, String.join(".", itemsPath)) instanceof List<?> records) || !records.isEmpty()) {
        return null;
      }
      return map;
    } catch (IOException e) {
      return null;
    }
  }
}
