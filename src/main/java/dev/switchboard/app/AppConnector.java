package dev.switchboard.app;

import dev.switchboard.data.Authentication;
import dev.switchboard.data.RecordClient;
import dev.switchboard.demo.DemoOptions;
import dev.switchboard.demo.DemoServer;
import dev.switchboard.http.HttpBackend;
import dev.switchboard.http.HttpSettings;
import dev.switchboard.model.AdminApi;
import dev.switchboard.openapi.DocumentDiscovery;
import dev.switchboard.openapi.DocumentException;
import dev.switchboard.openapi.DocumentLoader;
import dev.switchboard.viewmodel.ActivityLog;
import dev.switchboard.viewmodel.ActivityTracker;
import dev.switchboard.viewmodel.Connection;
import dev.switchboard.viewmodel.Connector;
import dev.switchboard.viewmodel.GuardedRecordClient;
import dev.switchboard.viewmodel.Permissions;
import dev.switchboard.viewmodel.SessionGuard;
import dev.switchboard.viewmodel.RecordingRecordClient;
import dev.switchboard.viewmodel.TrackedRecordClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;

/**
 * The desktop app's {@link Connector}: finds and reads documents with {@link DocumentDiscovery}, opens backends
 * with {@link HttpBackend}, and starts the embedded demo once, on first use. All of it runs on the app's
 * background executor, never on the JavaFX thread. Every write through a connection it opens is recorded in the
 * activity log, under the backend's address and the user logged in at the time.
 */
final class AppConnector implements Connector, AutoCloseable {

  private final ExecutorService background;
  private final Executor ui;
  private final ActivityTracker activity;
  private final ActivityLog changes;
  private final DemoOptions demoOptions;
  private final HttpSettings settings;
  /** Made on first use, on the background executor: building an HTTP client loads TLS, too slow for the UI. */
  private OkHttpFetcher fetcher;
  private volatile DemoServer demo;

  AppConnector(ExecutorService background, Executor ui, ActivityTracker activity, ActivityLog changes,
      DemoOptions demoOptions,
      HttpSettings settings) {
    this.background = background;
    this.ui = ui;
    this.activity = activity;
    this.changes = changes;
    this.demoOptions = demoOptions;
    this.settings = settings;
  }

  private synchronized OkHttpFetcher fetcher() {
    if (fetcher == null) {
      fetcher = new OkHttpFetcher(new OkHttpClient.Builder().protocols(List.of(Protocol.HTTP_1_1)).build(),
          settings.timeout());
    }
    return fetcher;
  }

  @Override
  public CompletableFuture<AdminApi> readApi(String location) {
    return CompletableFuture.supplyAsync(() -> {
      DocumentLoader loader = new DocumentLoader(() -> DocumentLoader.httpClient(settings.timeout()),
          DocumentLoader.DEFAULT_MAX_BYTES, settings.timeout());
      try {
        return new DocumentDiscovery(loader, fetcher(), settings.timeout()).read(location, settings.headers());
      } catch (DocumentException e) {
        throw new CompletionException(e);
      }
    }, background);
  }

  @Override
  public Connection open(AdminApi api) {
    String base = api.baseUrl().orElseThrow(() -> new IllegalArgumentException("The document names no server to"
        + " send requests to. Open the API by its http(s) address rather than as a file."));
    HttpBackend backend = HttpBackend.open(api, base, settings);
    Permissions permissions = new Permissions(backend.authentication()::session);
    SessionGuard guard = new SessionGuard(ui);
    // Recorded outermost: a save that waited for a new login is one change, recorded once, with its final result.
    RecordClient records = new RecordingRecordClient(new GuardedRecordClient(new TrackedRecordClient(
        backend.records(), activity), permissions, guard, ui), changes, backend.baseUrl(),
        () -> backend.authentication().session().username().orElse(""), Clock.systemUTC());
    return new Connection() {
      @Override
      public Permissions permissions() {
        return permissions;
      }

      @Override
      public SessionGuard sessionGuard() {
        return guard;
      }

      @Override
      public AdminApi api() {
        return api;
      }

      @Override
      public RecordClient records() {
        return records;
      }

      @Override
      public Authentication authentication() {
        return backend.authentication();
      }

      @Override
      public String address() {
        return backend.baseUrl();
      }

      @Override
      public void close() {
        // Closing waits up to two seconds for the connection threads: not on the JavaFX thread.
        background.execute(backend::close);
      }
    };
  }

  @Override
  public CompletableFuture<String> startDemo() {
    return CompletableFuture.supplyAsync(() -> {
      synchronized (this) {
        if (demo == null) {
          try {
            demo = DemoServer.start(demoOptions);
          } catch (IOException e) {
            throw new UncheckedIOException("The demo call center could not start: " + e.getMessage(), e);
          }
        }
        return demo.baseUrl().toString();
      }
    }, background);
  }

  @Override
  public List<DemoAccount> demoAccounts() {
    return DemoServer.accounts().stream()
        .map(a -> new DemoAccount(a.username(), a.password(), a.scopes())).toList();
  }

  /** Stops the demo if it was started; called when the app quits. */
  @Override
  public void close() {
    synchronized (this) {
      if (fetcher != null) {
        fetcher.close();
      }
    }
    DemoServer running = demo;
    if (running != null) {
      running.close();
    }
  }

  static HttpSettings defaultSettings() {
    return HttpSettings.defaults().withTimeout(Duration.ofSeconds(30)).withHeaders(Map.of());
  }
}
