package dev.switchboard.http;

import static dev.switchboard.http.TestResources.api;
import static dev.switchboard.http.TestResources.apiKey;
import static dev.switchboard.http.TestResources.await;
import static dev.switchboard.http.TestResources.basic;
import static dev.switchboard.http.TestResources.bearer;
import static dev.switchboard.http.TestResources.body;
import static dev.switchboard.http.TestResources.calls;
import static dev.switchboard.http.TestResources.json;
import static dev.switchboard.http.TestResources.oauth2;
import static dev.switchboard.http.TestResources.problem;
import static dev.switchboard.http.TestResources.taken;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.Credentials;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Session;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.model.SecurityDef;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Logging in with each scheme, the credentials on later requests, and what a 401 means. */
class AuthenticationTest {

  private static final String PASSWORD_SCHEME = "OAuth2PasswordBearer";

  @StartStop
  final MockWebServer server = new MockWebServer();

  private final ResourceDef resource = calls().build();
  private HttpBackend backend;

  @AfterEach
  void close() {
    backend.close();
  }

  private HttpBackend open(SecurityDef scheme) {
    backend = TestResources.open(server, api(List.of(scheme), resource));
    return backend;
  }

  private HttpBackend openWithPasswordLogin() {
    return open(oauth2(PASSWORD_SCHEME, server.url("/auth/token").toString()));
  }

