package dev.switchboard.view.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.Session;
import dev.switchboard.viewmodel.ActivityTracker;
import dev.switchboard.viewmodel.StatusBarViewModel;
import dev.switchboard.viewmodel.TestApis;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window, headless, over a placeholder for the table tabs. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

  private final PlaceholderTabs tabs = new PlaceholderTabs();
  private final ActivityTracker activity = new ActivityTracker(Platform::runLater);
  private StatusBarViewModel status;
  private MainWindow window;
  private Stage stage;
  private int logOuts;
  private final dev.switchboard.viewmodel.Permissions permissions = new dev.switchboard.viewmodel.Permissions(
      () -> Session.ANONYMOUS);

  @Start
  void start(Stage stage) {
    this.stage = stage;
    status = new StatusBarViewModel("http://127.0.0.1:8123",
        new Session("OAuth2PasswordBearer", Optional.of("agent"), new java.util.LinkedHashSet<>(List.of("calls:read", "calls:write", "users:read")),
            true), activity);
    window = new MainWindow(TestApis.callCenter(TestApis.OAUTH), status, tabs,
        new MainWindow.Commands(() -> logOuts++, () -> { }, () -> { }), permissions);
    Screens.show(stage, window);
  }

  private List<String> tabTitles() {
    return window.tabs().getTabs().stream().map(Tab::getText).toList();
  }

  private void press(FxRobot robot, KeyCode... keys) {
    robot.press(keys);
    robot.release(keys);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void listsResourcesGroupedByTagWithHumanLabels(FxRobot robot) {
    assertThat(robot.lookup("#nav .nav-group").queryAllAs(Label.class)).extracting(Label::getText)
        .containsExactly("Calls", "User admin", "Other");
    assertThat(robot.lookup("#nav .nav-item").queryAllAs(Button.class)).extracting(Node::getId)
        .containsExactly("nav-calls", "nav-recordings", "nav-users", "nav-teams", "nav-settings");
    assertThat(robot.lookup("#nav-users").queryButton().getText()).isEqualTo("Users");
    assertThat(Screens.shown(robot, "#tabs-empty")).isTrue();
  }

  @Test
  void theFilterBoxNarrowsTheListAndEnterOpensTheFirst(FxRobot robot) {
    robot.clickOn("#nav-filter").write("rec");

    assertThat(robot.lookup("#nav .nav-item").queryAllAs(Button.class)).extracting(Node::getId).containsExactly("nav-recordings");
    robot.type(KeyCode.ENTER);
    assertThat(tabTitles()).containsExactly("Recordings");

    robot.eraseText(3).write("zzz");
    assertThat(robot.lookup(".nav-empty").queryAs(Label.class).getText()).isEqualTo("Nothing matches “zzz”.");
  }

  @Test
  void openingAResourceAddsOneTabAndCtrlWClosesIt(FxRobot robot) {
    robot.clickOn("#nav-calls").clickOn("#nav-users").clickOn("#nav-calls");

    assertThat(tabTitles()).containsExactly("Calls", "Users");
    assertThat(window.tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-calls");
    assertThat(robot.lookup("#nav-calls").query().getPseudoClassStates().toString()).contains("current");
    assertThat(Screens.shown(robot, "#tabs-empty")).isFalse();

    press(robot, KeyCode.CONTROL, KeyCode.W);
    assertThat(tabTitles()).containsExactly("Users");
    assertThat(tabs.log).contains("close calls");
  }

  @Test
  void ctrlKJumpsToAResourceByTyping(FxRobot robot) throws IOException {
    robot.clickOn("#nav-calls");
    press(robot, KeyCode.CONTROL, KeyCode.K);
    assertThat(robot.lookup("#jump").tryQuery()).isPresent();
    robot.write("team");
    Screens.shoot(robot, stage, "main-jump");
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#jump").tryQuery()).isEmpty();
    assertThat(tabTitles()).containsExactly("Calls", "Teams");
    assertThat(window.tabs().getSelectionModel().getSelectedItem().getText()).isEqualTo("Teams");
  }

  @Test
  void escapeClosesTheJumpBox(FxRobot robot) {
    press(robot, KeyCode.CONTROL, KeyCode.K);
    robot.type(KeyCode.ESCAPE);
    assertThat(robot.lookup("#jump").tryQuery()).isEmpty();
  }

  @Test
  void shortcutsGoToTheTabInFront(FxRobot robot) {
    robot.clickOn("#nav-calls");
    robot.clickOn("#table-calls");
    press(robot, KeyCode.CONTROL, KeyCode.R);
    press(robot, KeyCode.ALT, KeyCode.RIGHT);
    press(robot, KeyCode.CONTROL, KeyCode.PAGE_DOWN);
    press(robot, KeyCode.ALT, KeyCode.LEFT);
    robot.clickOn("#table-calls");
    press(robot, KeyCode.ENTER);
    press(robot, KeyCode.CONTROL, KeyCode.F);

    assertThat(tabs.log).containsExactly("open calls", "refresh calls", "next calls", "next calls",
        "previous calls", "open-selected calls", "search calls");
    assertThat(robot.lookup("#search-calls").query().isFocused()).isTrue();
  }

  @Test
  void theStatusBarShowsBackendUserScopesAndActivity(FxRobot robot) throws IOException {
    assertThat(robot.lookup("#status-address").queryAs(Label.class).getText()).isEqualTo("http://127.0.0.1:8123");
    assertThat(robot.lookup("#status-user").queryAs(Label.class).getText()).isEqualTo("agent");
    assertThat(robot.lookup("#status-scopes").queryAs(Label.class).getText())
        .isEqualTo("calls:read calls:write users:read");
    assertThat(robot.lookup("#status-activity").query().isVisible()).isFalse();

    CompletableFuture<String> request = new CompletableFuture<>();
    robot.interact(() -> activity.track(request));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#status-activity").query().isVisible()).isTrue();
    assertThat(robot.lookup("#status-activity-text").queryAs(Label.class).getText()).isEqualTo("1 request");

    robot.clickOn("#nav-calls").clickOn("#nav-users");
    Screens.shoot(robot, stage, "main");
    Screens.assertNotClipped(robot, "#status .label");
    Screens.assertNotClipped(robot, "#nav .button");
    Screens.dark(robot, stage, true);
    try {
      Screens.shoot(robot, stage, "main-dark");
    } finally {
      Screens.dark(robot, stage, false);
    }
    robot.interact(() -> request.complete("done"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#status-activity").query().isVisible()).isFalse();
  }

  @Test
  void aRefusalLearnedFromTheServerIsToldOnceOverTheTabsUntilDismissed(FxRobot robot) throws IOException {
    assertThat(robot.lookup("#refusal-banner").query().isVisible()).isFalse();
    robot.interact(() -> permissions.learnRefused("DELETE", "/api/v1/calls/{id}", "Not enough permissions",
        "Deleting Calls records"));
    assertThat(robot.lookup("#refusal-banner").query().isVisible()).isTrue();
    assertThat(robot.lookup("#refusal-text").queryLabeled().getText()).isEqualTo("Deleting Calls records is turned"
        + " off for this session: the server refused it (Not enough permissions). Ask an administrator if you need"
        + " it.");
    Screens.shoot(robot, stage, "main-refusal");
    robot.clickOn("#refusal-close");
    assertThat(robot.lookup("#refusal-banner").query().isVisible()).isFalse();
    robot.interact(() -> permissions.learnRefused("DELETE", "/api/v1/calls/{id}", "Not enough permissions",
        "Deleting Calls records"));
    assertThat(robot.lookup("#refusal-banner").query().isVisible()).as("told once").isFalse();
  }

  @Test
  void unknownScopesAreSaidSo(FxRobot robot) {
    robot.interact(() -> status.sessionProperty().set(new Session("key", Optional.empty(), Set.of(), false)));

    assertThat(robot.lookup("#status-scopes").queryAs(Label.class).getText()).isEqualTo("all permissions unknown");
    assertThat(robot.lookup("#status-user").queryAs(Label.class).getText()).isEqualTo("Logged in");
  }

  @Test
  void theDiagnosticsOpenFromTheStatusBar(FxRobot robot) throws IOException {
    robot.clickOn("#status-diagnostics");

    assertThat(robot.lookup("#diagnostics").tryQuery()).isPresent();
    Screens.shoot(robot, stage, "main-diagnostics");
    robot.clickOn("#diagnostics-close");
    assertThat(robot.lookup("#diagnostics").tryQuery()).isEmpty();
  }

  @Test
  void logOutIsInTheFileMenu(FxRobot robot) {
    robot.clickOn("File").clickOn("Log out");
    assertThat(logOuts).isEqualTo(1);
  }
}
