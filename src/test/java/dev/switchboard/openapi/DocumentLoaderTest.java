package dev.switchboard.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentLoaderTest {

  private static final Path FIXTURES = fixtures();
  private static final Path RELATIVE_REFS = FIXTURES.resolve("relative-refs");

  private final DocumentLoader loader = DocumentLoader.withDefaults();

  @TempDir
  Path temp;

  // --- files -------------------------------------------------------------------------------------------

  @Test
  void loadsAJsonDocumentFromAFile() throws Exception {
    OpenApiDocument doc = loader.load(DocumentSource.of(FIXTURES.resolve("pydantic-v2-anyof.json").toString()));

    assertThat(doc.openapiVersion()).isEqualTo("3.1.0");
    assertThat(doc.root().path("paths").has("/api/v1/items/{id}")).isTrue();
    assertThat(doc.source().isFile()).isTrue();
  }

  @Test
  void loadsAYamlDocumentFromAFile() throws Exception {
    OpenApiDocument doc = loader.load(DocumentSource.of(FIXTURES.resolve("openapi30-nullable.yaml").toString()));

    assertThat(doc.openapiVersion()).isEqualTo("3.0.3");
    assertThat(doc.isOpenApi30()).isTrue();
    assertThat(doc.root().path("paths").has("/{organization}/incidents/{incident_id}")).isTrue();
  }

  @Test
  void acceptsAUtf8ByteOrderMarkBeforeJson() throws Exception {
    Path file = withBom("bom.json", "{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"Bom\"}, \"paths\": {}}");

    OpenApiDocument doc = loader.load(DocumentSource.of(file.toString()));

    assertThat(doc.root().path("info").path("title").asText()).isEqualTo("Bom");
  }

  @Test
  void acceptsAUtf8ByteOrderMarkBeforeYaml() throws Exception {
    Path file = withBom("bom.yaml", "openapi: 3.0.3\ninfo:\n  title: Bom\npaths: {}\n");

    OpenApiDocument doc = loader.load(DocumentSource.of(file.toString()));

    assertThat(doc.openapiVersion()).isEqualTo("3.0.3");
    assertThat(doc.root().path("info").path("title").asText()).isEqualTo("Bom");
  }

  @Test
  void refusesAFileAboveTheSizeLimitGivingItsSizeAndTheLimit() throws Exception {
    Path file = temp.resolve("big.json");
    Files.writeString(file, "{\"openapi\": \"3.1.0\", \"x-pad\": \"" + "a".repeat(5000) + "\"}");
    DocumentLoader small = new DocumentLoader(HttpClient.newHttpClient(), 2048, Duration.ofSeconds(5));

    assertThatThrownBy(() -> small.load(DocumentSource.of(file.toString())))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("is 4.9 KB")
        .hasMessageContaining("more than the 2 KB");
  }

  @Test
  void refusesARealFiftyMegabyteFileWithTheDefaultLimit() throws Exception {
    Path file = temp.resolve("fifty.json");
    byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      byte[] head = "{\"openapi\": \"3.1.0\", \"x-pad\": \"".getBytes(StandardCharsets.US_ASCII);
      out.write(head);
      long remaining = 50L * 1024 * 1024 - head.length - 2;
      while (remaining > 0) {
        int n = (int) Math.min(chunk.length, remaining);
        out.write(chunk, 0, n);
        remaining -= n;
      }
      out.write("\"}".getBytes(StandardCharsets.US_ASCII));
    }
    assertThat(Files.size(file)).isEqualTo(50L * 1024 * 1024);

    assertThatThrownBy(() -> loader.load(DocumentSource.of(file.toString())))
        .isInstanceOf(DocumentException.class)
        .hasMessage(file + " is 50 MB, more than the 32 MB Switchboard reads. Is it really an OpenAPI document?");
  }

  @Test
  void saysWhenAFileDoesNotExist() {
    Path missing = temp.resolve("nowhere.json");

    assertThatThrownBy(() -> loader.load(DocumentSource.of(missing.toString())))
        .isInstanceOf(DocumentException.class)
        .hasMessage(missing + ": no such file. Check the path, or give a URL.");
  }

  @Test
  void refusesALocationThatIsNeitherAFileNorHttp() {
    assertThatThrownBy(() -> loader.load(DocumentSource.of("ftp://example.com/openapi.json")))
        .isInstanceOf(DocumentException.class)
        .hasMessage("ftp://example.com/openapi.json: only http, https and file locations can be read.");
  }

  @Test
  void refusesAFileUrlThatIsNotAnAbsolutePathWithAClearMessage() {
    assertThatThrownBy(() -> loader.load(DocumentSource.of("file:openapi.json")))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("file:openapi.json")
        .hasMessageContaining("file:///");
  }

  // --- relative refs -----------------------------------------------------------------------------------

  @Test
  void resolvesRelativeFileRefsAgainstEachFilesOwnLocation() throws Exception {
    OpenApiDocument doc = loader.load(DocumentSource.of(RELATIVE_REFS.resolve("main.yaml").toString()));

    assertRelativeRefsResolve(doc);
  }

  @Test
  void resolvesRelativeRefsOverHttpFetchingEachReferencedFileOnce() throws Exception {
    try (TestServer server = TestServer.start()) {
      server.serveDirectory("/specs/", RELATIVE_REFS);

      OpenApiDocument doc = loader.load(DocumentSource.of(server.url("/specs/main.yaml")));

      assertRelativeRefsResolve(doc);
      assertThat(server.paths()).containsExactlyInAnyOrder("/specs/main.yaml", "/specs/schemas/pet.yaml",
          "/specs/schemas/common.yaml", "/specs/schemas/owner.yaml");
    }
  }

  @Test
  void sendsTheExtraHeadersWhenFetchingReferencedFilesFromTheSameServer() throws Exception {
    try (TestServer server = TestServer.start()) {
      server.serveDirectory("/specs/", RELATIVE_REFS);
      server.requireHeader("X-API-KEY", "s3cret");

      OpenApiDocument doc = loader.load(DocumentSource.of(server.url("/specs/main.yaml"), Map.of("X-API-KEY", "s3cret")));

      assertRelativeRefsResolve(doc);
      assertThat(server.requests()).hasSize(4)
          .allSatisfy(r -> assertThat(r.headers().getFirst("X-API-KEY")).isEqualTo("s3cret"));
    }
  }

  @Test
  void neverSendsTheExtraHeadersToAnotherServerThatARefPointsAt() throws Exception {
    try (TestServer main = TestServer.start(); TestServer other = TestServer.start()) {
      other.serve("/pet.yaml", 200, "Pet:\n  type: object\n  title: Pet\n");
      main.serve("/openapi.yaml", 200, "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
          + "components:\n  schemas:\n    Pet: {$ref: '" + other.url("/pet.yaml") + "#/Pet'}\n");

      OpenApiDocument doc = loader.load(DocumentSource.of(main.url("/openapi.yaml"), Map.of("X-API-KEY", "s3cret")));
      JsonNode pet = doc.refs().resolve(doc.root().at("/components/schemas/Pet"));

      assertThat(pet.path("title").asText()).isEqualTo("Pet");
      assertThat(main.requests().get(0).headers().getFirst("X-API-KEY")).isEqualTo("s3cret");
      assertThat(other.requests()).singleElement()
          .satisfies(r -> assertThat(r.headers().containsKey("X-API-KEY")).isFalse());
    }
  }

  @Test
  void aDocumentFromAUrlCannotReadLocalFilesThroughItsRefs() throws Exception {
    Path secret = temp.resolve("secret.yaml");
    Files.writeString(secret, "Secret:\n  type: object\n  title: TopSecret\n");
    try (TestServer server = TestServer.start()) {
      server.serve("/openapi.yaml", 200, "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
          + "components:\n  schemas:\n    Stolen: {$ref: '" + secret.toUri() + "#/Secret'}\n");

      OpenApiDocument doc = loader.load(DocumentSource.of(server.url("/openapi.yaml")));
      JsonNode stolen = doc.refs().resolve(doc.root().at("/components/schemas/Stolen"));

      assertThat(stolen.isMissingNode()).isTrue();
      assertThat(doc.refs().problems()).extracting(dev.switchboard.model.Diagnostic::message).singleElement(InstanceOfAssertFactories.STRING)
          .contains(secret.toUri().toString())
          .contains("local file");
    }
  }

  @Test
  void aRefToAMissingFileGivesOneProblemNamingTheFile() throws Exception {
    Path main = Files.writeString(temp.resolve("main.yaml"), "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n"
        + "paths: {}\ncomponents:\n  schemas:\n    Pet: {$ref: './schemas/pet.yaml#/Pet'}\n");

    OpenApiDocument doc = loader.load(DocumentSource.of(main.toString()));

    assertThat(doc.refs().resolve(doc.root().at("/components/schemas/Pet")).isMissingNode()).isTrue();
    assertThat(doc.refs().problems()).extracting(dev.switchboard.model.Diagnostic::message).singleElement(InstanceOfAssertFactories.STRING)
        .contains(temp.resolve("schemas/pet.yaml").toString())
        .contains("no such file");
  }

  private static void assertRelativeRefsResolve(OpenApiDocument doc) {
    RefResolver refs = doc.refs();
    JsonNode pets = doc.root().path("paths").path("/pets");

    JsonNode listItem = pets.at("/get/responses/200/content/application~1json/schema/items");
    assertThat(listItem.path("$ref").asText()).isEqualTo("./schemas/pet.yaml#/Pet");
    JsonNode pet = refs.resolve(listItem);
    assertThat(pet.path("title").asText()).isEqualTo("Pet");

    // '#/PetStatus' inside pet.yaml means pet.yaml's root, not main.yaml's.
    JsonNode status = refs.resolve(pet.path("properties").path("status"));
    assertThat(status.path("title").asText()).isEqualTo("PetStatus");
    assertThat(status.path("enum")).extracting(JsonNode::asText).containsExactly("available", "pending", "sold");

    // 'common.yaml#/Timestamp' and './common.yaml#/Timestamp' are pet.yaml's siblings.
    for (String property : List.of("created_at", "updated_at")) {
      JsonNode timestamp = refs.resolve(pet.path("properties").path(property));
      assertThat(timestamp.path("format").asText()).as(property).isEqualTo("date-time");
      assertThat(timestamp.path("readOnly").asBoolean()).as(property).isTrue();
    }

    JsonNode skip = refs.resolve(pets.at("/get/parameters/0"));
    assertThat(skip.path("name").asText()).isEqualTo("skip");
    JsonNode petId = refs.resolve(doc.root().at("/paths/~1pets~1{pet_id}/parameters/0"));
    assertThat(petId.path("name").asText()).isEqualTo("pet_id");

    // A ref to a whole file: its root is the schema, and its own refs are relative to it.
    JsonNode owner = refs.resolve(doc.root().at("/components/schemas/Owner"));
    assertThat(owner.path("title").asText()).isEqualTo("Owner");
    assertThat(refs.resolve(owner.path("properties").path("created_at")).path("format").asText())
        .isEqualTo("date-time");

    assertThat(refs.problems()).isEmpty();
  }

  // --- HTTP ----------------------------------------------------------------------------------------------

  @Test
  void loadsAJsonDocumentOverHttpAndSendsTheExtraHeaders() throws Exception {
    try (TestServer server = TestServer.start()) {
      server.serve("/api/v1/openapi.json", 200, Files.readString(FIXTURES.resolve("fastapi-filter.json")));

      OpenApiDocument doc = loader.load(
          DocumentSource.of(server.url("/api/v1/openapi.json"), Map.of("X-API-KEY", "s3cret")));

      assertThat(doc.openapiVersion()).isEqualTo("3.1.0");
      assertThat(doc.source().isFile()).isFalse();
      assertThat(server.requests()).singleElement().satisfies(r -> {
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.path()).isEqualTo("/api/v1/openapi.json");
        assertThat(r.headers().getFirst("X-API-KEY")).isEqualTo("s3cret");
        assertThat(r.headers().getFirst("Accept")).startsWith("application/json");
      });
    }
  }

  @Test
  void loadsAYamlDocumentOverHttp() throws Exception {
    try (TestServer server = TestServer.start()) {
      server.serve("/openapi.yaml", 200, Files.readString(FIXTURES.resolve("security-schemes.yaml")));

      OpenApiDocument doc = loader.load(DocumentSource.of(server.url("/openapi.yaml")));

      assertThat(doc.openapiVersion()).isEqualTo("3.0.2");
      assertThat(doc.root().path("paths").has("/widgets/{widget_id}")).isTrue();
    }
  }

  @Test
  void aMissingDocumentSaysWhereFastApiServesIt() throws Exception {
    try (TestServer server = TestServer.start()) {
      String url = server.url("/docs/openapi.json");

      assertThatThrownBy(() -> loader.load(DocumentSource.of(url)))
          .isInstanceOf(DocumentException.class)
          .hasMessageStartingWith(url + " answered HTTP 404")
          .hasMessageContaining("/openapi.json");
    }
  }

  @Test
  void anUnauthorizedAnswerSaysToPassCredentialsAsAHeader() throws Exception {
    try (TestServer server = TestServer.start()) {
      server.serve("/openapi.json", 200, "{}");
      server.requireHeader("X-API-KEY", "s3cret");
      String url = server.url("/openapi.json");

      assertThatThrownBy(() -> loader.load(DocumentSource.of(url)))
          .isInstanceOf(DocumentException.class)
          .hasMessageStartingWith(url + " answered HTTP 401")
          .hasMessageContaining("header");
    }
  }

  @Test
  void aServerErrorSaysToTryAgainOrCheckTheLogs() throws Exception {
    try (TestServer server = TestServer.start()) {
      server.serve("/openapi.json", 500, "Internal Server Error");
      String url = server.url("/openapi.json");

      assertThatThrownBy(() -> loader.load(DocumentSource.of(url)))
          .isInstanceOf(DocumentException.class)
          .hasMessage(url + " answered HTTP 500: the server failed. Try again, or check its logs.");
    }
  }

  @Test
  void aClosedPortSaysTheConnectionWasRefused() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/openapi.json";

    assertThatThrownBy(() -> loader.load(DocumentSource.of(url)))
        .isInstanceOf(DocumentException.class)
        .hasMessage(url + ": the connection was refused. Check that the server is running and the port is right.");
  }

  @Test
  void aServerThatNeverAnswersTimesOutWithTheTimeoutInTheMessage() throws Exception {
    DocumentLoader impatient = new DocumentLoader(HttpClient.newHttpClient(), 1024 * 1024, Duration.ofMillis(500));
    // The kernel accepts the connection into the backlog; nobody ever reads or answers.
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String url = "http://127.0.0.1:" + silent.getLocalPort() + "/openapi.json";
      long started = System.nanoTime();

      assertThatThrownBy(() -> impatient.load(DocumentSource.of(url)))
          .isInstanceOf(DocumentException.class)
          .hasMessage(url + " did not answer within 500 ms. Check that the server is running and reachable.");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }
  }

  @Test
  void refusesADownloadAboveTheSizeLimit() throws Exception {
    try (TestServer server = TestServer.start()) {
      server.serve("/openapi.json", 200, "{\"openapi\": \"3.1.0\", \"x-pad\": \"" + "a".repeat(10_000) + "\"}");
      String url = server.url("/openapi.json");
      DocumentLoader small = new DocumentLoader(HttpClient.newHttpClient(), 4096, Duration.ofSeconds(5));

      assertThatThrownBy(() -> small.load(DocumentSource.of(url)))
          .isInstanceOf(DocumentException.class)
          .hasMessageStartingWith(url + " is more than the 4 KB Switchboard reads");
    }
  }

  @Test
  void anInvalidHeaderNameIsADocumentExceptionNamingTheHeader() throws Exception {
    try (TestServer server = TestServer.start()) {
      server.serve("/openapi.json", 200, "{}");

      assertThatThrownBy(() -> loader.load(DocumentSource.of(server.url("/openapi.json"), Map.of("Bad Name", "x"))))
          .isInstanceOf(DocumentException.class)
          .hasMessageContaining(server.url("/openapi.json"))
          .hasMessageContaining("'Bad Name'");
      assertThat(server.requests()).isEmpty();
    }
  }

  // --- helpers -------------------------------------------------------------------------------------------

  private Path withBom(String name, String text) throws IOException {
    Path file = temp.resolve(name);
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Files.write(file, bytes);
    return file;
  }

  private static Path fixtures() {
    try {
      return Path.of(DocumentLoaderTest.class.getResource("/fixtures").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A real local HTTP server on a free port: answers fixed bodies by path (404 otherwise), optionally
   * demands a header (401 without it), and records every request it receives.
   */
  static final class TestServer implements AutoCloseable {

    record Received(String method, String path, Headers headers) {}

    private record Answer(int status, byte[] body) {}

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Map.Entry<String, String> requiredHeader;

    private TestServer(HttpServer server) {
      this.server = server;
      server.createContext("/", this::handle);
      server.start();
    }

    static TestServer start() throws IOException {
      return new TestServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
    }

    String url(String path) {
      return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void serve(String path, int status, String body) {
      answers.put(path, new Answer(status, body.getBytes(StandardCharsets.UTF_8)));
    }

    void serveDirectory(String prefix, Path directory) throws IOException {
      try (var files = Files.walk(directory)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          String relative = directory.relativize(file).toString().replace('\\', '/');
          answers.put(prefix + relative, new Answer(200, Files.readAllBytes(file)));
        }
      }
    }

    void requireHeader(String name, String value) {
      requiredHeader = Map.entry(name, value);
    }

    List<Received> requests() {
      return List.copyOf(received);
    }

    List<String> paths() {
      return received.stream().map(Received::path).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
      String path = exchange.getRequestURI().getPath();
      received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestHeaders()));
      Answer answer = answers.getOrDefault(path, new Answer(404, "{\"detail\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8)));
      Map.Entry<String, String> required = requiredHeader;
      if (required != null && !required.getValue().equals(exchange.getRequestHeaders().getFirst(required.getKey()))) {
        answer = new Answer(401, "{\"detail\":\"Not authenticated\"}".getBytes(StandardCharsets.UTF_8));
      }
      exchange.sendResponseHeaders(answer.status(), answer.body().length);
      try (OutputStream body = exchange.getResponseBody()) {
        body.write(answer.body());
      }
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  @Test
  void yamlLargerThanSnakeYamlsDefaultLimitLoads() throws Exception {
    Path big = temp.resolve("big.yaml");
    StringBuilder yaml = new StringBuilder("openapi: 3.0.3\ninfo: {title: Big, version: '1'}\npaths:\n");
    for (int i = 0; yaml.length() < 4 * 1024 * 1024; i++) {
      yaml.append("  /things").append(i).append(":\n    get:\n      description: '")
          .append("x".repeat(200)).append("'\n      responses: {'200': {description: ok}}\n");
    }
    Files.writeString(big, yaml);
    OpenApiDocument document = DocumentLoader.withDefaults().load(DocumentSource.of(big.toString()));
    assertThat(document.root().path("paths").size()).isGreaterThan(10_000);
  }
}
