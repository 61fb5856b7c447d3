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

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.switchboard.data.Credentials;
import dev.switchboard.data.ListQuery;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.model.SecurityDef;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The exchange log tells what happened without ever writing a secret. */
class ExchangeLogTest {

  private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.secret-token-value.c2ln";
  private static final String PASSWORD = "hunter2-correct-horse";
  private static final String KEY = "key-4f9a8b7c6d";

  @StartStop
  final MockWebServer server = new MockWebServer();

  private final ResourceDef resource = calls().build();
  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger(ExchangeLog.class);
  private Level levelBefore;
  private HttpBackend backend;

  @BeforeEach
  void capture() {
    levelBefore = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    captured.start();
    logger.addAppender(captured);
  }

  @AfterEach
  void release() {
    logger.detachAppender(captured);
    logger.setLevel(levelBefore);
    if (backend != null) {
      backend.close();
    }
  }

  private void open(SecurityDef scheme) {
    backend = TestResources.open(server, api(List.of(scheme), resource));
  }

  private String log() {
    return captured.list.stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.joining("\n"));
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
}
