package dev.switchboard.http;

import static dev.switchboard.http.TestResources.api;
import static dev.switchboard.http.TestResources.apiKey;
import static dev.switchboard.http.TestResources.await;
import static dev.switchboard.http.TestResources.basic;
import static dev.switchboard.http.TestResources.calls;
import static dev.switchboard.http.TestResources.json;
import static dev.switchboard.http.TestResources.oauth2;
import static dev.switchboard.http.TestResources.problem;
import static dev.switchboard.http.TestResources.taken;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.Credentials;
import dev.switchboard.data.ListQuery;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.model.SecurityDef;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exchange log tells what happened without ever writing a secret. */
class ExchangeLogTest {

  private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.secret-token-value.c2ln";
  private static final String PASSWORD = "hunter2-correct-horse";
  private static final String KEY = "key-4f9a8b7c6d";

  @StartStop
  final MockWebServer server = new MockWebServer();

  private final ResourceDef resource = calls().build();
  /** Every record the exchange log writes, formatted as a log file would show it. */
  private final java.util.List<String> captured = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final java.util.logging.Handler handler = new java.util.logging.Handler() {
    @Override
    public void publish(java.util.logging.LogRecord record) {
      captured.add(new java.util.logging.SimpleFormatter().formatMessage(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private final java.util.logging.Logger logger = java.util.logging.Logger.getLogger(ExchangeLog.class.getName());
  private java.util.logging.Level levelBefore;
  private HttpBackend backend;

  @BeforeEach
  void capture() {
    levelBefore = logger.getLevel();
    logger.setLevel(java.util.logging.Level.FINE);
    handler.setLevel(java.util.logging.Level.ALL);
    logger.addHandler(handler);
  }

  @AfterEach
  void release() {
    logger.removeHandler(handler);
    logger.setLevel(levelBefore);
    if (backend != null) {
      backend.close();
    }
  }

  private void open(SecurityDef scheme) {
    backend = TestResources.open(server, api(List.of(scheme), resource));
  }

  private String log() {
    return String.join("\n", captured);
  }

  private void listOnce() {
    server.enqueue(json("[]"));
    await(backend.records().list(resource, ListQuery.firstPage(1)));
    taken(server);
  }

  @Test
  void theLoginFormsPasswordAndTheTokenNeverReachTheLog() {
    open(oauth2("OAuth2PasswordBearer", server.url("/auth/token").toString()));
    server.enqueue(json("{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"bearer\"}"));
    await(backend.authentication().logIn("OAuth2PasswordBearer",
        new Credentials.Password("ada", PASSWORD, List.of())));
    taken(server);

    listOnce();

    assertThat(log()).contains("--> POST " + server.url("/auth/token"), "username=ada", "password=***",
        "Authorization: ***");
    assertThat(log()).doesNotContain(PASSWORD, TOKEN, "secret-token-value");
  }

  @Test
  void aRefusedLoginsErrorBodyIsLoggedWithoutThePassword() {
    open(oauth2("OAuth2PasswordBearer", server.url("/auth/token").toString()));
    server.enqueue(json(400, "{\"detail\":\"Incorrect username or password\",\"password\":\"" + PASSWORD
        + "\"}"));

    problem(backend.authentication().logIn("OAuth2PasswordBearer",
        new Credentials.Password("ada", PASSWORD, List.of())));

    assertThat(log()).contains("<-- 400 POST", "Incorrect username or password");
    assertThat(log()).doesNotContain(PASSWORD);
  }

  @Test
  void anApiKeyInTheQueryIsRedactedFromTheLoggedUrl() {
    open(apiKey("ApiKeyQuery", "query", "auth"));
    await(backend.authentication().logIn("ApiKeyQuery", new Credentials.ApiKey(KEY)));

    listOnce();

    assertThat(log()).contains("--> GET " + server.url("/calls/") + "?skip=0&limit=1&auth=***");
    assertThat(log()).doesNotContain(KEY);
  }

  @Test
  void anApiKeyInAHeaderOfAnyNameIsRedacted() {
    open(apiKey("ApiKeyHeader", "header", "X-Access"));
    await(backend.authentication().logIn("ApiKeyHeader", new Credentials.ApiKey(KEY)));

    listOnce();

    assertThat(log()).contains("X-Access: ***");
    assertThat(log()).doesNotContain(KEY);
  }

  @Test
  void basicCredentialsAreRedacted() {
    open(basic("HTTPBasic"));
    await(backend.authentication().logIn("HTTPBasic", new Credentials.Basic("ada", PASSWORD)));

    listOnce();

    String encoded = Base64.getEncoder().encodeToString(("ada:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    assertThat(log()).contains("Authorization: ***");
    assertThat(log()).doesNotContain(PASSWORD, encoded);
  }

  @Test
  void aTokenEchoedInAnErrorBodyIsRedacted() {
    open(TestResources.bearer("HTTPBearer"));
    await(backend.authentication().logIn("HTTPBearer", new Credentials.BearerToken(TOKEN)));
    server.enqueue(json(401, "{\"detail\":\"Token " + TOKEN + " has expired\",\"token\":\"" + TOKEN + "\"}"));

    problem(backend.records().list(resource, ListQuery.firstPage(1)));

    assertThat(log()).contains("<-- 401 GET", "has expired");
    assertThat(log()).doesNotContain(TOKEN, "secret-token-value");
  }

  @Test
  void aRequestCancelledForANewerOneIsLoggedAsCancelledNotAsAFailure() throws Exception {
    open(TestResources.bearer("HTTPBearer"));
    await(backend.authentication().logIn("HTTPBearer", new Credentials.BearerToken(TOKEN)));
    server.enqueue(new mockwebserver3.MockResponse.Builder().body("[]")
        .headersDelay(5, java.util.concurrent.TimeUnit.SECONDS).build());
    java.util.concurrent.CompletableFuture<?> request = backend.records().list(resource, ListQuery.firstPage(1));
    taken(server);

    request.cancel(true);

    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
    while (!log().contains("cancelled after") && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(log()).contains("<-- GET " + server.url("/calls/") + "?skip=0&limit=1 cancelled after");
    assertThat(log()).doesNotContain("failed after");
  }
}
