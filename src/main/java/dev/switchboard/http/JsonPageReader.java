package dev.switchboard.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Record;
import dev.switchboard.model.Pagination;
import dev.switchboard.model.PagingStyle;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a list body into a {@link JsonPage}: one pass of Jackson's parser, each record's tokens written straight
 * to the text by a {@link RecordCopier}, no map, no {@link Record}. The envelope around the records (total,
 * cursor, paging flags) is read into plain values and judged by {@link PageReader}'s rules, so a page says what
 * {@link PageReader} would say of the same body, and fails where it would fail, with the same message.
 *
 * <p>Why: {@code records list --all --format json} of 20,000 records spent most of its time past start-up
 * building maps only to write them out again, much of it the JIT compiling the map reader and the map writer.
 * Most bodies take a quicker way still, {@link VerbatimPageReader}; this reads the rest.
 */
final class JsonPageReader {

  /** Stands in the envelope for the records array, which is copied rather than read. */
  private static final List<Object> RECORDS = List.of();

  private final JsonFactory factory;
  private final JsonParser parser;
  /** The records field's path, split at dots; empty when the records are the whole body or nowhere. */
  private final String[] itemsPath;
  private final CharText text;
  private RecordCopier out;
  /** The body's object around the records, when it is one. */
  private Map<?, ?> envelope;
  private int[] ends = new int[128];
  private int count;
  private boolean notRecords;

  private JsonPageReader(JsonFactory factory, JsonParser parser, String[] itemsPath, int expectedChars) {
    this.factory = factory;
    this.parser = parser;
    this.itemsPath = itemsPath;
    this.text = new CharText(expectedChars);
  }

  /**
   * The page a successful list answer's body holds; {@code body} is empty when the server sent none. Throws the
   * {@link dev.switchboard.data.ApiProblem} {@link PageReader} would, or an {@link IOException} for malformed JSON.
   */
  static JsonPage read(JsonFactory factory, byte[] body, Pagination pagination, ListQuery query, String resource,
      String idField) throws IOException {
    if (body.length == 0) {
      // No body reads as null, as Exchanges hands it to PageReader: the same "answered with null".
      PageReader.items(null, pagination, resource);
    }
    String[] path = itemsPath(pagination);
    JsonPage verbatim = VerbatimPageReader.read(factory, body, path, pagination, query, resource, idField);
    if (verbatim != null) {
      return verbatim;
    }
    try (JsonParser parser = factory.createParser(body)) {
      return new JsonPageReader(factory, parser, path, body.length)
          .page(pagination, query, resource, idField);
    }
  }

  static JsonPage ofArray(JsonFactory factory, String array) throws IOException {
    Pagination none = new Pagination(PagingStyle.NONE, Map.of(), Optional.empty(), Optional.empty(),
        Optional.empty());
    try (JsonParser parser = factory.createParser(array)) {
      return new JsonPageReader(factory, parser, new String[0], array.length())
          .page(none, ListQuery.firstPage(Integer.MAX_VALUE), "records", "id");
    }
  }

  /** The records field's path, split at dots; empty when the records are the whole body. */
  static String[] itemsPath(Pagination pagination) {
    return pagination.itemsField().map(p -> p.split("\\.")).orElse(new String[0]);
  }

  private JsonPage page(Pagination pagination, ListQuery query, String resource, String idField)
      throws IOException {
    try (RecordCopier copier = new RecordCopier(factory, text)) {
      out = copier;
      Object body = readDocument();
      PageReader.items(body, pagination, resource);
      if (notRecords) {
        throw PageReader.notRecords(resource);
      }
    }
    PageReader.End end = PageReader.end(envelope, pagination, query, count,
        () -> lastId(factory, text, ends, count, idField));
    return new JsonPage(text.chars, ends, count, end);
  }

  /** The body as {@link JsonValues} reads it, but with {@link #RECORDS} where the records array stood. */
  private Object readDocument() throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw new JsonParseException(parser, "the body is empty");
    }
    Object value;
    if (first == JsonToken.START_ARRAY) {
      copyRecords();
      value = RECORDS;
    } else if (first == JsonToken.START_OBJECT && itemsPath.length > 0) {
      envelope = readObject(0);
      value = envelope;
    } else {
      value = JsonValues.readValue(parser, first);
      envelope = value instanceof Map<?, ?> map ? map : null;
    }
    if (parser.nextToken() != null) {
      throw new JsonParseException(parser, "text follows the JSON value");
    }
    return value;
  }

  /** An object on the way to the records field: {@code itemsPath[depth]} is the name to look for in it. */
  private Map<String, Object> readObject(int depth) throws IOException {
    Map<String, Object> object = new LinkedHashMap<>();
    boolean last = depth == itemsPath.length - 1;
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      JsonToken token = parser.nextToken();
      if (name.equals(itemsPath[depth]) && token == (last ? JsonToken.START_ARRAY : JsonToken.START_OBJECT)) {
        // A repeated records field counts once, as in a map: its last value, records and all.
        object.put(name, last ? copied() : readObject(depth + 1));
      } else {
        object.put(name, JsonValues.readValue(parser, token));
      }
    }
    return object;
  }

  private List<Object> copied() throws IOException {
    copyRecords();
    return RECORDS;
  }

  /** Copies the array the parser is at, a record at a time; anything but an object marks the page. */
  private void copyRecords() throws IOException {
    out.flush();
    text.length = 0;
    count = 0;
    notRecords = false;
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      if (token != JsonToken.START_OBJECT) {
        notRecords = true;
        JsonValues.readValue(parser, token);
        continue;
      }
      out.copy(parser);
      if (count == ends.length) {
        ends = Arrays.copyOf(ends, count * 2);
      }
      ends[count++] = out.written();
    }
  }

  /** The last record's id, read back from its text: only Stripe-style cursors need it. */
  static Optional<String> lastId(JsonFactory factory, CharText text, int[] ends, int count, String idField) {
    int start = count == 1 ? 0 : ends[count - 2];
    try (JsonParser again = factory.createParser(text.chars, start, ends[count - 1] - start)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> values = (Map<String, Object>) JsonValues.readValue(again, again.nextToken());
      return Record.wrap(values).id(idField);
    } catch (IOException e) {
      throw new IllegalStateException("a record written here did not read back", e);
    }
  }
}
