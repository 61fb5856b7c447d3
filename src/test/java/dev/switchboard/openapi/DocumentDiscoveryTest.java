package dev.switchboard.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.demo.DemoOptions;
import dev.switchboard.demo.DemoServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the document behind a typed address: the guesses, the docs pages, and the message when all fail. */
class DocumentDiscoveryTest {

  private static final String DOCUMENT = "{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"T\", \"version\": \"1\"},"
      + " \"paths\": {}}";

  private final MockWebServer server = new MockWebServer();
  private final Map<String, MockResponse> routes = new java.util.concurrent.ConcurrentHashMap<>();
  private final List<String> asked = Collections.synchronizedList(new ArrayList<>());
  private final DocumentDiscovery discovery = DocumentDiscovery.withTimeout(Duration.ofSeconds(5));

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        asked.add(request.getTarget());
        return routes.getOrDefault(request.getTarget(),
            new MockResponse.Builder().code(404).body("{\"detail\":\"Not Found\"}").build());
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String base() {
    return "http://127.0.0.1:" + server.getPort();
  }

  private static MockResponse ok(String body, String type) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", type).body(body).build();
  }

  @Test
  void aDocumentUrlIsReadAsIsWithOneRequest() throws Exception {
    routes.put("/spec/v3.json", ok(DOCUMENT, "application/json"));

    DocumentDiscovery.Found found = discovery.discover(base() + "/spec/v3.json", Map.of());

    assertThat(found.location()).isEqualTo(URI.create(base() + "/spec/v3.json"));
    assertThat(found.document().openapiVersion()).isEqualTo("3.1.0");
    assertThat(asked).containsExactly("/spec/v3.json");
  }

  @Test
  void aBaseUrlFindsTheDocumentUnderTheApiPrefix() throws Exception {
    routes.put("/api/v1/openapi.json", ok(DOCUMENT, "application/json"));

    DocumentDiscovery.Found found = discovery.discover(base() + "/", Map.of());

    assertThat(found.location()).isEqualTo(URI.create(base() + "/api/v1/openapi.json"));
    assertThat(asked).containsExactly("/", "/openapi.json", "/api/v1/openapi.json");
  }

  @Test
  void aPathUnderTheOriginIsTriedBelowItselfThenAtTheOrigin() throws Exception {
    routes.put("/openapi.json", ok(DOCUMENT, "application/json"));

    DocumentDiscovery.Found found = discovery.discover(base() + "/admin", Map.of());

    assertThat(found.location()).isEqualTo(URI.create(base() + "/openapi.json"));
    assertThat(asked).containsExactly("/admin", "/admin/openapi.json", "/admin/api/v1/openapi.json", "/openapi.json");
  }

  @Test
  void aSwaggerUiPageNamesTheDocument() throws Exception {
    // FastAPI's get_swagger_ui_html, as it writes the SwaggerUIBundle call.
    routes.put("/docs", ok("""
        <!DOCTYPE html><html><head><title>Call center - Swagger UI</title></head><body>
        <div id="swagger-ui"></div>
        <script>
        const ui = SwaggerUIBundle({
            url: '/internal/spec.json',
        "dom_id": "#swagger-ui",
        "layout": "BaseLayout",
        oauth2RedirectUrl: window.location.origin + '/docs/oauth2-redirect',
        })
        </script></body></html>""", "text/html"));
    routes.put("/internal/spec.json", ok(DOCUMENT, "application/json"));

    DocumentDiscovery.Found found = discovery.discover(base(), Map.of());

    assertThat(found.location()).isEqualTo(URI.create(base() + "/internal/spec.json"));
    assertThat(asked).endsWith("/docs", "/internal/spec.json");
  }

  @Test
  void aQuotedUrlKeyAndAReDocSpecUrlAreReadToo() throws Exception {
    routes.put("/swagger", ok("<html><script>SwaggerUIBundle({\"url\": \"openapi.yaml\", \"dom_id\": \"#x\"})"
        + "</script></html>", "text/html"));
    routes.put("/openapi.yaml", ok("openapi: 3.0.3\ninfo: {title: Y, version: '1'}\npaths: {}\n", "application/yaml"));
    routes.put("/redoc", ok("<html><body><redoc spec-url=\"/specs/redoc.json\"></redoc></body></html>", "text/html"));
    routes.put("/specs/redoc.json", ok(DOCUMENT, "application/json"));

    assertThat(discovery.discover(base() + "/swagger", Map.of()).location())
        .isEqualTo(URI.create(base() + "/openapi.yaml"));
    assertThat(discovery.discover(base() + "/redoc", Map.of()).location())
        .isEqualTo(URI.create(base() + "/specs/redoc.json"));
  }

  @Test
  void whenNothingWorksTheMessageListsEveryUrlAndItsAnswer() {
    routes.put("/", ok("{\"message\": \"hello\"}", "application/json"));
    routes.put("/docs", ok("<html><body>Nothing here</body></html>", "text/html"));

    assertThatThrownBy(() -> discovery.discover(base(), Map.of()))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining(base() + ": 200, not an OpenAPI document")
        .hasMessageContaining(base() + "/openapi.json: 404")
        .hasMessageContaining(base() + "/api/v1/openapi.json: 404")
        .hasMessageContaining(base() + "/docs: an HTML page without a document link")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void aSwagger2DocumentIsRefusedInTheLoadersWordsNotSkipped() {
    routes.put("/swagger.json", ok("{\"swagger\": \"2.0\", \"info\": {}, \"paths\": {}}", "application/json"));

    assertThatThrownBy(() -> discovery.discover(base() + "/swagger.json", Map.of()))
        .hasMessageContaining("Swagger 2.0").hasMessageContaining("Convert it first");
  }

  @Test
  void headersGoWithEveryRequest() throws Exception {
    routes.put("/api/v1/openapi.json", ok(DOCUMENT, "application/json"));

    discovery.discover(base(), Map.of("X-API-KEY", "s3cret"));

    assertThat(server.takeRequest().getHeaders().get("X-API-KEY")).isEqualTo("s3cret");
  }

  @Test
  void aRefusedConnectionStopsAtOnceWithOneSentence() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }

    assertThatThrownBy(() -> discovery.discover("http://127.0.0.1:" + port, Map.of()))
        .isInstanceOf(DocumentException.class)
        .hasMessage("http://127.0.0.1:" + port + ": the connection was refused. Check that the server is running"
            + " and the port is right.");
  }

  @Test
  void aFileIsReadWithoutGuessing(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("api.json"), DOCUMENT);

    DocumentDiscovery.Found found = discovery.discover(file.toString(), Map.of());

    assertThat(found.location()).isEqualTo(file.toUri());
  }

  @Test
  void theDemosBaseUrlFindsItsDocumentAndTheModelResolvesAgainstIt() throws Exception {
    try (DemoServer demo = DemoServer.start(DemoOptions.inMemory())) {
      String base = demo.baseUrl().toString();

      DocumentDiscovery.Found found = discovery.discover(base, Map.of());
      var api = new OpenApiReader().infer(found.document());

      assertThat(found.location()).isEqualTo(demo.openApiUrl());
      assertThat(api.baseUrl()).hasValueSatisfying(url -> assertThat(url).startsWith(base));
      assertThat(api.security().get(0).tokenUrl()).hasValue(base + "/api/v1/auth/token");
      assertThat(api.resource("calls")).isPresent();
    }
  }
}
