package dev.switchboard.viewmodel;

import dev.switchboard.data.Authentication;
import dev.switchboard.data.RecordClient;
import dev.switchboard.model.AdminApi;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link Connector} without network: reads answer through futures the test completes ({@link #lastRead}),
 * or at once with {@link #answerWith}; the demo "starts" at {@code http://127.0.0.1:8123}.
 */
public final class FakeConnector implements Connector {

  public static final List<DemoAccount> ACCOUNTS = List.of(
      new DemoAccount("admin", "switchboard-admin", List.of("calls:read", "calls:write", "users:read", "users:admin")),
      new DemoAccount("agent", "switchboard-agent", List.of("calls:read", "calls:write", "users:read")),
      new DemoAccount("viewer", "switchboard-viewer", List.of("calls:read")));

  public final List<String> locationsRead = new ArrayList<>();
  public final List<FakeConnection> opened = new ArrayList<>();
  public final FakeAuthentication auth = new FakeAuthentication();
  public CompletableFuture<AdminApi> lastRead;
  public AdminApi answerWith;
  public int demoStarts;

  @Override
  public CompletableFuture<AdminApi> readApi(String location) {
    locationsRead.add(location);
    lastRead = new CompletableFuture<>();
    if (answerWith != null) {
      lastRead.complete(answerWith);
    }
    return lastRead;
  }

  @Override
  public Connection open(AdminApi api) {
    FakeConnection connection = new FakeConnection(api, auth);
    opened.add(connection);
    return connection;
  }

  @Override
  public CompletableFuture<String> startDemo() {
    demoStarts++;
    return CompletableFuture.completedFuture("http://127.0.0.1:8123");
  }

  @Override
  public List<DemoAccount> demoAccounts() {
    return ACCOUNTS;
  }

  /** An open backend over the fake login; it has no records. */
  public static final class FakeConnection implements Connection {
    private final AdminApi api;
    private final Authentication auth;
    private final Permissions permissions;
    private final SessionGuard guard = new SessionGuard(Runnable::run);
    public boolean closed;

    FakeConnection(AdminApi api, Authentication auth) {
      this.api = api;
      this.auth = auth;
      this.permissions = new Permissions(auth::session);
    }

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
      throw new UnsupportedOperationException("records is not implemented");
    }

    @Override
    public Authentication authentication() {
      return auth;
    }

    @Override
    public String address() {
      return api.baseUrl().orElse("http://backend.test");
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
