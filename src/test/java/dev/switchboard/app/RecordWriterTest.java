package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.http.JsonPage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact text of a JSON list: one array, a record a line, nested values compact, pages joined seamlessly. */
class RecordWriterTest {

  private static String jsonList(List<String> pages) throws Exception {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    RecordWriter.ListSink<JsonPage> sink = RecordWriter.jsonList(out);
    for (String page : pages) {
      sink.page(JsonPage.ofArray(page));
    }
    sink.end("3 calls.");
    return text.toString();
  }

  @Test
  void recordsOfSeveralPagesAreOneArrayWithARecordALine() throws Exception {
    String first = "{\"id\": 1, \"tags\": [\"a\", []], \"agent\": {\"name\": \"Ann\"}, \"notes\": null}";
    String second = "{\"id\":2,\"notes\":\"caf\\u00e9 \\\"quoted\\\"\\nline\",\"score\":4.50,\"ok\":true}";
    String third = "{\n  \"id\": 3,\n  \"tags\": [ ]\n}";
    String nl = System.lineSeparator();
    assertThat(jsonList(List.of("[" + first + ", " + second + "]", "[]", "[" + third + "]"))).isEqualTo("[\n"
        + "{\"id\":1,\"tags\":[\"a\",[]],\"agent\":{\"name\":\"Ann\"},\"notes\":null},\n"
        + "{\"id\":2,\"notes\":\"caf\u00e9 \\\"quoted\\\"\\nline\",\"score\":4.5,\"ok\":true},\n"
        + "{\"id\":3,\"tags\":[]}\n"
        + "]" + nl);
  }

  @Test
  void anEmptyListIsAnEmptyArray() throws Exception {
    assertThat(jsonList(List.of("[]"))).isEqualTo("[]" + System.lineSeparator());
    assertThat(jsonList(List.of())).isEqualTo("[]" + System.lineSeparator());
  }
}
