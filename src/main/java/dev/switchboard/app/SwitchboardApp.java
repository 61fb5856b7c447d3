package dev.switchboard.app;

import dev.switchboard.data.Session;
import dev.switchboard.demo.DemoOptions;
import dev.switchboard.view.Theme;
import dev.switchboard.view.shell.About;
import dev.switchboard.view.shell.MainWindow;
import dev.switchboard.view.shell.ShellPane;
import dev.switchboard.viewmodel.AccountFields;
import dev.switchboard.viewmodel.ActivityTracker;
import dev.switchboard.viewmodel.Connection;
import dev.switchboard.viewmodel.ConnectionProfile;
import dev.switchboard.viewmodel.ConnectionViewModel;
import dev.switchboard.viewmodel.Debouncer;
import dev.switchboard.viewmodel.LoginViewModel;
import dev.switchboard.viewmodel.ProfilesViewModel;
import dev.switchboard.viewmodel.SessionGuard;
import dev.switchboard.viewmodel.StatusBarViewModel;
import dev.switchboard.view.AppIcon;
import dev.switchboard.view.table.ResourceTablePane;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The desktop app: the start screen (demo or a backend), connecting and logging in, then the main window with
 * a generated table per resource. Wiring only: every piece is built and tested on its own.
 *
 * <p>Threads: the JavaFX thread does UI work only. Disk and network work runs on {@link #background}; answers come
 * back through {@code Platform::runLater}, the one UI executor. {@link #init()} runs before the window exists
 * (on the launcher thread), so the saved profiles and the desktop's colour scheme are read there.
 */
public final class SwitchboardApp extends Application {

  private final ExecutorService background = Executors.newCachedThreadPool(daemon("switchboard-background"));
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("switchboard-timer"));
  private GuiOptions options;
  private FileProfileStore profileStore;
  private KeyringSecretStore secrets;
  private CompletableFuture<Boolean> dark;
  private AppConnector connector;
  private H2ActivityLog changes;
  private ConnectionViewModel connection;
  private boolean openedFirst;
  /** The settings folder: the person's own, or a temporary one for the smoke test (deleted when it ends). */
  private Path settings;
  private StartupReport report;
  /** Work that can wait until the window shows (see FirstFrameGate). */
  private final FirstFrameGate afterFirstFrame = new FirstFrameGate(background);

  @Override
  public void init() {
    options = GuiLine.read(getParameters().getRaw()).orElseGet(() -> SwitchboardCommand.parse(getParameters().getRaw()));
    report = new StartupReport(System.out, options.reportStartup);
    report.mark("init");
    settings = options.smokeTest ? temporarySettings() : ConfigDirectory.current();
    profileStore = FileProfileStore.open(settings.resolve("profiles.json"), background);
    secrets = new KeyringSecretStore(afterFirstFrame); // opens the keyring in the background once the window shows
    // asking the desktop runs a command: it runs while the window is built, and is waited for just before styling
    dark = switch (options.theme) {
      case DARK -> CompletableFuture.completedFuture(true);
      case LIGHT -> CompletableFuture.completedFuture(false);
      case SYSTEM -> CompletableFuture.supplyAsync(OsColorScheme::prefersDark, background);
    };
  }

  @Override
  public void start(Stage stage) {
    report.mark("start");
    ActivityTracker activity = new ActivityTracker(Platform::runLater);
    // one thread: the log's statements run in order, and the file opens on it, not on the JavaFX thread
    // the smoke test keeps everything in its temporary folder; the app keeps its log among the person's data
    changes = H2ActivityLog.inFolder(options.smokeTest ? settings : UserDataDirectory.current(),
        Executors.newSingleThreadExecutor(daemon("switchboard-activity")));
    CsvActivityExport export = new CsvActivityExport(background, ZoneId.systemDefault());
    DemoOptions demo = (options.demoInMemory() ? DemoOptions.inMemory() : DemoOptions.defaults()).withPort(0);
    if (options.demoTokenSeconds != null) {
      demo = demo.withTokenLifetime(java.time.Duration.ofSeconds(options.demoTokenSeconds));
    }
    connector = new AppConnector(background, Platform::runLater, activity, changes, demo,
        AppConnector.defaultSettings());
    connection = new ConnectionViewModel(connector, Platform::runLater);
    ProfilesViewModel profiles = new ProfilesViewModel(profileStore, secrets, Clock.systemDefaultZone());
    Debouncer.Scheduler scheduler = Debouncer.Scheduler.of(timer, Platform::runLater);

    TableSetups tables = new TableSetups(settings.resolve("tables"), background);
    // While the document is read and the person logs in, the profile's table setups are read from disk.
    connection.phaseProperty().addListener((obs, old, phase) -> {
      if (phase == ConnectionViewModel.Phase.LOGIN || phase == ConnectionViewModel.Phase.LOGGING_IN) {
        tables.prepare(profileKey(profiles));
      }
    });
    ShellPane shell = new ShellPane(connection, profiles, secrets, (open, session, leave) -> {
      TableTabs tabs = new TableTabs(open, Platform::runLater, scheduler, tables.forProfile(profileKey(profiles)),
          uri -> getHostServices().showDocument(uri), question -> ConfirmDialog.ask(stage, question), changes,
          export);
      MainWindow window = new MainWindow(open.api(), new StatusBarViewModel(open.address(), session, activity), tabs,
          AccountFields.currentUser(open.api()).map(me -> commands(leave).withMyAccount(() -> tabs.openMyAccount(me)))
              .orElseGet(() -> commands(leave)), open.permissions());
      tabs.attach(window);
      openFirst(open, window);
      SessionGuard guard = open.sessionGuard();
      guard.setAskToLogIn(() -> window.askToLogInAgain(loginAgain(open, session), guard::loggedInAgain,
          guard::gaveUp));
      return window;
    });

    Scene scene = new Scene(shell, 1280, 800);
    Theme.apply(scene, dark.join());
    stage.setTitle("Switchboard");
    stage.setMinWidth(900);
    stage.setMinHeight(560);
    stage.setScene(scene);
    watchStartup(scene, stage);
    report.mark("scene");
    stage.show();
    report.mark("shown");
    // the window's icons can wait for the first frame: they are read on the background executor
    background.execute(() -> {
      List<Image> icons = AppIcon.windowIcons();
      Platform.runLater(() -> stage.getIcons().setAll(icons));
    });
    // --demo and --connect begin once the first frame is out: on two cores the demo's seeding (or a document
    // being read) would otherwise take the CPU the window needs to show (measured: first frame ~0.2 s later)
    OnFirstFrame.when(scene, stage::isShowing, () -> Platform.runLater(() -> startFromOptions(profiles)));
  }

  /** The moments --report-startup prints, and the end of --smoke-test: the first frame, then the table's rows. */
  private void watchStartup(Scene scene, Stage stage) {
    OnFirstFrame.when(scene, stage::isShowing, () -> {
      report.mark("first-frame");
      afterFirstFrame.open();
    });
    options.open().ifPresent(resource -> {
      SmokeTest smoke = options.smokeTest ? new SmokeTest(System.out, System.err) : null;
      if (smoke != null) {
        smoke.start(timer, resource, () -> String.valueOf(connection.phaseProperty().get()));
      }
      OnFirstFrame.when(scene, () -> rowsShown(scene, resource) > 0, () -> {
        report.mark("table-visible");
        if (smoke != null) {
          smoke.rowsShown(resource, rowsShown(scene, resource));
        }
      });
    });
  }

  /** How many rows the resource's table shows, once it holds its whole first page; 0 before. */
  private static int rowsShown(Scene scene, String resource) {
    return scene.lookup("#table-pane-" + resource) instanceof ResourceTablePane pane && pane.showsAllRows()
        ? pane.table().getItems().size() : 0;
  }

  /** {@code --open}: the named resource's table, once, after the first login. */
  private void openFirst(Connection open, MainWindow window) {
    if (openedFirst) {
      return;
    }
    openedFirst = true;
    options.open().ifPresent(name -> open.api().resources().stream()
        .filter(r -> r.name().equalsIgnoreCase(name) || r.label().equalsIgnoreCase(name)).findFirst()
        .ifPresentOrElse(resource -> Platform.runLater(() -> window.open(resource)),
            () -> System.err.println("switchboard: --open " + name + ": this backend has no such resource; it has "
                + open.api().resources().stream().map(r -> r.name()).toList() + ".")));
  }

  private static Path temporarySettings() {
    try {
      return Files.createTempDirectory("switchboard-smoke-test");
    } catch (IOException e) {
      throw new UncheckedIOException("--smoke-test could not make a temporary settings folder in "
          + System.getProperty("java.io.tmpdir") + ": " + e.getMessage() + ". Set TMPDIR to a writable folder.", e);
    }
  }

  private MainWindow.Commands commands(MainWindow.Leave leave) {
    return new MainWindow.Commands(leave, Platform::exit).withAbout(
        () -> About.running(VersionProvider.version(), BundledLibraries.read()), getHostServices()::showDocument);
  }

  /** The login form to log in again as the same person, with the same scheme; a demo account's password too. */
  private LoginViewModel loginAgain(Connection open, Session session) {
    LoginViewModel form = new LoginViewModel(open.api(), open.authentication(), Platform::runLater);
    form.schemes().stream().filter(s -> s.name().equals(session.scheme())).findFirst()
        .ifPresent(form.schemeProperty()::set);
    session.username().ifPresent(form.usernameProperty()::set);
    connection.demoAccountProperty().get().filter(a -> session.username().filter(a.username()::equals).isPresent())
        .ifPresent(account -> form.passwordProperty().set(account.password()));
    return form;
  }

  /** Whose table setups a connection uses: its saved profile's, the demo's, or those of unsaved connections. */
  private String profileKey(ProfilesViewModel profiles) {
    return profiles.forUrl(connection.targetProperty().get()).map(ConnectionProfile::id)
        .orElseGet(() -> connection.demoAccountProperty().get().map(a -> "demo").orElse("unsaved"));
  }

  /** {@code --demo} and {@code --connect} skip the start screen. */
  private void startFromOptions(ProfilesViewModel profiles) {
    options.demo().ifPresent(role -> connection.demoAccounts().stream()
        .filter(a -> a.username().equals(role.toLowerCase(Locale.ROOT))).findFirst()
        .ifPresent(connection::openDemo));
    options.connect().ifPresent(target -> {
      Optional<ConnectionProfile> profile = profiles.profiles().stream()
          .filter(p -> p.name().equalsIgnoreCase(target)).findFirst();
      connection.connect(profile.map(ConnectionProfile::url).orElse(target));
    });
    connection.loginProperty().addListener((obs, old, form) -> form.ifPresent(login -> {
      options.user().ifPresent(login.usernameProperty()::set);
      options.password().ifPresent(password -> {
        login.passwordProperty().set(password);
        Platform.runLater(connection::logIn);
      });
    }));
  }

  @Override
  public void stop() {
    if (connection != null) {
      connection.disconnect();
    }
    if (connector != null) {
      connector.close();
    }
    if (secrets != null) {
      secrets.close();
    }
    if (changes != null) {
      changes.close();
    }
    if (options != null && options.smokeTest) {
      TemporaryFolder.deleteQuietly(settings);
    }
    timer.shutdownNow();
    background.shutdown();
  }

  private static ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
