package dev.switchboard.app;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.RecordClient;
import dev.switchboard.data.Session;
import dev.switchboard.http.HttpBackend;
import dev.switchboard.http.HttpSettings;
import dev.switchboard.http.JsonPage;
import dev.switchboard.model.ActionDef;
import dev.switchboard.model.AdminApi;
import dev.switchboard.model.ApiAccess;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.model.SecurityDef;
import dev.switchboard.openapi.DocumentDiscovery;
import dev.switchboard.openapi.DocumentException;
import dev.switchboard.openapi.DocumentLoader;
import dev.switchboard.openapi.OpenApiDocument;
import dev.switchboard.openapi.OpenApiReader;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * One {@code records} command's connection: the document found behind the typed URL, the model read from it,
 * the HTTP backend at the model's base URL, logged in as the options say.
 */
final class RecordsSession implements AutoCloseable {

  private final AdminApi api;
  private final HttpBackend backend;

  private RecordsSession(AdminApi api, HttpBackend backend) {
    this.api = api;
    this.backend = backend;
  }

  /**
   * Finds and reads the document, then logs in while the resources are inferred: the login needs only the
   * document's security schemes, and a password login waits on the server's password hashing, time the
   * inference can use.
   */
  static RecordsSession open(String url, RecordsOptions options) throws UsageException {
    options.check();
    Map<String, String> headers = options.headerMap();
    Duration timeout = Duration.ofSeconds(options.timeoutSeconds);
    Optional<RecordsOptions.Login> login = options.login();
    CommandHttp http = CommandHttp.forAddress(url);
    OpenApiDocument document;
    try {
      DocumentLoader loader = new DocumentLoader(() -> DocumentLoader.httpClient(timeout),
          DocumentLoader.DEFAULT_MAX_BYTES, timeout);
      document = new DocumentDiscovery(loader, new OkHttpFetcher(http, timeout), timeout).discover(url, headers)
          .document();
    } catch (DocumentException e) {
      http.close();
      throw new UsageException(e.getMessage());
    }
    OpenApiReader reader = new OpenApiReader();
    ApiAccess access = reader.access(document);
    String baseUrl = access.baseUrl().orElseThrow(() -> new UsageException("the document at " + url
        + " names no server to send requests to; give its URL over http(s), not a file."));
    HttpBackend backend;
    try {
      backend = HttpBackend.open(access, baseUrl, HttpSettings.defaults().withTimeout(timeout).withHeaders(headers),
          http.complete());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    try {
      CompletableFuture<Session> loggedIn = login.isPresent() ? logIn(access, backend, login.get())
          : CompletableFuture.completedFuture(Session.ANONYMOUS);
      AdminApi api = reader.infer(document);
      await(loggedIn);
      return new RecordsSession(api, backend);
    } catch (RuntimeException | UsageException e) {
      backend.close();
      throw e;
    }
  }

  private static CompletableFuture<Session> logIn(ApiAccess access, HttpBackend backend, RecordsOptions.Login login)
      throws UsageException {
    SecurityDef scheme = access.security().stream().filter(s -> login.types().contains(s.type())).findFirst()
        .orElseThrow(() -> new UsageException("the API offers no way to log in with " + login.how() + "; its"
            + " security schemes are " + (access.security().isEmpty() ? "none" : access.security().stream()
                .map(s -> s.name() + " (" + s.type().id() + ")").collect(Collectors.joining(", "))) + "."));
    return backend.authentication().logIn(scheme.name(), login.credentials().apply(scheme.type()));
  }

  AdminApi api() {
    return api;
  }

  RecordClient records() {
    return backend.records();
  }

  /** One page of a list with its records as the server's JSON, for printing them as JSON unread. */
  CompletableFuture<JsonPage> listJson(ResourceDef resource, ListQuery query) {
    return backend.listJson(resource, query);
  }

  /** A resource by name or label, case-insensitive. */
  ResourceDef resource(String typed) throws UsageException {
    String wanted = typed.trim();
    for (ResourceDef r : api.resources()) {
      if (r.name().equalsIgnoreCase(wanted)) {
        return r;
      }
    }
    for (ResourceDef r : api.resources()) {
      if (r.label().equalsIgnoreCase(wanted)) {
        return r;
      }
    }
    throw new UsageException("the API has no resource '" + typed + "'. Its resources: " + api.resources().stream()
        .map(r -> r.label().equalsIgnoreCase(r.name()) ? r.name() : r.name() + " (" + r.label() + ")")
        .collect(Collectors.joining(", ")) + ".");
  }

  static ActionDef action(ResourceDef resource, String typed) throws UsageException {
    for (ActionDef a : resource.actions()) {
      if (a.name().equalsIgnoreCase(typed) || a.label().equalsIgnoreCase(typed)
          || a.operationId().filter(typed::equalsIgnoreCase).isPresent()) {
        return a;
      }
    }
    throw new UsageException(resource.name() + " has no action '" + typed + "'. " + (resource.actions().isEmpty()
        ? "It has no actions." : "Its actions: " + resource.actions().stream()
            .map(a -> a.name() + " (" + a.target().id() + ")").collect(Collectors.joining(", ")) + "."));
  }

  /** Waits for a request; its failure comes out as the {@link ApiProblem} it carries. */
  static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      throw ApiProblem.of(ApiProblem.Kind.CANCELLED, "Interrupted.");
    } catch (CancellationException e) {
      throw ApiProblem.of(ApiProblem.Kind.CANCELLED, "The request was cancelled.");
    } catch (ExecutionException e) {
      Optional<ApiProblem> problem = ApiProblem.in(e);
      if (problem.isPresent()) {
        throw problem.get();
      }
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new ApiProblem(ApiProblem.Kind.BAD_RESPONSE, java.util.OptionalInt.empty(),
          "The request failed: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()),
          java.util.List.of(), Optional.empty(), cause);
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  @Override
  public void close() {
    backend.close();
  }
}
