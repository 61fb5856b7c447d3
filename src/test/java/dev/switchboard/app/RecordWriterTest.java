package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.Record;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exact text of a JSON list: one array, a record a line, nested values compact, pages joined seamlessly. */
class RecordWriterTest {

  private static String jsonList(List<List<Record>> pages) throws Exception {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    RecordWriter.ListSink sink = RecordWriter.list(RecordWriter.Format.JSON, out, List.of("id"));
    for (List<Record> page : pages) {
      sink.page(page);
    }
    sink.end("3 calls.");
    return text.toString();
  }

  private static Record record(Object... keysAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return Record.wrap(values);
  }

  @Test
  void recordsOfSeveralPagesAreOneArrayWithARecordALine() throws Exception {
    Record first = record("id", 1L, "tags", List.of("a", List.of()), "agent", Map.of("name", "Ann"), "notes", null);
    Record second = record("id", 2L, "notes", "caf\u00e9 \"quoted\"\nline", "score", 4.5, "ok", true);
    Record third = record("id", 3L, "tags", List.of());
    String nl = System.lineSeparator();
    assertThat(jsonList(List.of(List.of(first, second), List.of(), List.of(third)))).isEqualTo("[\n"
        + "{\"id\":1,\"tags\":[\"a\",[]],\"agent\":{\"name\":\"Ann\"},\"notes\":null},\n"
        + "{\"id\":2,\"notes\":\"caf\u00e9 \\\"quoted\\\"\\nline\",\"score\":4.5,\"ok\":true},\n"
        + "{\"id\":3,\"tags\":[]}\n"
        + "]" + nl);
  }

  @Test
  void anEmptyListIsAnEmptyArray() throws Exception {
    assertThat(jsonList(List.of(List.of()))).isEqualTo("[]" + System.lineSeparator());
    assertThat(jsonList(List.of())).isEqualTo("[]" + System.lineSeparator());
  }
}
