package dev.switchboard.view.shell;

import dev.switchboard.model.SecurityDef;
import dev.switchboard.viewmodel.ActivityTracker;
import dev.switchboard.viewmodel.ConnectionProfile;
import dev.switchboard.viewmodel.ConnectionViewModel;
import dev.switchboard.viewmodel.FakeConnector;
import dev.switchboard.viewmodel.InMemoryProfileStore;
import dev.switchboard.viewmodel.InMemorySecretStore;
import dev.switchboard.viewmodel.ProfilesViewModel;
import dev.switchboard.viewmodel.StatusBarViewModel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The window from start to connected over fakes: a connector whose reads the test answers, two saved profiles,
 * and a keyring in memory (available; set {@code secrets.available = false} for a machine without one).
 */
final class ShellFixture {

  static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
  static final ConnectionProfile STAGING = new ConnectionProfile("p1", "Staging call center",
      "https://staging.callcenter.example/api/v1/openapi.json", Optional.of(SecurityDef.Type.OAUTH2_PASSWORD),
      Optional.of("ana"), NOW.minusSeconds(3600));
  static final ConnectionProfile LOCAL = new ConnectionProfile("p2", "Local FastAPI", "http://localhost:8000",
      Optional.empty(), Optional.empty(), NOW.minusSeconds(86_400 * 3));

  final FakeConnector connector = new FakeConnector();
  final InMemoryProfileStore store = new InMemoryProfileStore(STAGING, LOCAL);
  final InMemorySecretStore secrets = new InMemorySecretStore();
  final ProfilesViewModel profiles = new ProfilesViewModel(store, secrets, Clock.fixed(NOW, ZoneOffset.UTC));
  final ConnectionViewModel connection = new ConnectionViewModel(connector, Platform::runLater);
  final PlaceholderTabs tabs = new PlaceholderTabs();
  final ActivityTracker activity = new ActivityTracker(Platform::runLater);
  int mainWindows;
  ShellPane shell;

  void start(Stage stage) {
    shell = new ShellPane(connection, profiles, secrets, (open, session, leave) -> {
      mainWindows++;
      return new MainWindow(open.api(), new StatusBarViewModel(open.address(), session, activity), tabs,
          new MainWindow.Commands(leave, () -> { }));
    });
    Screens.show(stage, shell);
  }
}
