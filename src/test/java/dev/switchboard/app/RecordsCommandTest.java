package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.data.Credentials;
import dev.switchboard.data.Filter;
import dev.switchboard.data.ListQuery;
import dev.switchboard.demo.DemoOptions;
import dev.switchboard.demo.DemoServer;
import dev.switchboard.http.HttpBackend;
import dev.switchboard.http.HttpSettings;
import dev.switchboard.model.AdminApi;
import dev.switchboard.openapi.DocumentDiscovery;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code switchboard records ...} through {@link Main#run}, against the embedded demo (in memory). */
class RecordsCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] ADMIN = {"--user", "admin", "--password", "switchboard-admin"};

  private static DemoServer demo;
  private static String url;

  @BeforeAll
  static void startDemo() throws Exception {
    demo = DemoServer.start(DemoOptions.inMemory());
    url = demo.baseUrl().toString();
  }

  @AfterAll
  static void stopDemo() {
    if (demo != null) {
      demo.close();
    }
  }

  record Run(int exitCode, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    JsonNode json() {
      try {
        return JSON.readTree(out);
      } catch (Exception e) {
        throw new AssertionError("not JSON: " + out + err, e);
      }
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exitCode, out.toString(), err.toString());
  }

  static Run admin(String... args) {
    return run(Stream.concat(Stream.of(args), Stream.of(ADMIN)).toArray(String[]::new));
  }

  private static Run ok(Run run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    return run;
  }

  // --- list -----------------------------------------------------------------------------------------------

  @Test
  void listPrintsATableOfTheModelsFieldsByDefault() {
    Run run = ok(admin("records", "list", url, "calls", "--filter", "status=missed", "--sort", "-started_at",
        "--size", "5"));

    List<String> lines = run.outLines();
    assertThat(lines.get(0)).startsWith("id ").contains("direction", "caller_number", "status", "started_at", "notes");
    assertThat(lines.get(1)).matches("[- ]+");
    List<String> rows = lines.subList(2, 7);
    assertThat(rows).allSatisfy(row -> assertThat(row).contains(" missed "));
    assertThat(lines.get(7)).matches("1-5 of [0-9,]+ calls; more with --page 2 or --all\\.");
    // aligned: every row's status column starts where the header's does
    int statusColumn = lines.get(0).indexOf("status");
    assertThat(rows).allSatisfy(row -> assertThat(row.substring(statusColumn)).startsWith("missed"));
    assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThan(400));
  }

  @Test
  void listAsJsonHonoursInFiltersSortAndSearch() {
    Run run = ok(admin("records", "list", url, "calls", "--filter", "status:in=missed,voicemail",
        "--sort", "-started_at", "--search", "support", "--size", "30", "--format", "json"));

    JsonNode array = run.json();
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(30).allSatisfy(call -> {
      assertThat(call.path("status").asText()).isIn("missed", "voicemail");
      assertThat(call.path("queue").asText() + call.path("caller_number").asText() + call.path("notes").asText())
          .containsIgnoringCase("support");
    });
    List<String> started = new ArrayList<>();
    array.forEach(call -> started.add(call.path("started_at").asText()));
    assertThat(started).isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(run.outLines()).hasSize(32);
  }

  @Test
  void listAsCsvQuotesAsRfc4180AndWritesNestedValuesAsJson() {
    Run created = ok(admin("records", "create", url, "calls", "--data", "{\"direction\": \"inbound\","
        + " \"caller_number\": \"+1 555 0100\", \"queue\": \"csvtest\", \"started_at\": \"2026-11-20T10:00:00Z\","
        + " \"notes\": \"He said \\\"hi\\\", then\\nleft\", \"tags\": [\"vip\", \"callback\"]}"));
    String id = created.json().path("id").asText();

    Run run = ok(admin("records", "list", url, "calls", "--filter", "queue=csvtest", "--format", "csv"));

    assertThat(run.out()).startsWith("id,direction,caller_number,agent_id,agent_name,queue,status,started_at");
    String[] lines = run.out().split("\r\n", -1);
    assertThat(lines).hasSize(3);
    assertThat(lines[1]).startsWith(id + ",inbound,+1 555 0100,,,csvtest,ringing,2026-11-20T10:00:00Z")
        .contains(",\"He said \"\"hi\"\", then\nleft\",\"[\"\"vip\"\",\"\"callback\"\"]\",");
    assertThat(lines[2]).isEmpty();
    ok(admin("records", "delete", url, "calls", id));
  }

  @Test
  void listAllStreamsEveryPageOfAFilteredSetExactlyOnce() throws Exception {
    long total = total(Filter.eq("status", "transferred"));
    assertThat(total).isBetween(100L, 3000L);

    Run json = ok(admin("records", "list", url, "calls", "--filter", "status=transferred", "--all", "--size", "37",
        "--format", "json"));
    Run csv = ok(admin("records", "list", url, "calls", "--filter", "status=transferred", "--all", "--size", "50",
        "--format", "csv"));
    Run table = ok(admin("records", "list", url, "calls", "--filter", "status=transferred", "--all", "--size", "64"));

    Set<String> ids = new HashSet<>();
    json.json().forEach(call -> {
      assertThat(ids.add(call.path("id").asText())).as("seen once: " + call.path("id")).isTrue();
      assertThat(call.path("status").asText()).isEqualTo("transferred");
    });
    assertThat(ids).hasSize((int) total);
    assertThat(csv.out().split("\r\n")).hasSize((int) total + 1);
    assertThat(table.outLines()).hasSize((int) total + 3).filteredOn(l -> l.startsWith("id ")).hasSize(1);
    assertThat(table.outLines().get((int) total + 2)).isEqualTo(String.format("%,d calls.", total));
  }

  @Test
  void theFirstPageOfAnEmptyListIsAnEmptyArray() {
    Run run = ok(admin("records", "list", url, "calls", "--filter", "queue=no-such-queue", "--format", "json"));
    assertThat(run.json().isArray()).isTrue();
    assertThat(run.json()).isEmpty();
    assertThat(ok(admin("records", "list", url, "calls", "--filter", "queue=no-such-queue")).out())
        .isEqualTo("No calls." + System.lineSeparator());
  }

  @Test
  void resourcesAreFoundByLabelCaseInsensitively() {
    Run run = ok(admin("records", "list", url, "USERS", "--filter", "role=admin", "--filter", "is_active=true",
        "--format", "json", "--size", "100"));
    assertThat(run.json()).isNotEmpty().allSatisfy(u -> {
      assertThat(u.path("role").asText()).isEqualTo("admin");
      assertThat(u.has("password")).isFalse();
    });
  }

  // --- get, create, update, action, delete ----------------------------------------------------------------

  @Test
  void getPrintsTheRecordAsJsonOrAsFieldValueLines() {
    JsonNode user = ok(admin("records", "get", url, "users", "1")).json();
    Run table = ok(admin("records", "get", url, "users", "1", "--format", "table"));

    assertThat(user.path("username").asText()).isEqualTo("admin");
    assertThat(table.outLines()).contains("username    admin").anySatisfy(l -> assertThat(l).startsWith("scopes  "));
  }

  @Test
  void createUpdateActionDeleteRoundTrip(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("call.json"), "{\"direction\": \"inbound\", \"caller_number\":"
        + " \"+44 20 7946 0000\", \"queue\": \"roundtrip\", \"started_at\": \"2026-11-20T10:00:00Z\","
        + " \"notes\": \"first words\"}");
    JsonNode created = ok(admin("records", "create", url, "calls", "--data", "@" + file)).json();
    String id = created.path("id").asText();
    assertThat(created.path("status").asText()).isEqualTo("ringing");

    JsonNode updated = ok(admin("records", "update", url, "calls", id, "--data", "{\"notes\": \"second words\"}"))
        .json();
    assertThat(updated.path("notes").asText()).isEqualTo("second words");
    assertThat(updated.path("queue").asText()).isEqualTo("roundtrip");

    JsonNode transferred = ok(admin("records", "action", url, "calls", "transfer", id, "--data",
        "{\"agent_id\": 2}")).json();
    assertThat(transferred.path("status").asText()).isEqualTo("transferred");
    assertThat(transferred.path("agent_id").asInt()).isEqualTo(2);

    Run deleted = ok(admin("records", "delete", url, "calls", id));
    assertThat(deleted.out()).isEmpty();

    Run gone = admin("records", "get", url, "calls", id);
    assertThat(gone.exitCode()).isEqualTo(1);
    assertThat(gone.err()).startsWith("switchboard records: ").contains("Call not found");
  }

  // --- failures ---------------------------------------------------------------------------------------------

  @Test
  void aValidationErrorNamesTheFieldAndExitsOne() {
    Run run = admin("records", "create", url, "calls", "--data", "{\"direction\": \"inbound\", \"caller_number\":"
        + " \"+44 20 7946 0000\", \"queue\": \"x\", \"started_at\": \"2026-11-20T10:00:00Z\", \"notes\": \""
        + "x".repeat(2001) + "\"}");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList()).containsExactly(
        "switchboard records: The server rejected the new record: Notes is too long (2,000 characters at most).",
        "  notes: is too long (2,000 characters at most)");
  }

  @Test
  void aMissingPermissionExitsOne() {
    Run run = run("records", "create", url, "calls", "--data", "{\"direction\": \"inbound\", \"caller_number\":"
        + " \"+44 20 7946 0000\", \"queue\": \"x\", \"started_at\": \"2026-11-20T10:00:00Z\"}",
        "--user", "viewer", "--password", "switchboard-viewer");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("switchboard records: ").contains("Not enough permissions");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void aWrongPasswordIsRefusedWithTheServersReason() {
    Run run = run("records", "list", url, "calls", "--user", "admin", "--password", "wrong");

    assertThat(run.exitCode()).isIn(1, 2);
    assertThat(run.err()).isEqualTo("switchboard records: Login refused: Incorrect username or password."
        + System.lineSeparator());
  }

  @Test
  void withoutCredentialsTheServersRefusalExitsOne() {
    Run run = run("records", "list", url, "calls");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("Not authenticated");
  }

  @Test
  void aPastedTokenWorks() throws Exception {
    // A token from the login endpoint, as a script would get it.
    var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
        .newBuilder(java.net.URI.create(url + "/api/v1/auth/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=viewer&password=switchboard-viewer"))
        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    String token = JSON.readTree(response.body()).path("access_token").asText();

    Run run = ok(run("records", "list", url, "calls", "--token", token, "--size", "2", "--format", "json"));
    assertThat(run.json()).hasSize(2);
  }

  @Test
  void anUnreachableUrlExitsTwoWithOneLine() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }

    Run run = admin("records", "list", "http://127.0.0.1:" + port, "calls");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("switchboard records: http://127.0.0.1:" + port).contains("connection was refused")
        .doesNotContain("Exception"));
  }

  @Test
  void anUnknownResourceExitsTwoListingTheKnownOnes() {
    Run run = admin("records", "list", url, "callz");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().toList()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("switchboard records: the API has no resource 'callz'").contains("calls", "users", "teams"));
  }

  @Test
  void usageMistakesExitTwoWithOneLine() {
    assertUsage(admin("records", "list", url, "calls", "--filter", "status:in=missed,nope"), "'nope' is not one of");
    assertUsage(admin("records", "list", url, "calls", "--filter", "colour=red"), "no eq filter on 'colour'");
    assertUsage(admin("records", "list", url, "calls", "--filter", "status:about=x"), "'about' is not an operator");
    assertUsage(admin("records", "list", url, "calls", "--filter", "agent_id=two"), "'two' is not a whole number");
    assertUsage(admin("records", "create", url, "calls", "--data", "{oops"), "--data is not valid JSON");
    assertUsage(admin("records", "create", url, "calls", "--data", "[1]"), "must be a JSON object");
    assertUsage(admin("records", "action", url, "calls", "transfer"), "give its id");
    assertUsage(admin("records", "action", url, "calls", "fly", "1"), "Its actions: transfer (item)");
    assertUsage(run("records", "list", url, "calls", "--user", "admin"), "needs --password or --password-env");
    assertUsage(run("records", "list", url, "calls", "--user", "admin", "--password-env", "SWITCHBOARD_NO_SUCH_VAR"),
        "SWITCHBOARD_NO_SUCH_VAR");
    assertUsage(run("records", "list", url, "calls", "--token", "t", "--api-key", "k"), "one way to log in");
    assertUsage(run("records", "list", url, "calls", "--api-key", "k"), "no way to log in with an API key");
  }

  @Test
  void aMissingSubcommandOrArgumentIsAPicocliUsageError() {
    assertThat(run("records").exitCode()).isEqualTo(2);
    assertThat(run("records", "get", url, "calls").exitCode()).isEqualTo(2);
    Run help = run("records", "list", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("--filter", "--sort", "--all", "--password-env", "--api-key", "--timeout");
  }

  @Test
  void aListLoadsNeitherPicocliNorYamlNorAMapperNorTheDesktopNorTheDemo(@TempDir Path dir) throws Exception {
    // A records command starts a JVM of its own: whatever it loads and does not need is start-up time.
    Path classes = dir.resolve("classes.txt");
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info:file=" + classes, "-Dswitchboard.logDir=" + dir, "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "records", "list", url, "calls", "--size", "1",
        "--format", "json", "--user", "admin", "--password", "switchboard-admin")
        .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(dir.resolve("out.txt"))).isZero();
    List<String> loaded = Files.readAllLines(classes).stream().map(line -> line.replaceFirst("^\\S+ ", ""))
        .toList();
    assertThat(loaded).anyMatch(c -> c.startsWith("dev.switchboard.app.RecordsLine "))
        .noneMatch(c -> c.startsWith("picocli.") || c.startsWith("com.fasterxml.jackson.dataformat.yaml.")
            || c.startsWith("org.yaml.") || c.startsWith("javafx.") || c.startsWith("org.h2.")
            || c.startsWith("com.fasterxml.jackson.databind.ObjectMapper ")
            || c.startsWith("dev.switchboard.demo.") || c.startsWith("dev.switchboard.view"));
  }

  private static void assertUsage(Run run, String fragment) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("switchboard records: ").contains(fragment));
  }

  // --- helpers ----------------------------------------------------------------------------------------------

  private static long total(Filter filter) throws Exception {
    AdminApi api = DocumentDiscovery.withDefaults().read(url, Map.of());
    try (HttpBackend backend = HttpBackend.open(api, api.baseUrl().orElseThrow(), HttpSettings.defaults())) {
      backend.authentication().logIn("OAuth2PasswordBearer",
          new Credentials.Password("admin", "switchboard-admin", List.of())).get(10, TimeUnit.SECONDS);
      return backend.records().list(api.resource("calls").orElseThrow(), ListQuery.firstPage(1).withFilter(filter))
          .get(10, TimeUnit.SECONDS).total().orElseThrow();
    }
  }
}
