package dev.switchboard.view.shell;

import static dev.switchboard.view.shell.Ui.icon;
import static dev.switchboard.view.shell.Ui.label;

import dev.switchboard.view.Theme;
import dev.switchboard.model.AdminApi;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.viewmodel.LoginViewModel;
import dev.switchboard.viewmodel.NavigatorViewModel;
import dev.switchboard.viewmodel.Permissions;
import dev.switchboard.viewmodel.StatusBarViewModel;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The main window of a connected backend: the menu, the navigator on the left, one tab per open resource, and
 * the status bar. What goes in a tab comes from the app's {@link ResourceTabs}; the menu's commands go to the
 * tab in front through its {@link TabContent}.
 */
public final class MainWindow extends StackPane {

  /**
   * What the window asks of the app: leaving this backend, and leaving Switchboard; what Help > About shows (read
   * when asked, not at start-up) and how a link in it opens in the browser.
   */
  public record Commands(Runnable logOut, Runnable switchUser, Runnable quit, Optional<Runnable> myAccount,
      Supplier<About> about, Consumer<String> openLink) {
    public Commands(Runnable logOut, Runnable switchUser, Runnable quit) {
      this(logOut, switchUser, quit, Optional.empty(), () -> About.running("unknown", List.of()), link -> { });
    }

    public Commands(Leave leave, Runnable quit) {
      this(leave.logOut(), leave.switchUser(), quit);
    }

    /** With My account, for an API that tells who is logged in. */
    public Commands withMyAccount(Runnable open) {
      return new Commands(logOut, switchUser, quit, Optional.of(open), about, openLink);
    }

    /** With the app's own About facts, and the browser for its links. */
    public Commands withAbout(Supplier<About> facts, Consumer<String> browser) {
      return new Commands(logOut, switchUser, quit, myAccount, facts, browser);
    }
  }

  /** Leaving the session: Log out (back to the start) or Switch user (log in again on the same backend). */
  public record Leave(Runnable logOut, Runnable switchUser) {}

  private final AdminApi api;
  private final ResourceTabs factory;
  private final TabPane tabs = new TabPane();
  private final Navigator navigator;
  private final Commands commands;
  private Optional<Overlay> overlay = Optional.empty();

  public MainWindow(AdminApi api, StatusBarViewModel status, ResourceTabs factory, Commands commands) {
    this(api, status, factory, commands, Permissions.everything());
  }

