package dev.switchboard.http;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.Authentication;
import dev.switchboard.data.Credentials;
import dev.switchboard.data.Session;
import dev.switchboard.model.ApiAccess;
import dev.switchboard.model.SecurityDef;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;

/**
 * Logging in with the document's security schemes, and putting the credentials on every request (as an OkHttp
 * interceptor).
 *
 * <ul>
 *   <li><b>OAuth2 password</b>: a form POST of {@code grant_type=password}, user name, password and the asked
 *       scopes (space-separated) to the scheme's token URL; the {@code access_token} then goes out as {@code
 *       Authorization: Bearer}. Granted scopes come from the response's {@code scope}, else the JWT's {@code
 *       scope}/{@code scopes} claim, else are unknown. A refused login shows the server's {@code detail}
 *       ("Incorrect username or password").
 *   <li><b>Bearer</b>: the pasted token, with scopes read from it when it is a JWT.
 *   <li><b>API key</b>: in the header, query parameter or cookie the scheme names.
 *   <li><b>Basic</b>: {@code Authorization: Basic}.
 * </ul>
 * A 401 on a logged-in session fires the session-expired listeners once; the credentials stay until the next
 * login, and requests that fail meanwhile fail plainly instead of looping.
 */
public final class HttpAuthentication implements Authentication {

  /** What goes on each request for the current session. */
  private record Active(Session session, SecurityDef scheme, String secret, AtomicBoolean expired) {}

  private final ApiAccess api;
  private final AtomicReference<Active> active = new AtomicReference<>();
  private final List<Consumer<Session>> expiryListeners = new CopyOnWriteArrayList<>();
  private Exchanges exchanges;

  HttpAuthentication(ApiAccess api) {
    this.api = api;
  }

  void attach(Exchanges exchanges) {
    this.exchanges = exchanges;
  }

  @Override
  public CompletableFuture<Session> logIn(String schemeName, Credentials credentials) {
    Optional<SecurityDef> found = api.securityScheme(schemeName);
    if (found.isEmpty()) {
      return CompletableFuture.failedFuture(ApiProblem.of(ApiProblem.Kind.UNSUPPORTED, "The API has no security"
          + " scheme named '" + schemeName + "'; it has " + api.security().stream().map(SecurityDef::name).toList()
          + "."));
    }
    SecurityDef scheme = found.get();
    try {
      return switch (scheme.type()) {
        // A token pasted from elsewhere (another client, a script) works for an OAuth2 scheme as well.
        case OAUTH2_PASSWORD -> credentials instanceof Credentials.BearerToken pasted
            ? done(scheme, pasted.token(), Optional.empty(), Optional.empty())
            : passwordLogin(scheme, expect(credentials, Credentials.Password.class, scheme));
        case HTTP_BEARER -> done(scheme, expect(credentials, Credentials.BearerToken.class, scheme).token(),
            Optional.empty(), Optional.empty());
        case API_KEY -> done(scheme, expect(credentials, Credentials.ApiKey.class, scheme).key(), Optional.empty(),
            Optional.empty());
        case HTTP_BASIC -> {
          Credentials.Basic basic = expect(credentials, Credentials.Basic.class, scheme);
          String encoded = Base64.getEncoder().encodeToString(
              (basic.username() + ":" + basic.password()).getBytes(StandardCharsets.UTF_8));
          yield done(scheme, encoded, Optional.of(basic.username()), Optional.empty());
        }
        case UNSUPPORTED -> throw ApiProblem.of(ApiProblem.Kind.UNSUPPORTED, "Logging in with '" + scheme.name()
            + "' (" + scheme.description().orElse("an unsupported scheme") + ") is not supported yet; use a"
            + " pasted token if the API accepts one.");
      };
    } catch (ApiProblem problem) {
      return CompletableFuture.failedFuture(problem);
    }
  }

