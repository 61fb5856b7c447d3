package dev.switchboard.view.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.Credentials;
import dev.switchboard.viewmodel.ConnectionProfile;
import dev.switchboard.viewmodel.ConnectionViewModel.Phase;
import dev.switchboard.viewmodel.TestApis;
import java.io.IOException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first screen, headless: the demo and a backend as two clear choices, and the saved connections. */
@ExtendWith(ApplicationExtension.class)
class StartPaneTest {

  private final ShellFixture fx = new ShellFixture();
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    fx.start(stage);
  }

  @Test
  void offersTheDemoWithItsAccountsAndABackendByAddress(FxRobot robot) throws IOException {
    assertThat(robot.lookup(".card-title").queryAllAs(Label.class)).extracting(Label::getText)
        .contains("Open the demo call center", "Connect to a backend");
    assertThat(robot.lookup("#demo-accounts .radio-button").queryAllAs(RadioButton.class))
        .extracting(RadioButton::getText).containsExactly("admin", "agent", "viewer");
    assertThat(robot.lookup("#demo-accounts .muted").queryAllAs(Label.class)).extracting(Label::getText)
        .containsExactly("May read and change calls, read and administer users",
            "May read and change calls, read users", "May read calls");
    assertThat(robot.lookup("#open-demo").queryButton().isDisabled()).isFalse();
    assertThat(robot.lookup("#connect-go").queryButton().isDisabled()).isTrue();
    Screens.shoot(robot, stage, "start");
    Screens.assertNotClipped(robot, ".label");
    Screens.assertNotClipped(robot, ".button");
  }

  @Test
  void openDemoOpensThePickedAccount(FxRobot robot) {
    fx.connector.answerWith = TestApis.callCenter(TestApis.OAUTH);
    robot.clickOn("#demo-account-viewer").clickOn("#open-demo");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(fx.connector.demoStarts).isEqualTo(1);
    assertThat(fx.connection.demoAccountProperty().get().orElseThrow().username()).isEqualTo("viewer");
    assertThat(((Credentials.Password) fx.connector.auth.credentialsUsed.get(0)).username()).isEqualTo("viewer");
  }

  @Test
  void typingAnAddressAndEnterConnects(FxRobot robot) {
    robot.clickOn("#connect-url").write("http://backend.test").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(fx.connector.locationsRead).containsExactly("http://backend.test");
    assertThat(fx.connection.phaseProperty().get()).isEqualTo(Phase.READING);
    assertThat(robot.lookup("#connecting").tryQuery()).isPresent();
  }

  @Test
  void listsSavedConnectionsMostRecentFirst(FxRobot robot) {
    VBox rows = robot.lookup("#profiles").queryAs(VBox.class);
    assertThat(rows.getChildren()).extracting(n -> n.getId()).containsExactly("profile-p1", "profile-p2");
    assertThat(robot.lookup("#profile-p1 .profile-name").queryAs(Label.class).getText())
        .isEqualTo("Staging call center");
    assertThat(robot.lookup("#profile-p1 .muted").queryAs(Label.class).getText())
        .isEqualTo("https://staging.callcenter.example/api/v1/openapi.json  ·  ana");
  }

  @Test
  void openingAProfileConnectsToItsAddressAndFillsInItsUser(FxRobot robot) {
    robot.clickOn(robot.lookup("#profile-p1 .profile-open").queryButton());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fx.connector.locationsRead).containsExactly(ShellFixture.STAGING.url());

    robot.interact(() -> fx.connector.lastRead.complete(TestApis.callCenter(TestApis.API_KEY, TestApis.OAUTH)));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#login-username").queryAs(TextField.class).getText()).isEqualTo("ana");
    assertThat(fx.connection.loginProperty().get().orElseThrow().schemeProperty().get())
        .isEqualTo(TestApis.OAUTH);
  }

  @Test
  void editingAProfileSavesItsNewNameAndUser(FxRobot robot) throws IOException {
    robot.clickOn(robot.lookup("#profile-p2 .profile-edit").queryButton());
    assertThat(robot.lookup("#profile-editor").tryQuery()).isPresent();
    assertThat(robot.lookup("#profile-url").queryAs(TextField.class).getText()).isEqualTo("http://localhost:8000");
    robot.doubleClickOn("#profile-name").eraseText(20).write("My FastAPI");
    robot.clickOn("#profile-user").write("bob");
    Screens.shoot(robot, stage, "start-edit-profile");
    robot.clickOn("#profile-save");

    assertThat(robot.lookup("#profile-editor").tryQuery()).isEmpty();
    ConnectionProfile saved = fx.profiles.profiles().stream().filter(p -> p.id().equals("p2")).findFirst()
        .orElseThrow();
    assertThat(saved.name()).isEqualTo("My FastAPI");
    assertThat(saved.username()).contains("bob");
    assertThat(robot.lookup("#profile-p2 .profile-name").queryAs(Label.class).getText()).isEqualTo("My FastAPI");
  }

  @Test
  void removingAProfileTakesItOffTheListAndForgetsItsSecret(FxRobot robot) {
    fx.secrets.secrets.put("p1", "s3cret");
    robot.clickOn(robot.lookup("#profile-p1 .profile-remove").queryAs(Button.class));

    assertThat(robot.lookup("#profile-p1").tryQuery()).isEmpty();
    assertThat(fx.store.load()).extracting(ConnectionProfile::id).containsExactly("p2");
    assertThat(fx.secrets.secrets).isEmpty();
  }
}
