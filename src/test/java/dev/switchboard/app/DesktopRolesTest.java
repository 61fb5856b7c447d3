package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.Record;
import dev.switchboard.view.Allowed;
import dev.switchboard.view.table.Screens;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * What each demo role sees: a viewer reads calls and nothing else (users and teams hidden, Edit greyed saying
 * why), an agent changes calls but only reads users; and a session that expires asks to log in again over the
 * app, after which the save that failed goes through with what was typed.
 */
class DesktopRolesTest {

  @TempDir
  static Path config;

  private final FxRobot robot = new FxRobot();
  private RunningApp app;

  @AfterEach
  void stopTheApp() throws Exception {
    app.stop();
  }

  private void start(String... args) throws Exception {
    app = RunningApp.start(robot, config, args);
  }

  private void waitUntil(String what, BooleanSupplier condition) throws Exception {
    app.waitUntil(what, 30, condition);
  }

  private boolean showing(String query) {
    return app.showing(query);
  }

  private Stage window() {
    return app.windowOf("#shell");
  }

  private TableView<Record> table(String resource) {
    return robot.lookup("#table-" + resource).queryTableView();
  }

  private void openFirstRow(String resource) throws Exception {
    waitUntil("the " + resource + " show", () -> robot.lookup("#table-" + resource).tryQuery().isPresent()
        && !table(resource).getItems().isEmpty());
    robot.interact(() -> {
      table(resource).requestFocus();
      table(resource).getSelectionModel().clearAndSelect(0);
    });
    robot.type(KeyCode.ENTER);
    waitUntil("a record of " + resource + " opens", () -> showing("#record-" + resource));
  }

  @Test
  void aViewerReadsCallsAndSeesWhyTheyMayNotChangeThem() throws Exception {
    start("--demo-in-memory", "--theme", "light");
    robot.clickOn("#demo-account-viewer").clickOn("#open-demo");
    waitUntil("the main window shows", () -> showing("#nav-calls"));

    assertThat(showing("#nav-users")).as("users are hidden").isFalse();
    assertThat(showing("#nav-teams")).as("teams are hidden").isFalse();
    assertThat(robot.lookup("#nav-show-hidden").queryAs(CheckBox.class).getText()).isEqualTo("Show 2 hidden");
    SteadyClicks.clickOn(robot, "#nav-calls");
    waitUntil("the calls show", () -> robot.lookup("#table-calls").tryQuery().isPresent()
        && !table("calls").getItems().isEmpty());
    assertThat(showing("#new-calls")).as("no New for a viewer").isFalse();
    assertThat(showing("#action-close-stale")).isFalse();
    assertThat(robot.lookup((javafx.scene.Node n) -> n instanceof TextInputControl t && t.isVisible()
        && "Agent ID".equals(t.getPromptText())).tryQuery())
        .as("users may not be searched by a viewer: the agent filter takes an id").isPresent();
    Screens.shoot(robot, window(), "app-role-viewer");

    openFirstRow("calls");
    Button edit = robot.lookup("#edit-calls").queryButton();
    assertThat(edit.isDisabled()).isTrue();
    assertThat(Allowed.refusal(edit)).isEqualTo("Needs the calls:write permission");
    assertThat(Allowed.refusal(robot.lookup("#action-transfer").queryButton()))
        .isEqualTo("Needs the calls:write permission");
    robot.type(KeyCode.F2);
    assertThat(showing("#form-calls")).as("F2 does nothing where Edit is greyed").isFalse();
    robot.clickOn("Record");
    javafx.scene.control.Menu recordMenu = robot.lookup("#menu").queryAs(javafx.scene.control.MenuBar.class)
        .getMenus().stream().filter(m -> m.getText().equals("Record")).findFirst().orElseThrow();
    assertThat(recordMenu.getItems()).allSatisfy(item -> assertThat(item.isDisable()).as(item.getText()).isTrue());
    robot.type(KeyCode.ESCAPE);
    Screens.shoot(robot, window(), "app-role-viewer-record");

    SteadyClicks.clickOn(robot, "#nav-show-hidden");
    waitUntil("the hidden resources show, greyed", () -> showing("#nav-users"));
    assertThat(robot.lookup("#nav-users").queryButton().getTooltip().getText())
        .isEqualTo("Hidden: Needs the users:read permission.");
  }

