package dev.switchboard.view.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.viewmodel.ConnectionViewModel.Phase;
import dev.switchboard.viewmodel.TestApis;
import java.io.IOException;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Connecting, headless: the steps with their state, a failure said plainly, Back and Cancel, diagnostics. */
@ExtendWith(ApplicationExtension.class)
class ConnectingPaneTest {

  private static final String NOT_FOUND = "Found no OpenAPI document at http://backend.test. Tried"
      + " http://backend.test/openapi.json (404), http://backend.test/api/v1/openapi.json (404) and"
      + " http://backend.test/docs (404). Type the document's own URL if you know it.";

  private final ShellFixture fx = new ShellFixture();
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    fx.start(stage);
  }

  private void connect(FxRobot robot) {
    robot.clickOn("#connect-url").write("http://backend.test").clickOn("#connect-go");
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void showsTheStepsWithTheFirstRunning(FxRobot robot) throws IOException {
    connect(robot);

    assertThat(robot.lookup("#connecting-title").queryAs(Label.class).getText())
        .isEqualTo("Connecting to http://backend.test…");
    VBox steps = robot.lookup("#connecting-steps").queryAs(VBox.class);
    assertThat(steps.getChildren()).hasSize(3);
    assertThat(steps.getChildren().get(0).getStyleClass()).contains("step-running");
    assertThat(steps.getChildren().get(1).getStyleClass()).contains("step-waiting");
    assertThat(robot.lookup(".step-label").queryAllAs(Label.class)).extracting(Label::getText)
        .containsExactly("Fetching the API description", "Understanding it", "Logging in");
    assertThat(Screens.shown(robot, "#connecting-back")).isFalse();
    Screens.shoot(robot, stage, "connecting");
  }

  @Test
  void aFailureSaysWhyAndBackKeepsTheTypedAddress(FxRobot robot) throws IOException {
    connect(robot);
    robot.interact(() -> fx.connector.lastRead.completeExceptionally(new IOException(NOT_FOUND)));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#connect-error").queryAs(Label.class).getText()).isEqualTo(NOT_FOUND);
    assertThat(robot.lookup("#connecting-title").queryAs(Label.class).getText())
        .isEqualTo("Could not connect to http://backend.test");
    assertThat(robot.lookup("#connecting-steps").queryAs(VBox.class).getChildren().get(0).getStyleClass())
        .contains("step-failed");
    assertThat(Screens.shown(robot, "#connecting-cancel")).isFalse();
    Screens.shoot(robot, stage, "connecting-failed");

    robot.clickOn("#connecting-back");
    assertThat(fx.connection.phaseProperty().get()).isEqualTo(Phase.IDLE);
    assertThat(robot.lookup("#connect-url").queryAs(TextField.class).getText()).isEqualTo("http://backend.test");
  }

  @Test
  void tryAgainReadsTheSameAddressAgain(FxRobot robot) {
    connect(robot);
    robot.interact(() -> fx.connector.lastRead.completeExceptionally(new IOException("down")));
    robot.clickOn("#connecting-retry");

    assertThat(fx.connector.locationsRead).containsExactly("http://backend.test", "http://backend.test");
    assertThat(fx.connection.phaseProperty().get()).isEqualTo(Phase.READING);
  }

  @Test
  void cancelStopsReadingAndGoesBackToTheStart(FxRobot robot) {
    connect(robot);
    robot.clickOn("#connecting-cancel");

    assertThat(fx.connector.lastRead).isCancelled();
    assertThat(robot.lookup("#start").tryQuery()).isPresent();
    assertThat(robot.lookup("#connect-url").queryAs(TextField.class).getText()).isEqualTo("http://backend.test");
  }

  @Test
  void theDiagnosticsAreALinkToTheirListNeverAStop(FxRobot robot) throws IOException {
    ConnectingPane[] pane = new ConnectingPane[1];
    robot.interact(() -> {
      pane[0] = new ConnectingPane(fx.connection);
      stage.getScene().setRoot(pane[0]);
    });
    robot.interact(() -> fx.connection.connect("http://backend.test"));
    robot.interact(() -> fx.connector.lastRead.complete(TestApis.callCenter(TestApis.OAUTH)));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(fx.connection.phaseProperty().get()).isEqualTo(Phase.LOGIN);
    Hyperlink link = robot.lookup("#diagnostics-link").queryAs(Hyperlink.class);
    assertThat(link.getText()).startsWith("3 parts of the API could not be fully understood (1 serious)");
    Node list = robot.lookup("#diagnostics").query();
    assertThat(list.isVisible()).isFalse();
    robot.clickOn(link);
    assertThat(list.isVisible()).isTrue();
    assertThat(((TableView<?>) list).getItems()).hasSize(3);
    assertThat(robot.lookup("#diagnostics .table-cell").queryAllAs(javafx.scene.control.TableCell.class))
        .extracting(c -> c.getText()).contains("/reports/export", "Error");
    Screens.shoot(robot, stage, "connecting-diagnostics");
  }
}