  /** A JWT (unsigned: only its claims are read) whose payload is {@code claims}. */
  private static String jwt(String claims) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
  }

  private RecordedRequest listAndTake() {
    server.enqueue(json("[]"));
    await(backend.records().list(resource, ListQuery.firstPage(1)));
    return taken(server);
  }

  // ---- OAuth2 password ----

  @Test
  void passwordLoginPostsTheFormToTheTokenUrl() {
    openWithPasswordLogin();
    server.enqueue(json("{\"access_token\":\"t0k3n-abc\",\"token_type\":\"bearer\"}"));

    await(backend.authentication().logIn(PASSWORD_SCHEME,
        new Credentials.Password("ada", "s3cret & more", List.of("calls:read", "calls:write"))));

    RecordedRequest login = taken(server);
    assertThat(login.getMethod()).isEqualTo("POST");
    assertThat(login.getTarget()).isEqualTo("/auth/token");
    assertThat(login.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(body(login)).isEqualTo("grant_type=password&username=ada&password=s3cret+%26+more"
        + "&scope=calls%3Aread+calls%3Awrite");
    assertThat(login.getHeaders().get("Authorization")).isNull();
  }

  @Test
  void passwordLoginWithoutScopesSendsNoScope() {
    openWithPasswordLogin();
    server.enqueue(json("{\"access_token\":\"t0k3n-abc\"}"));

    await(backend.authentication().logIn(PASSWORD_SCHEME, new Credentials.Password("ada", "pw", List.of())));

    assertThat(body(taken(server))).isEqualTo("grant_type=password&username=ada&password=pw");
  }

  @Test
  void theTokenGoesAsABearerHeaderOnLaterRequests() {
    openWithPasswordLogin();
    server.enqueue(json("{\"access_token\":\"t0k3n-abc\",\"token_type\":\"bearer\"}"));
    await(backend.authentication().logIn(PASSWORD_SCHEME, new Credentials.Password("ada", "pw", List.of())));
    taken(server);

    assertThat(listAndTake().getHeaders().get("Authorization")).isEqualTo("Bearer t0k3n-abc");
  }

  @Test
  void grantedScopesComeFromTheTokenResponsesScope() {
    openWithPasswordLogin();
    server.enqueue(json("{\"access_token\":\"" + jwt("{\"sub\":\"ada\",\"scopes\":[\"other\"]}")
        + "\",\"scope\":\"calls:read  users:read\"}"));

    Session session = await(backend.authentication().logIn(PASSWORD_SCHEME,
        new Credentials.Password("ada", "pw", List.of())));

    assertThat(session.scheme()).isEqualTo(PASSWORD_SCHEME);
    assertThat(session.username()).contains("ada");
    assertThat(session.scopesKnown()).isTrue();
    assertThat(session.grantedScopes()).containsExactly("calls:read", "users:read");
    assertThat(backend.authentication().session()).isEqualTo(session);
  }

  @Test
  void grantedScopesComeFromTheJwtsScopeClaimWhenTheResponseHasNone() {
    openWithPasswordLogin();
    server.enqueue(json("{\"access_token\":\"" + jwt("{\"sub\":\"ada\",\"scope\":\"calls:read calls:write\"}")
        + "\"}"));

    Session session = await(backend.authentication().logIn(PASSWORD_SCHEME,
        new Credentials.Password("ada", "pw", List.of())));

    assertThat(session.grantedScopes()).containsExactly("calls:read", "calls:write");
  }

  @Test
  void grantedScopesComeFromTheJwtsScopesListClaim() {
    openWithPasswordLogin();
    server.enqueue(json("{\"access_token\":\"" + jwt("{\"sub\":\"ada\",\"scopes\":[\"me\",\"calls:read\"]}")
        + "\"}"));

    Session session = await(backend.authentication().logIn(PASSWORD_SCHEME,
        new Credentials.Password("ada", "pw", List.of())));

    assertThat(session.grantedScopes()).containsExactly("me", "calls:read");
  }

  @Test
  void scopesAreUnknownWhenNeitherTheResponseNorTheTokenSays() {
    openWithPasswordLogin();
    server.enqueue(json("{\"access_token\":\"opaque-token\"}"));

    Session session = await(backend.authentication().logIn(PASSWORD_SCHEME,
        new Credentials.Password("ada", "pw", List.of())));

    assertThat(session.scopesKnown()).isFalse();
    assertThat(session.grantedScopes()).isEmpty();
  }

  @Test
  void aRefusedLoginIsUnauthorizedWithTheServersReason() {
    openWithPasswordLogin();
    server.enqueue(json(401, "{\"detail\":\"Incorrect username or password\"}"));

    ApiProblem problem = problem(backend.authentication().logIn(PASSWORD_SCHEME,
        new Credentials.Password("ada", "wrong", List.of())));

    assertThat(problem.kind()).isEqualTo(ApiProblem.Kind.UNAUTHORIZED);
    assertThat(problem.getMessage()).isEqualTo("Login refused: Incorrect username or password.");
    assertThat(backend.authentication().session().isAnonymous()).isTrue();
  }

  @Test
  void aTokenResponseWithoutAnAccessTokenIsABadResponse() {
    openWithPasswordLogin();
    server.enqueue(json("{\"token\":\"x\"}"));

    ApiProblem problem = problem(backend.authentication().logIn(PASSWORD_SCHEME,
        new Credentials.Password("ada", "pw", List.of())));

    assertThat(problem.kind()).isEqualTo(ApiProblem.Kind.BAD_RESPONSE);
    assertThat(problem.getMessage()).contains("without an access_token");
  }

  @Test
  void aPastedBearerTokenWorksForAnOAuth2SchemeWithoutALogin() {
    openWithPasswordLogin();

    Session session = await(backend.authentication().logIn(PASSWORD_SCHEME,
        new Credentials.BearerToken(jwt("{\"sub\":\"ada\",\"scope\":\"calls:read\"}"))));

    assertThat(session.username()).contains("ada");
    assertThat(session.grantedScopes()).containsExactly("calls:read");
    assertThat(listAndTake().getHeaders().get("Authorization")).startsWith("Bearer eyJ");
    assertThat(server.getRequestCount()).as("no token request").isEqualTo(1);
  }

  @Test
  void anUnknownSchemeIsUnsupported() {
    openWithPasswordLogin();

    ApiProblem problem = problem(backend.authentication().logIn("apiKey", new Credentials.ApiKey("k")));

    assertThat(problem.kind()).isEqualTo(ApiProblem.Kind.UNSUPPORTED);
    assertThat(problem.getMessage()).contains("'apiKey'", PASSWORD_SCHEME);
  }

  // ---- other schemes ----

  @Test
  void aBearerSchemeSendsThePastedToken() {
    open(bearer("HTTPBearer"));
    await(backend.authentication().logIn("HTTPBearer", new Credentials.BearerToken("pasted-token-123")));

    assertThat(listAndTake().getHeaders().get("Authorization")).isEqualTo("Bearer pasted-token-123");
  }

  @Test
  void anApiKeyInAHeaderGoesInThatHeader() {
    open(apiKey("ApiKeyHeader", "header", "X-Switchboard-Key"));
    await(backend.authentication().logIn("ApiKeyHeader", new Credentials.ApiKey("key-123456")));

    assertThat(listAndTake().getHeaders().get("X-Switchboard-Key")).isEqualTo("key-123456");
  }

  @Test
  void anApiKeyInTheQueryGoesAsThatParameter() {
    open(apiKey("ApiKeyQuery", "query", "api_key"));
    await(backend.authentication().logIn("ApiKeyQuery", new Credentials.ApiKey("key-123456")));

    assertThat(listAndTake().getTarget()).isEqualTo("/calls/?skip=0&limit=1&api_key=key-123456");
  }

  @Test
  void anApiKeyInACookieGoesAsThatCookie() {
    open(apiKey("ApiKeyCookie", "cookie", "session_key"));
    await(backend.authentication().logIn("ApiKeyCookie", new Credentials.ApiKey("key-123456")));

    assertThat(listAndTake().getHeaders().get("Cookie")).isEqualTo("session_key=key-123456");
  }

  @Test
  void basicSendsTheUserAndPasswordEncoded() {
    open(basic("HTTPBasic"));
    Session session = await(backend.authentication().logIn("HTTPBasic", new Credentials.Basic("ada", "pw:1")));

    assertThat(session.username()).contains("ada");
    assertThat(listAndTake().getHeaders().get("Authorization")).isEqualTo("Basic "
        + Base64.getEncoder().encodeToString("ada:pw:1".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void credentialsOfTheWrongKindAreUnsupported() {
    open(basic("HTTPBasic"));

    ApiProblem problem = problem(backend.authentication().logIn("HTTPBasic", new Credentials.ApiKey("k")));

    assertThat(problem.kind()).isEqualTo(ApiProblem.Kind.UNSUPPORTED);
    assertThat(problem.getMessage()).contains("needs Basic credentials, not ApiKey");
  }

  @Test
  void logOutStopsSendingTheCredentials() {
    open(bearer("HTTPBearer"));
    await(backend.authentication().logIn("HTTPBearer", new Credentials.BearerToken("pasted-token-123")));
    backend.authentication().logOut();

    assertThat(listAndTake().getHeaders().get("Authorization")).isNull();
    assertThat(backend.authentication().session()).isEqualTo(Session.ANONYMOUS);
  }

  // ---- 401 ----

  @Test
  void a401BeforeLoggingInIsUnauthorized() {
    open(bearer("HTTPBearer"));
    server.enqueue(json(401, "{\"detail\":\"Not authenticated\"}"));

    ApiProblem problem = problem(backend.records().list(resource, ListQuery.firstPage()));

    assertThat(problem.kind()).isEqualTo(ApiProblem.Kind.UNAUTHORIZED);
    assertThat(problem.getMessage()).isEqualTo("Not logged in, or the credentials were not accepted. The server"
        + " said: \"Not authenticated\". Log in with an account that may load the Calls list.");
  }

  @Test
  void a401OnALoggedInSessionIsSessionExpiredAndFiresTheEventOnceForSeveralRequests() {
    open(bearer("HTTPBearer"));
    List<Session> expired = new ArrayList<>();
    backend.authentication().onSessionExpired(expired::add);
    Session session = await(backend.authentication().logIn("HTTPBearer",
        new Credentials.BearerToken("old-token-123")));
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(401, "{\"detail\":\"Token expired\"}"));
    }

    List<CompletableFuture<?>> requests = List.of(
        backend.records().list(resource, ListQuery.firstPage()),
        backend.records().get(resource, "1"),
        backend.records().get(resource, "2"));

    for (CompletableFuture<?> request : requests) {
      ApiProblem problem = problem(request);
      assertThat(problem.kind()).isEqualTo(ApiProblem.Kind.SESSION_EXPIRED);
      assertThat(problem.getMessage()).startsWith("Your session has ended.");
    }
    assertThat(expired).containsExactly(session);
  }

  @Test
  void aNewLoginAfterExpiryCanExpireAgain() {
    open(bearer("HTTPBearer"));
    List<Session> expired = new ArrayList<>();
    backend.authentication().onSessionExpired(expired::add);
    await(backend.authentication().logIn("HTTPBearer", new Credentials.BearerToken("old-token-123")));
    server.enqueue(json(401, "{}"));
    problem(backend.records().get(resource, "1"));
    await(backend.authentication().logIn("HTTPBearer", new Credentials.BearerToken("new-token-456")));
    server.enqueue(json(401, "{}"));

    problem(backend.records().get(resource, "1"));

    assertThat(expired).hasSize(2);
  }

  @Test
  void aRefusedLoginWhileLoggedInDoesNotEndTheCurrentSession() {
    openWithPasswordLogin();
    List<Session> expired = new ArrayList<>();
    backend.authentication().onSessionExpired(expired::add);
    server.enqueue(json("{\"access_token\":\"first-token\"}"));
    await(backend.authentication().logIn(PASSWORD_SCHEME, new Credentials.Password("ada", "pw", List.of())));
    server.enqueue(json(401, "{\"detail\":\"Incorrect username or password\"}"));

    ApiProblem problem = problem(backend.authentication().logIn(PASSWORD_SCHEME,
        new Credentials.Password("grace", "wrong", List.of())));

    assertThat(problem.kind()).isEqualTo(ApiProblem.Kind.UNAUTHORIZED);
    assertThat(expired).as("a wrong password for another login is not the session expiring").isEmpty();
    assertThat(backend.authentication().session().username()).contains("ada");
  }
}
