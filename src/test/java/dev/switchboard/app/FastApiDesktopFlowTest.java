package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.Record;
import dev.switchboard.testing.FastApiServer;
import dev.switchboard.view.table.Screens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.controlsfx.control.CheckComboBox;

/**
 * One flow against the real FastAPI app (Debian's FastAPI, started from /usr/bin/python3): type its bare
 * address, log in (a wrong password first: the server's reason shows and the user name stays), open calls and
 * filter them. Fails under CI=true when FastAPI is missing.
 */
class FastApiDesktopFlowTest {

  @TempDir
  Path temp;

  private final FxRobot robot = new FxRobot();
  private FastApiServer server;
  private Application app;

  @BeforeEach
  void start() throws Exception {
    FastApiServer.requireFastApi();
    Files.createDirectories(temp.resolve("config"));
    server = FastApiServer.start(FastApiServer.callCenterExample(), "/api/v1/openapi.json",
        Map.of("CALLCENTER_DB", temp.resolve("callcenter.db").toString()));
    System.setProperty(ConfigDirectory.PROPERTY, temp.resolve("config").toString());
    FxToolkit.registerPrimaryStage();
    app = FxToolkit.setupApplication(SwitchboardApp.class, "--theme", "light");
    WaitForAsyncUtils.waitForFxEvents();
  }

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
    }
    FxToolkit.cleanupStages();
    System.clearProperty(ConfigDirectory.PROPERTY);
    if (server != null) {
      server.close();
    }
  }

  private void waitUntil(String what, long seconds, BooleanSupplier condition) throws Exception {
    WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
      WaitForAsyncUtils.waitForFxEvents();
      return condition.getAsBoolean();
    });
    assertThat(condition.getAsBoolean()).as(what).isTrue();
  }

  private Stage window() {
    return (Stage) robot.lookup("#shell").query().getScene().getWindow();
  }

  @Test
  void anAgentConnectsToARealFastApiByItsAddressLogsInAndFiltersCalls() throws Exception {
    robot.clickOn("#connect-url").write(server.baseUrl()).type(KeyCode.ENTER);
    waitUntil("the login dialog shows", 30, () -> robot.lookup("#login-username").tryQuery().isPresent());

    robot.clickOn("#login-username").write("agent");
    robot.clickOn("#login-password").write("wrong password");
    robot.clickOn("#login-submit");
    waitUntil("the server's reason shows", 20, () -> !robot.lookup("#login-error").queryAs(Label.class).getText()
        .isEmpty());
    assertThat(robot.lookup("#login-error").queryAs(Label.class).getText()).contains("Incorrect username or password");
    assertThat(robot.lookup("#login-username").queryTextInputControl().getText()).isEqualTo("agent");
    Screens.shoot(robot, window(), "app-fastapi-login-refused");

    robot.clickOn("#login-password").write("switchboard-agent");
    robot.clickOn("#login-submit");
    waitUntil("the main window shows", 30, () -> robot.lookup("#nav-calls").tryQuery().isPresent());
    SteadyClicks.clickOn(robot, "#nav-calls");
    waitUntil("calls show", 30, () -> robot.lookup("#table-calls").tryQuery().isPresent()
        && !robot.lookup("#table-calls").queryTableView().getItems().isEmpty());

    CheckComboBox<?> status = robot.lookup("#filter-calls-status__in").queryAs(CheckComboBox.class);
    robot.interact(() -> status.getCheckModel().check(status.getItems().indexOf("missed")));
    TableView<Record> calls = robot.lookup("#table-calls").queryTableView();
    waitUntil("only missed calls show", 30, () -> !calls.getItems().isEmpty()
        && calls.getItems().stream().allMatch(r -> "missed".equals(r.get("status").orElse(null))));
    assertThat(robot.lookup("#page-info-calls").queryAs(Label.class).getText()).contains("calls");
    assertThat(robot.lookup("#status-user").queryAs(Label.class).getText()).contains("agent");
    Screens.shoot(robot, window(), "app-fastapi-calls");
  }

  @Test
  void anAgentEditsACallsStatusAndNotesOnARealFastApi() throws Exception {
    robot.clickOn("#connect-url").write(server.baseUrl()).type(KeyCode.ENTER);
    waitUntil("the login dialog shows", 30, () -> robot.lookup("#login-username").tryQuery().isPresent());
    robot.clickOn("#login-username").write("agent");
    robot.clickOn("#login-password").write("switchboard-agent");
    robot.clickOn("#login-submit");
    waitUntil("the main window shows", 30, () -> robot.lookup("#nav-calls").tryQuery().isPresent());
    SteadyClicks.clickOn(robot, "#nav-calls");
    waitUntil("calls show", 30, () -> robot.lookup("#table-calls").tryQuery().isPresent()
        && !robot.lookup("#table-calls").queryTableView().getItems().isEmpty());
    TableView<Record> calls = robot.lookup("#table-calls").queryTableView();
    robot.interact(() -> {
      calls.requestFocus();
      calls.getSelectionModel().select(0);
    });
    robot.type(KeyCode.ENTER);
    waitUntil("the call opens", 20, () -> robot.lookup("#edit-calls").tryQuery().isPresent());

    robot.clickOn("#edit-calls");
    waitUntil("its form shows", 20, () -> robot.lookup("#form-calls").tryQuery().isPresent());
    robot.interact(() -> robot.lookup("#field-status").queryAs(javafx.scene.control.ComboBox.class)
        .getSelectionModel().select("completed"));
    robot.interact(() -> robot.lookup("#field-notes").queryAs(javafx.scene.control.TextInputControl.class)
        .setText("Followed up by phone."));
    Screens.shoot(robot, window(), "app-fastapi-form-edit");
    robot.clickOn("#field-notes");
    robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);

    waitUntil("the saved call shows", 20, () -> robot.lookup("#form-calls").tryQuery().isEmpty()
        && robot.lookup("#record-calls-notes").tryQuery().isPresent());
    assertThat(robot.lookup("#record-calls-notes").queryAs(Label.class).getText()).isEqualTo("Followed up by phone.");
    assertThat(robot.lookup("#record-calls-status").queryAs(Label.class).getText()).isEqualTo("Completed");
  }

  @Test
  void aViewerOnARealFastApiSeesOnlyWhatTheirScopesAllowAndWhy() throws Exception {
    robot.clickOn("#connect-url").write(server.baseUrl()).type(KeyCode.ENTER);
    waitUntil("the login dialog shows", 30, () -> robot.lookup("#login-username").tryQuery().isPresent());
    robot.clickOn("#login-username").write("viewer");
    robot.clickOn("#login-password").write("switchboard-viewer");
    robot.clickOn("#login-submit");
    waitUntil("the main window shows", 30, () -> robot.lookup("#nav-calls").tryQuery().isPresent());

    assertThat(robot.lookup("#nav-users").tryQuery()).as("users are hidden from a viewer").isEmpty();
    SteadyClicks.clickOn(robot, "#nav-calls");
    waitUntil("calls show", 30, () -> robot.lookup("#table-calls").tryQuery().isPresent()
        && !robot.lookup("#table-calls").queryTableView().getItems().isEmpty());
    assertThat(robot.lookup("#new-calls").tryQuery().map(javafx.scene.Node::isVisible).orElse(false)).isFalse();
    TableView<Record> calls = robot.lookup("#table-calls").queryTableView();
    robot.interact(() -> {
      calls.requestFocus();
      calls.getSelectionModel().select(0);
    });
    robot.type(KeyCode.ENTER);
    waitUntil("the call opens", 20, () -> robot.lookup("#edit-calls").tryQuery().isPresent());
    assertThat(robot.lookup("#edit-calls").queryButton().isDisabled()).isTrue();
    assertThat(dev.switchboard.view.Allowed.refusal(robot.lookup("#edit-calls").queryButton()))
        .isEqualTo("Needs the calls:write permission");
    Screens.shoot(robot, window(), "app-fastapi-viewer");
  }
}