  /** With what the person may do: resources they may not list stay out of the navigator. */
  public MainWindow(AdminApi api, StatusBarViewModel status, ResourceTabs factory, Commands commands,
      Permissions permissions) {
    this.api = api;
    this.factory = factory;
    this.commands = commands;
    setId("main");
    getStyleClass().add("main-window");

    navigator = new Navigator(new NavigatorViewModel(api, permissions), this::open);
    tabs.setId("tabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
    tabs.getStyleClass().add(Theme.DENSE);
    tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
        navigator.markCurrent(Optional.ofNullable(now).map(t -> (String) t.getProperties().get("resource"))));
    Node empty = emptyState();
    empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(tabs.getTabs()));
    StackPane center = new StackPane(empty, tabs);
    center.getStyleClass().add("main-center");
    tabs.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(tabs.getTabs()));

    VBox main = new VBox(new RefusalBanner(permissions.newsProperty()), center);
    VBox.setVgrow(center, javafx.scene.layout.Priority.ALWAYS);
    SplitPane split = new SplitPane(navigator, main);
    split.setId("main-split");
    split.setDividerPositions(0.2);
    SplitPane.setResizableWithParent(navigator, false);
    navigator.setMinWidth(180);
    navigator.setPrefWidth(240);

    BorderPane frame = new BorderPane(split);
    frame.setTop(new MainMenu(this, commands, !api.diagnostics().isEmpty()));
    frame.setBottom(new StatusBar(status, diagnosticsSummary(api), this::showDiagnostics));
    getChildren().add(frame);
    // A menu item takes one accelerator, so the second key of each paging pair is caught here, before the
    // TabPane would take Ctrl+PageUp/PageDown to switch tabs.
    KeyCombination previous = new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN);
    KeyCombination next = new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN);
    addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (previous.match(e) || next.match(e)) {
        e.consume();
        current().ifPresent(previous.match(e) ? TabContent::previousPage : TabContent::nextPage);
      }
    });
  }

  /** Opens the resource's tab, or brings it to the front when it is open already. */
  public void open(ResourceDef resource) {
    closeOverlay();
    for (Tab tab : tabs.getTabs()) {
      if (resource.name().equals(tab.getProperties().get("resource"))) {
        tabs.getSelectionModel().select(tab);
        return;
      }
    }
    TabContent content = factory.open(resource);
    Tab tab = new Tab(resource.label(), content.node());
    tab.setId("tab-" + Ui.idPart(resource.name()));
    tab.getProperties().put("resource", resource.name());
    tab.setUserData(content);
    tab.setOnClosed(e -> content.close());
    tabs.getTabs().add(tab);
    tabs.getSelectionModel().select(tab);
  }

  /**
   * Opens a tab that is not a resource's list (a record's view), or brings it to the front when a tab with
   * this {@code key} is open already.
   */
  public void openTab(String key, String title, TabContent content) {
    closeOverlay();
    for (Tab tab : tabs.getTabs()) {
      if (key.equals(tab.getProperties().get("key"))) {
        tabs.getSelectionModel().select(tab);
        content.close();
        return;
      }
    }
    Tab tab = new Tab(title, content.node());
    tab.setId("tab-" + Ui.idPart(key));
    tab.getProperties().put("key", key);
    tab.setUserData(content);
    tab.setOnCloseRequest(e -> {
      if (!content.mayClose()) {
        e.consume();
      }
    });
    tab.setOnClosed(e -> content.close());
    tabs.getTabs().add(tab);
    tabs.getSelectionModel().select(tab);
  }

  /** Opens the Activity tab (View > Activity log), or brings it to the front. */
  public void showActivity() {
    factory.activity().ifPresent(content -> openTab("activity", "Activity log", content));
  }

  /** Closes the tab opened with {@code key}, without asking (its content decided to go). */
  public void closeTab(String key) {
    tabs.getTabs().stream().filter(t -> key.equals(t.getProperties().get("key"))).findFirst().ifPresent(tab -> {
      tabs.getTabs().remove(tab);
      ((TabContent) tab.getUserData()).close();
    });
  }

  /** Renames the tab opened with {@code key} (a record's title changed). */
  public void retitleTab(String key, String title) {
    tabs.getTabs().stream().filter(t -> key.equals(t.getProperties().get("key"))).findFirst()
        .ifPresent(tab -> tab.setText(title));
  }

  /** Reloads the open table of {@code resourceName}, if any (a record of it was created, changed or deleted). */
  public void refreshResource(String resourceName) {
    tabs.getTabs().stream().filter(t -> resourceName.equals(t.getProperties().get("resource")))
        .forEach(t -> ((TabContent) t.getUserData()).refresh());
  }

  /** The tab pane, for the app and for tests. */
  public TabPane tabs() {
    return tabs;
  }

  /** The content of the tab in front, if any. */
  public Optional<TabContent> current() {
    return Optional.ofNullable(tabs.getSelectionModel().getSelectedItem()).map(t -> (TabContent) t.getUserData());
  }

  /** Ctrl+W; a form with unsaved changes asks first. */
  public void closeCurrentTab() {
    Tab tab = tabs.getSelectionModel().getSelectedItem();
    if (tab != null && ((TabContent) tab.getUserData()).mayClose()) {
      tabs.getTabs().remove(tab);
      ((TabContent) tab.getUserData()).close();
    }
  }

  /** Ctrl+K. */
  public void showQuickOpen() {
    QuickOpen jump = new QuickOpen(api, this::open, this::closeOverlay);
    showOverlay(jump);
    jump.focus();
  }

  /** The list of what could not be understood in the API's document. */
  public void showDiagnostics() {
    Overlay list = new Overlay("diagnostics-card", Pos.CENTER, this::closeOverlay);
    Button close = new Button("Close");
    close.setId("diagnostics-close");
    close.setOnAction(e -> closeOverlay());
    DiagnosticsView table = DiagnosticsView.of(api.diagnostics());
    table.setPrefSize(760, 320);
    list.setContent(label(diagnosticsSummary(api).isEmpty() ? "Everything in the document was understood"
        : diagnosticsSummary(api), "card-title"), table, new HBox(Ui.grow(), close));
    showOverlay(list);
    close.requestFocus();
  }

  /** Help > About Switchboard. */
  public void showAbout() {
    AboutCard about = new AboutCard(commands.about().get(), commands.openLink(), this::closeOverlay);
    showOverlay(about);
    about.lookup("#about-close").requestFocus();
  }

  /** Enter: a focused button or field keeps its own meaning; otherwise the tab opens its selected record. */
  void openSelected() {
    Node focused = getScene() == null ? null : getScene().getFocusOwner();
    if (focused instanceof ButtonBase button) {
      button.fire();
    } else if (!(focused instanceof TextInputControl)) {
      current().ifPresent(TabContent::openSelected);
    }
  }

  /**
   * Asks the person to log in again over everything, keeping every tab as it is: the calls that failed wait
   * behind it. {@code loggedIn} runs once the login succeeded; {@code gaveUp} when the card is closed instead.
   */
  public void askToLogInAgain(LoginViewModel form, Runnable loggedIn, Runnable gaveUp) {
    boolean[] settled = {false};
    Runnable giveUp = () -> {
      if (!settled[0]) {
        settled[0] = true;
        closeOverlay();
        gaveUp.run();
      }
    };
    LoginDialog dialog = new LoginDialog(form, "Your session has expired: log in again to go on", () ->
        form.submit().whenCompleteAsync((session, failure) -> {
          if (failure == null && !settled[0]) {
            settled[0] = true;
            closeOverlay();
            loggedIn.run();
          }
        }, Platform::runLater), giveUp);
    dialog.setId("relogin");
    showOverlay(dialog);
  }

  void onCurrent(Consumer<TabContent> command) {
    current().ifPresent(command);
  }

  private void showOverlay(Overlay next) {
    closeOverlay();
    overlay = Optional.of(next);
    getChildren().add(next);
  }

  private void closeOverlay() {
    overlay.ifPresent(getChildren()::remove);
    overlay = Optional.empty();
  }

  private static Node emptyState() {
    VBox empty = new VBox(8, icon(Feather.LAYOUT, "empty-icon"), label("Nothing open yet", "card-title"),
        label("Pick a resource on the left, or press Ctrl+K to jump to one.", "muted"));
    empty.setId("tabs-empty");
    empty.setAlignment(Pos.CENTER);
    empty.getStyleClass().add("empty-state");
    return empty;
  }

  private static String diagnosticsSummary(AdminApi api) {
    int count = api.diagnostics().size();
    return count == 0 ? "" : count == 1 ? "1 part of the API not understood" : count + " parts of the API not understood";
  }
}
