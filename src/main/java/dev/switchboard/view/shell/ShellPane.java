package dev.switchboard.view.shell;

import dev.switchboard.data.Session;
import dev.switchboard.model.SecurityDef;
import dev.switchboard.viewmodel.Connection;
import dev.switchboard.viewmodel.ConnectionProfile;
import dev.switchboard.viewmodel.ConnectionViewModel;
import dev.switchboard.viewmodel.ConnectionViewModel.Phase;
import dev.switchboard.viewmodel.LoginViewModel;
import dev.switchboard.viewmodel.ProfilesViewModel;
import dev.switchboard.viewmodel.SecretStore;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The window's content from start to connected, following {@link ConnectionViewModel#phaseProperty()}: the
 * start screen, then connecting, the login dialog over it when the backend asks who you are, and the main
 * window once connected. The start screen is kept, so what was typed is still there after Back.
 *
 * <p>Secrets: a login to a backend that is (or will be recorded as) a profile may be remembered in the
 * {@link SecretStore}, keyed by the profile's id; the demo's never are.
 */
public final class ShellPane extends StackPane {

  /** Builds the main window of a connected backend; the app plugs its table tabs and activity tracker in here. */
  @FunctionalInterface
  public interface MainWindowFactory {
    /** {@code leave} holds what Log out and Switch user do. */
    Node create(Connection connection, Session session, MainWindow.Leave leave);
  }

  private final ConnectionViewModel connection;
  private final ProfilesViewModel profiles;
  private final SecretStore secrets;
  private final MainWindowFactory mainWindow;
  private final StartPane start;
  private final ConnectingPane connecting;
  private Optional<LoginDialog> login = Optional.empty();

  /** A shell that asks for secrets each time. */
  public ShellPane(ConnectionViewModel connection, ProfilesViewModel profiles, MainWindowFactory mainWindow) {
    this(connection, profiles, SecretStore.NONE, mainWindow);
  }

  public ShellPane(ConnectionViewModel connection, ProfilesViewModel profiles, SecretStore secrets,
      MainWindowFactory mainWindow) {
    this.connection = connection;
    this.profiles = profiles;
    this.secrets = secrets;
    this.mainWindow = mainWindow;
    this.start = new StartPane(connection, profiles);
    this.connecting = new ConnectingPane(connection);
    setId("shell");
    connection.phaseProperty().addListener((obs, old, now) -> show(now));
    connection.loginProperty().addListener((obs, old, form) -> form.ifPresent(this::prefill));
    show(connection.phaseProperty().get());
  }

  public StartPane start() {
    return start;
  }

  private void show(Phase phase) {
    switch (phase) {
      case IDLE -> getChildren().setAll(start);
      case READING, FAILED -> getChildren().setAll(connecting);
      case LOGIN, LOGGING_IN -> showLogin(phase);
      case CONNECTED -> showMain();
    }
  }

  private void showLogin(Phase phase) {
    Optional<LoginViewModel> form = connection.loginProperty().get();
    boolean asking = phase == Phase.LOGIN || login.isPresent();
    if (form.isEmpty() || !asking) {
      getChildren().setAll(connecting); // the demo logs in by itself: only the steps show
      return;
    }
    if (login.isEmpty()) {
      String title = "Log in to " + connection.connectionProperty().get().map(c -> c.api().title()).orElse("the API");
      login = Optional.of(new LoginDialog(form.get(), title, connection::logIn, connection::cancel));
    }
    getChildren().setAll(connecting, login.get());
  }

  private void showMain() {
    login = Optional.empty();
    Connection open = connection.connectionProperty().get().orElseThrow();
    Session session = open.authentication().session();
    if (connection.demoAccountProperty().get().isEmpty()) {
      Optional<LoginViewModel> form = connection.loginProperty().get();
      ConnectionProfile used = profiles.recordUse(connection.targetProperty().get(), open.api().title(),
          form.map(f -> f.schemeProperty().get()).map(SecurityDef::type), session.username());
      form.ifPresent(f -> f.settleSecret(used.id()));
    }
    getChildren().setAll(mainWindow.create(open, session, new MainWindow.Leave(() -> {
      open.authentication().logOut();
      connection.disconnect();
    }, connection::switchUser)));
  }

  /** A saved profile for this address fills in its user name, scheme and (from the store) its secret. */
  private void prefill(LoginViewModel form) {
    login = Optional.empty();
    if (connection.demoAccountProperty().get().isPresent()) {
      return;
    }
    Optional<ConnectionProfile> profile = profiles.forUrl(connection.targetProperty().get());
    profile.flatMap(ConnectionProfile::authMethod).flatMap(type -> form.schemes().stream()
        .filter(s -> s.type() == type).findFirst()).ifPresent(form.schemeProperty()::set);
    profile.flatMap(ConnectionProfile::username).ifPresent(form.usernameProperty()::set);
    form.offerRemembering(secrets, profile.map(ConnectionProfile::id));
  }
}
