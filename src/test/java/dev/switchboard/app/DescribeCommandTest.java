package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.testing.FastApiServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code describe} through {@link Main#run}, as a person or a script runs it. */
class DescribeCommandTest {

  private static final Path FIXTURES = fixtures();

  private static final List<String> TOP_LEVEL_KEYS =
      List.of("title", "version", "openapi", "baseUrl", "security", "resources", "diagnostics");
  private static final List<String> RESOURCE_KEYS = List.of("name", "label", "tag", "collectionPath", "itemPath",
      "idParam", "idField", "operations", "actions", "list", "fields", "createFields", "updateFields");
  private static final List<String> FIELD_KEYS = List.of("name", "label", "type", "nullable", "required", "readOnly",
      "writeOnly", "enum", "items", "reference", "constraints", "default", "description");

  private final ObjectMapper json = new ObjectMapper();

  /** What one run of the command line gave. */
  private record Run(int exitCode, String out, String err) {

    List<String> errLines() {
      return err.lines().toList();
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exitCode, out.toString(), err.toString());
  }

  private static String fixture(String name) {
    return FIXTURES.resolve(name).toString();
  }

  // --- success -------------------------------------------------------------------------------------------

  @Test
  void textFormatPrintsEachResourceByName() {
    Run run = run("describe", fixture("fastapi-filter.json"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("Fixture");
    assertThat(run.out().lines().filter(line -> !line.startsWith(" ") && line.contains("  \"")).map(l -> l.split(" ")[0]))
        .containsExactlyInAnyOrder("calls", "agents", "users", "customers");
    assertThat(run.out()).contains("collection /api/v1/calls/").contains("item       /api/v1/calls/{call_id}");
  }

  @Test
  void textIsTheDefaultAndFormatIsCaseInsensitive() {
    Run byDefault = run("describe", fixture("pydantic-v2-anyof.json"));
    Run explicit = run("describe", fixture("pydantic-v2-anyof.json"), "--format", "TEXT");

    assertThat(byDefault.exitCode()).isZero();
    assertThat(explicit.exitCode()).isZero();
    assertThat(explicit.out()).isEqualTo(byDefault.out()).contains("items  \"");
  }

  @Test
  void jsonFormatHasExactlyTheTopLevelKeysOfTheContract() throws Exception {
    Run run = run("describe", fixture("fastapi-filter.json"), "--format", "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode root = json.readTree(run.out());
    assertThat(names(root)).containsExactlyElementsOf(TOP_LEVEL_KEYS);
    assertThat(root.path("openapi").asText()).isEqualTo("3.1.0");
    assertThat(root.path("resources")).extracting(r -> r.path("name").asText())
        .containsExactlyInAnyOrder("calls", "agents", "users", "customers");
  }

  @Test
  void jsonFormatGivesEachResourceAndEachFieldEveryKeyOfTheContract() throws Exception {
    JsonNode root = json.readTree(run("describe", fixture("fastapi-filter.json"), "--format", "json").out());

    List<JsonNode> fields = new ArrayList<>();
    assertThat(root.path("resources")).isNotEmpty().allSatisfy(resource -> {
      assertThat(names(resource)).containsAll(RESOURCE_KEYS);
      assertThat(resource.path("operations").isObject()).isTrue();
      assertThat(resource.path("actions").isArray()).isTrue();
      for (String kind : List.of("fields", "createFields", "updateFields")) {
        assertThat(resource.path(kind).isArray()).as(kind).isTrue();
        resource.path(kind).forEach(fields::add);
      }
    });
    assertThat(fields).isNotEmpty().allSatisfy(field -> assertThat(names(field)).containsAll(FIELD_KEYS));

    JsonNode calls = resource(root, "calls");
    assertThat(names(calls.path("operations"))).containsExactlyInAnyOrder("list", "get", "update", "delete");
    calls.path("operations").forEach(op -> assertThat(names(op)).contains("method", "path", "scopes"));
    assertThat(calls.path("actions")).extracting(a -> a.path("name").asText()).contains("transfer", "bulk-close");
    calls.path("actions").forEach(action -> assertThat(names(action))
        .contains("name", "label", "method", "path", "target", "scopes"));
    JsonNode list = calls.path("list");
    assertThat(names(list)).contains("pagination", "sort", "search", "filters");
    assertThat(names(list.path("pagination"))).contains("style", "params", "itemsField", "totalField");
    assertThat(names(list.path("sort"))).contains("param", "style", "multi");
    assertThat(names(list.path("search"))).contains("param");
    assertThat(list.path("filters")).isNotEmpty()
        .allSatisfy(filter -> assertThat(names(filter)).contains("param", "field", "op", "type", "enum"));
    assertThat(calls.path("fields")).filteredOn(f -> f.path("name").asText().equals("agent_id")).singleElement()
        .satisfies(agent -> assertThat(names(agent.path("reference"))).contains("resource", "field"));
  }

  @Test
  void jsonFormatGivesEachSecuritySchemeTheKeysOfTheContract() throws Exception {
    Run run = run("describe", fixture("security-schemes.yaml"), "--format", "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode security = json.readTree(run.out()).path("security");
    assertThat(security).hasSize(7).allSatisfy(scheme ->
        assertThat(names(scheme)).contains("name", "type", "tokenUrl", "scopes", "in", "paramName"));
    assertThat(security).extracting(s -> s.path("type").asText())
        .containsExactly("oauth2-password", "http-bearer", "http-basic", "api-key", "api-key", "api-key", "unsupported");
  }

  @Test
  void jsonFormatGivesEachDiagnosticItsLevelPathAndMessage() throws Exception {
    Run run = run("describe", FIXTURES.resolve("bad/unpaired-path.json").toString(), "--format", "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(json.readTree(run.out()).path("diagnostics")).isNotEmpty().allSatisfy(d -> {
      assertThat(names(d)).containsExactly("level", "path", "message");
      assertThat(d.path("level").asText()).isIn("warning", "error");
    });
  }

  @Test
  void describesTheRealFastApiAppOverHttp() throws Exception {
    FastApiServer.requireFastApi();
    try (FastApiServer server = FastApiServer.start(FastApiServer.testApp())) {
      Run run = run("describe", server.openApiUrl().toString(), "--format", "json");

      assertThat(run.exitCode()).as(run.err() + server.output()).isZero();
      JsonNode root = json.readTree(run.out());
      assertThat(root.path("openapi").asText()).isEqualTo("3.0.2");
      assertThat(root.path("resources")).extracting(r -> r.path("collectionPath").asText()).contains("/api/v1/calls/");
    }
  }

  @Test
  void helpExitsZeroAndShowsTheOptions() {
    Run run = run("describe", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("<url-or-file>").contains("--format").contains("--header");
    assertThat(run.err()).isEmpty();
  }

  // --- failure: exit 2, one line on stderr ---------------------------------------------------------------

  @Test
  void aMissingFileExitsTwoWithOneLineNamingIt() {
    String missing = FIXTURES.resolve("does-not-exist.json").toString();

    Run run = run("describe", missing);

    assertOneLineFailure(run);
    assertThat(run.err()).contains(missing).contains("no such file");
  }

  @Test
  void aMalformedDocumentExitsTwoWithOneLineNamingIt() {
    String malformed = FIXTURES.resolve("bad/malformed.json").toString();

    Run run = run("describe", malformed, "--format", "json");

    assertOneLineFailure(run);
    assertThat(run.err()).contains(malformed).contains("not valid JSON at line");
  }

  @Test
  void aMalformedYamlDocumentExitsTwoWithOneLine() {
    Run run = run("describe", FIXTURES.resolve("bad/malformed.yaml").toString());

    assertOneLineFailure(run);
    assertThat(run.err()).contains("not valid YAML at line 11");
  }

  @Test
  void aSwagger2DocumentExitsTwoWithOneLineSayingItIsRefused() {
    Run run = run("describe", FIXTURES.resolve("bad/swagger2.json").toString());

    assertOneLineFailure(run);
    assertThat(run.err()).contains("Swagger 2.0").contains("Convert it first");
  }

  @Test
  void aClosedPortExitsTwoWithOneLine() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }

    Run run = run("describe", "http://127.0.0.1:" + port + "/openapi.json");

    assertOneLineFailure(run);
    assertThat(run.err()).contains("connection was refused");
  }

  @Test
  void aHeaderWithoutAColonExitsTwoWithOneLineShowingTheForm() {
    Run run = run("describe", fixture("fastapi-filter.json"), "--header", "X-API-KEY s3cret");

    assertOneLineFailure(run);
    assertThat(run.err()).contains("'X-API-KEY s3cret'").contains("'Name: value'");
  }

  @Test
  void aHeaderWithAnInvalidNameExitsTwoWithOneLine() {
    Run run = run("describe", "http://127.0.0.1:9/openapi.json", "--header", "X API KEY: s3cret");

    assertOneLineFailure(run);
    assertThat(run.err()).contains("'X API KEY'");
  }

  @Test
  void aNonPositiveTimeoutExitsTwoWithOneLine() {
    Run run = run("describe", "http://127.0.0.1:9/openapi.json", "--timeout", "0");

    assertOneLineFailure(run);
    assertThat(run.err()).contains("--timeout");
  }

  @Test
  void aRelativeFileUrlExitsTwoWithOneLine() {
    Run run = run("describe", "file:openapi.json");

    assertOneLineFailure(run);
    assertThat(run.err()).contains("file:openapi.json");
  }

  private static void assertOneLineFailure(Run run) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).singleElement().satisfies(line -> {
      assertThat(line).startsWith("switchboard describe: ");
      assertThat(line).doesNotContain("Exception").doesNotContain("\tat ");
    });
  }

  // --- helpers -------------------------------------------------------------------------------------------

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static JsonNode resource(JsonNode root, String name) {
    for (JsonNode resource : root.path("resources")) {
      if (resource.path("name").asText().equals(name)) {
        return resource;
      }
    }
    throw new AssertionError("no resource " + name + " in " + root.path("resources"));
  }

  private static Path fixtures() {
    try {
      return Path.of(DescribeCommandTest.class.getResource("/fixtures").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
