package dev.switchboard.app;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.RecordClient;
import dev.switchboard.http.HttpBackend;
import dev.switchboard.http.HttpSettings;
import dev.switchboard.model.ActionDef;
import dev.switchboard.model.AdminApi;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.model.SecurityDef;
import dev.switchboard.openapi.DocumentDiscovery;
import dev.switchboard.openapi.DocumentException;
import dev.switchboard.openapi.DocumentLoader;
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

  static RecordsSession open(String url, RecordsOptions options) throws UsageException {
    options.check();
    Map<String, String> headers = options.headerMap();
    Duration timeout = Duration.ofSeconds(options.timeoutSeconds);
    Optional<RecordsOptions.Login> login = options.login();
    AdminApi api;
    try (OkHttpFetcher fetcher = new OkHttpFetcher(timeout)) {
      DocumentLoader loader = new DocumentLoader(() -> DocumentLoader.httpClient(timeout),
          DocumentLoader.DEFAULT_MAX_BYTES, timeout);
      api = new DocumentDiscovery(loader, fetcher, timeout).read(url, headers);
    } catch (DocumentException e) {
      throw new UsageException(e.getMessage());
    }
    String baseUrl = api.baseUrl().orElseThrow(() -> new UsageException("the document at " + url
        + " names no server to send requests to; give its URL over http(s), not a file."));
    HttpBackend backend;
    try {
      backend = HttpBackend.open(api, baseUrl, HttpSettings.defaults().withTimeout(timeout).withHeaders(headers));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    RecordsSession session = new RecordsSession(api, backend);
    try {
      if (login.isPresent()) {
        session.logIn(login.get());
      }
    } catch (RuntimeException | UsageException e) {
      session.close();
      throw e;
    }
    return session;
  }

  private void logIn(RecordsOptions.Login login) throws UsageException {
    SecurityDef scheme = api.security().stream().filter(s -> login.types().contains(s.type())).findFirst()
        .orElseThrow(() -> new UsageException("the API offers no way to log in with " + login.how() + "; its"
            + " security schemes are " + (api.security().isEmpty() ? "none" : api.security().stream()
                .map(s -> s.name() + " (" + s.type().id() + ")").collect(Collectors.joining(", "))) + "."));
    await(backend.authentication().logIn(scheme.name(), login.credentials().apply(scheme.type())));
  }

  AdminApi api() {
    return api;
  }

  RecordClient records() {
    return backend.records();
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
