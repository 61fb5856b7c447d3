package dev.switchboard.backends;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.app.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code switchboard records} against the real FastAPI app, from its bare address: discovery finds
 * {@code /api/v1/openapi.json} (FastAPI's own /docs page names it too), then list, get and a refused write.
 * Fails under {@code CI=true} when FastAPI is missing, as every FastAPI test does.
 */
class FastApiRecordsCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exitCode, out.toString(), err.toString());
  }

  @Test
  void listsGetsAndIsRefusedByTheRealApp() throws Exception {
    try (FastApiBackend backend = FastApiBackend.start()) {
      String url = backend.baseUrl().toString();
      String[] admin = {"--user", "admin", "--password", "switchboard-admin"};

      Run all = run(concat(new String[] {"records", "list", url, "calls", "--filter", "status:in=missed,voicemail",
          "--sort", "-started_at", "--all", "--size", "40", "--format", "json"}, admin));
      assertThat(all.exitCode()).as(all.err() + backend.output()).isZero();
      JsonNode calls = JSON.readTree(all.out());
      Set<String> ids = new HashSet<>();
      calls.forEach(call -> {
        assertThat(call.path("status").asText()).isIn("missed", "voicemail");
        assertThat(ids.add(call.path("id").asText())).isTrue();
      });
      assertThat(ids).hasSizeGreaterThan(40);

      String id = calls.get(0).path("id").asText();
      Run one = run(concat(new String[] {"records", "get", url, "calls", id, "--format", "table"}, admin));
      assertThat(one.exitCode()).as(one.err()).isZero();
      assertThat(one.out()).contains("id  ", id);

      Run refused = run("records", "update", url, "calls", id, "--data", "{\"notes\": \"viewer\"}",
          "--user", "viewer", "--password", "switchboard-viewer");
      assertThat(refused.exitCode()).isEqualTo(1);
      assertThat(refused.err()).startsWith("switchboard records: ").contains("Not enough permissions");
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