  private CompletableFuture<Session> passwordLogin(SecurityDef scheme, Credentials.Password password) {
    String tokenUrl = scheme.tokenUrl().orElseThrow(() -> ApiProblem.of(ApiProblem.Kind.UNSUPPORTED,
        "The scheme '" + scheme.name() + "' names no token URL to log in at."));
    HttpUrl url = HttpUrl.parse(tokenUrl);
    if (url == null) {
      url = Optional.ofNullable(api.baseUrl().map(HttpUrl::parse).orElse(null)).map(b -> b.resolve(tokenUrl))
          .orElseThrow(() -> ApiProblem.of(ApiProblem.Kind.UNSUPPORTED, "The token URL '" + tokenUrl + "' of '"
              + scheme.name() + "' is relative and the API's address is unknown; open the API by its URL."));
    }
    FormBody.Builder form = new FormBody.Builder()
        .add("grant_type", "password")
        .add("username", password.username())
        .add("password", password.password());
    if (!password.scopes().isEmpty()) {
      form.add("scope", String.join(" ", password.scopes()));
    }
    Request request = new Request.Builder().url(url).post(form.build()).tag(Login.class, Login.INSTANCE).build();
    Purpose purpose = Purpose.write("log in", "the login", Map.of());
    return Futures.map(exchanges.send(request, purpose), reply -> {
      if (!(reply.body() instanceof Map<?, ?> body) || !(body.get("access_token") instanceof String token)) {
        throw ApiProblem.of(ApiProblem.Kind.BAD_RESPONSE, "The token URL " + tokenUrl + " answered without an"
            + " access_token. Check that the document's tokenUrl points at the login endpoint.");
      }
      Optional<String> scope = body.get("scope") instanceof String s ? Optional.of(s) : Optional.empty();
      return activate(scheme, token, Optional.of(password.username()), scope);
    }).exceptionallyCompose(failure -> {
      // A refused login is the person's mistake, not an expired session: say it in the dialog's words.
      ApiProblem problem = ApiProblem.in(failure).orElse(null);
      if (problem != null && problem.status().isPresent()
          && (problem.status().getAsInt() == 400 || problem.status().getAsInt() == 401)
          && problem.kind() != ApiProblem.Kind.VALIDATION) {
        return CompletableFuture.failedFuture(new ApiProblem(ApiProblem.Kind.UNAUTHORIZED, problem.status(),
            problem.serverMessage().map(m -> "Login refused: " + m + ".").orElse("Login refused: the user name or"
                + " password is wrong."), List.of(), problem.serverMessage(), problem));
      }
      return CompletableFuture.failedFuture(Futures.unwrap(failure));
    });
  }

  private CompletableFuture<Session> done(SecurityDef scheme, String secret, Optional<String> user,
      Optional<String> scope) {
    return CompletableFuture.completedFuture(activate(scheme, secret, user, scope));
  }

  private Session activate(SecurityDef scheme, String secret, Optional<String> user, Optional<String> scope) {
    Optional<java.util.Set<String>> scopes = scope.map(GrantedScopes::fromScopeString)
        .or(() -> GrantedScopes.fromJwt(secret));
    Session session = new Session(scheme.name(), user.or(() -> GrantedScopes.jwtSubject(secret)),
        scopes.orElse(java.util.Set.of()), scopes.isPresent());
    active.set(new Active(session, scheme, secret, new AtomicBoolean()));
    return session;
  }

  private static <T extends Credentials> T expect(Credentials credentials, Class<T> type, SecurityDef scheme) {
    if (!type.isInstance(credentials)) {
      throw ApiProblem.of(ApiProblem.Kind.UNSUPPORTED, "The scheme '" + scheme.name() + "' (" + scheme.type().id()
          + ") needs " + type.getSimpleName() + " credentials, not " + credentials.getClass().getSimpleName() + ".");
    }
    return type.cast(credentials);
  }

  @Override
  public void logOut() {
    active.set(null);
  }

  @Override
  public Session session() {
    Active current = active.get();
    return current == null ? Session.ANONYMOUS : current.session();
  }

  @Override
  public void onSessionExpired(Consumer<Session> listener) {
    expiryListeners.add(listener);
  }

  boolean isLoggedIn() {
    return active.get() != null;
  }

  /** Called on a 401 with credentials: tells the listeners once for this session. */
  void sessionExpired() {
    Active current = active.get();
    if (current != null && current.expired().compareAndSet(false, true)) {
      expiryListeners.forEach(listener -> listener.accept(current.session()));
    }
  }

  /** The secrets to redact from logs: the current token or key. */
  Optional<String> secret() {
    return Optional.ofNullable(active.get()).map(Active::secret);
  }

  /** The query parameter an API key travels in, to redact it from logged URLs. */
  Optional<String> queryKeyParam() {
    return Optional.ofNullable(active.get()).filter(a -> a.scheme().type() == SecurityDef.Type.API_KEY
        && a.scheme().in().filter("query"::equals).isPresent()).flatMap(a -> a.scheme().paramName());
  }

  /** Marks the token request, which must not carry the old credentials. */
  enum Login { INSTANCE }

  /** Puts the current credentials on each request. */
  Interceptor interceptor() {
    return chain -> {
      Request request = chain.request();
      Active current = active.get();
      if (current == null || request.tag(Login.class) != null) {
        return chain.proceed(request);
      }
      return chain.proceed(withCredentials(request, current));
    };
  }

  private static Request withCredentials(Request request, Active current) {
    SecurityDef scheme = current.scheme();
    String secret = current.secret();
    return switch (scheme.type()) {
      case OAUTH2_PASSWORD, HTTP_BEARER -> request.newBuilder().header("Authorization", "Bearer " + secret).build();
      case HTTP_BASIC -> request.newBuilder().header("Authorization", "Basic " + secret).build();
      case API_KEY -> {
        String name = scheme.paramName().orElse("X-API-Key");
        String in = scheme.in().orElse("header");
        yield switch (in) {
          case "query" -> request.newBuilder().url(request.url().newBuilder().setQueryParameter(name, secret).build())
              .build();
          case "cookie" -> request.newBuilder().addHeader("Cookie", name + "=" + secret).build();
          default -> request.newBuilder().header(name, secret).build();
        };
      }
      case UNSUPPORTED -> request;
    };
  }
}