  @Test
  void anAgentChangesCallsButOnlyReadsUsers() throws Exception {
    start("--demo-in-memory", "--theme", "light");
    robot.clickOn("#demo-account-agent").clickOn("#open-demo");
    waitUntil("the main window shows", () -> showing("#nav-calls"));
    assertThat(showing("#nav-show-hidden")).as("nothing hidden from an agent").isFalse();

    SteadyClicks.clickOn(robot, "#nav-calls");
    waitUntil("the calls show", () -> showing("#new-calls"));
    Screens.shoot(robot, window(), "app-role-agent");
    openFirstRow("calls");
    waitUntil("the call's history on the server shows", () -> showing("#record-sub-history")
        && robot.lookup("#record-sub-history .record-history-entry").queryAll().size() >= 1);
    assertThat(robot.lookup("#record-sub-history .record-history-heading").queryAll().stream()
        .map(n -> ((javafx.scene.control.Label) n).getText()).toList())
        .last().asString().contains("Created");
    assertThat(showing("#nav-history")).as("a call's history is not a list of its own").isFalse();
    Screens.shoot(robot, window(), "app-record-server-history");

    SteadyClicks.clickOn(robot, "#nav-users");
    waitUntil("the users show", () -> robot.lookup("#table-users").tryQuery().isPresent()
        && !table("users").getItems().isEmpty());
    assertThat(showing("#new-users")).as("an agent may not create users").isFalse();
    openFirstRow("users");
    assertThat(Allowed.refusal(robot.lookup("#edit-users").queryButton()))
        .isEqualTo("Needs the users:admin permission");
    Screens.shoot(robot, window(), "app-role-agent-user");
  }

  @Test
  void anExpiredSessionAsksToLogInAgainAndTheSaveGoesThroughWithWhatWasTyped() throws Exception {
    // long enough to open a call (which reads its history) before it runs out; then the test waits it out
    start("--demo-in-memory", "--theme", "light", "--demo-token-seconds", "15");
    robot.clickOn("#demo-account-agent").clickOn("#open-demo");
    waitUntil("the main window shows", () -> showing("#nav-calls"));
    long loggedIn = System.nanoTime(); // the token was issued before the window showed
    SteadyClicks.clickOn(robot, "#nav-calls");
    openFirstRow("calls");
    robot.clickOn("#edit-calls");
    waitUntil("the edit form shows", () -> showing("#form-calls"));
    robot.interact(() -> robot.lookup("#field-notes").queryAs(TextInputControl.class).setText("Typed before expiry"));
    Thread.sleep(Math.max(0, 16_000 - (System.nanoTime() - loggedIn) / 1_000_000)); // past the token's life

    robot.clickOn("#save");
    waitUntil("the app asks to log in again", () -> showing("#relogin"));
    assertThat(robot.lookup("#field-notes").queryAs(TextInputControl.class).getText())
        .isEqualTo("Typed before expiry");
    Screens.shoot(robot, window(), "app-session-expired");
    robot.clickOn("#login-submit");

    waitUntil("the save went through", () -> !showing("#relogin") && !showing("#form-dirty"));
    assertThat(robot.lookup("#field-notes").queryAs(TextInputControl.class).getText())
        .as("what the server stored").isEqualTo("Typed before expiry");
    assertThat(robot.lookup("#form-error").queryAs(javafx.scene.control.Label.class).getText()).isEmpty();
    Screens.shoot(robot, window(), "app-session-expired-saved");
  }

  @Test
  void anAdminCreatesAUserWithScopesDeactivatesThemAndResetsTheirPassword() throws Exception {
    start("--demo-in-memory", "--theme", "light");
    robot.clickOn("#demo-account-admin").clickOn("#open-demo");
    waitUntil("the main window shows", () -> showing("#nav-users"));
    SteadyClicks.clickOn(robot, "#nav-users");
    waitUntil("the users show", () -> showing("#new-users"));
    assertThat(showing("#action-me")).as("'who am I' is My account, not a table action").isFalse();
    robot.clickOn("#new-users");
    waitUntil("the new user form shows", () -> showing("#form-users"));
    set("#field-username", "grace.h");
    set("#field-full_name", "Grace Hopper");
    set("#field-email", "grace@example.com");
    robot.clickOn("#field-password").write("Cobol-Compiler-1959");
    robot.clickOn("#field-password-confirm").write("Cobol-Compiler-1959");
    assertThat(robot.lookup("#field-password-strength").queryAs(javafx.scene.control.Label.class).getText())
        .isEqualTo("Strength: strong");
    waitUntil("the default role's permissions are ticked", () -> checked("#field-scopes-calls-read")
        && checked("#field-scopes-calls-write"));
    assertThat(checked("#field-scopes-users-read")).isFalse();
    assertThat(text("#field-hint-role")).isEqualTo("Agent gives calls:read, calls:write.");
    robot.interact(() -> robot.lookup("#field-role").queryAs(javafx.scene.control.ComboBox.class)
        .getSelectionModel().select("supervisor"));
    assertThat(checked("#field-scopes-users-read")).as("a supervisor reads users").isTrue();
    robot.clickOn("#field-scopes-calls-write");
    assertThat(text("#field-hint-role")).isEqualTo("Supervisor gives calls:read, calls:write, users:read."
        + " These permissions differ: without calls:write.");
    Screens.shoot(robot, window(), "app-form-new-user-scopes");
    robot.clickOn("#save");

    waitUntil("the created user opens", () -> showing("#record-users") && !showing("#form-users"));
    assertThat(robot.lookup("#record-title-users").queryAs(javafx.scene.control.Label.class).getText())
        .isEqualTo("Grace Hopper");
    robot.clickOn("#toggle-active-users");
    waitUntil("the deactivation is confirmed first", () -> showing("#confirm-dialog"));
    assertThat(robot.lookup("#confirm-dialog .content").queryAs(javafx.scene.control.Label.class).getText())
        .isEqualTo("Deactivate Grace Hopper? They can no longer log in until activated again.");
    robot.clickOn("Yes");
    waitUntil("the account is off", () -> showing("#record-notice-users") && robot.lookup("#toggle-active-users")
        .queryButton().getText().equals("Activate"));
    assertThat(robot.lookup("#record-notice-users").queryAs(javafx.scene.control.Label.class).getText())
        .isEqualTo("Deactivated Grace Hopper.");
    Screens.shoot(robot, window(), "app-user-deactivated");

    robot.clickOn("#action-reset-password");
    waitUntil("the reset form asks for the new password", () -> showing("#action-dialog-reset-password"));
    robot.clickOn("#field-new_password").write("Fortran-Lisp-42x");
    robot.clickOn("#field-new_password-confirm").write("Fortran-Lisp-42x");
    Screens.shoot(robot, app.windowOf("#action-dialog-reset-password"), "app-action-reset-password");
    robot.clickOn("#action-run");
    waitUntil("the reset is reported", () -> robot.lookup("#record-notice-users").queryAs(
        javafx.scene.control.Label.class).getText().startsWith("Reset Password is done"));

    robot.clickOn("File").clickOn("#menu-my-account");
    waitUntil("the admin's own record opens", () -> robot.lookup("#record-title-users").queryAll().stream()
        .anyMatch(n -> n.isVisible() && ((javafx.scene.control.Label) n).getText().equals("Demo Admin")));
    Screens.shoot(robot, window(), "app-my-account");

    robot.clickOn("#action-me-password");
    waitUntil("the change asks for both passwords", () -> showing("#action-dialog-me-password"));
    assertThat(showing("#field-current_password-confirm")).as("the current password is typed once").isFalse();
    robot.clickOn("#field-current_password").write("not-my-password");
    robot.clickOn("#field-new_password").write("Babbage-Engine-1837");
    robot.clickOn("#field-new_password-confirm").write("Babbage-Engine-1837");
    robot.clickOn("#action-run");
    waitUntil("the wrong current password is refused on its field",
        () -> !text("#field-error-current_password").isEmpty());
    assertThat(text("#field-error-current_password")).isEqualTo("Current password is not correct.");
    Screens.shoot(robot, app.windowOf("#action-dialog-me-password"), "app-my-password-refused");
    robot.interact(() -> robot.lookup("#field-current_password").queryAs(TextInputControl.class)
        .setText("switchboard-admin"));
    robot.clickOn("#action-run");
    waitUntil("the change is reported", () -> !showing("#action-dialog-me-password")
        && robot.lookup("#record-notice-users").queryAll().stream().anyMatch(n -> n.isVisible()
            && ((javafx.scene.control.Label) n).getText().startsWith("Change Own Password is done")));
    Screens.shoot(robot, window(), "app-my-password-changed");
  }

  private boolean checked(String query) {
    return robot.lookup(query).tryQueryAs(javafx.scene.control.CheckBox.class)
        .map(javafx.scene.control.CheckBox::isSelected).orElse(false);
  }

  private String text(String query) {
    return robot.lookup(query).tryQueryAs(javafx.scene.control.Labeled.class)
        .map(javafx.scene.control.Labeled::getText).orElse("");
  }

  private void set(String query, String text) {
    TextInputControl input = robot.lookup(query).queryAs(TextInputControl.class);
    robot.interact(() -> input.setText(text));
  }
}
