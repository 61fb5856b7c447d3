package dev.switchboard.view.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.Credentials;
import dev.switchboard.viewmodel.ConnectionViewModel.Phase;
import dev.switchboard.viewmodel.FakeAuthentication;
import dev.switchboard.viewmodel.TestApis;
import java.io.IOException;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The login dialog over the connecting screen, headless, for an API with OAuth2 password and an API key. */
@ExtendWith(ApplicationExtension.class)
class LoginDialogTest {

  private final ShellFixture fx = new ShellFixture();
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    fx.start(stage);
  }

  @BeforeEach
  void readTheApi(FxRobot robot) {
    robot.interact(() -> fx.connection.connect("http://backend.test"));
    robot.interact(() -> fx.connector.lastRead.complete(TestApis.callCenter(TestApis.OAUTH, TestApis.API_KEY)));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void asksForUserPasswordAndScopesWithTheirDescriptions(FxRobot robot) throws IOException {
    assertThat(robot.lookup("#login").tryQuery()).isPresent();
    assertThat(Screens.shown(robot, "#login-scheme")).isTrue();
    assertThat(Screens.shown(robot, "#login-username")).isTrue();
    assertThat(Screens.shown(robot, "#login-api-key")).isFalse();
    assertThat(robot.lookup("#login-scopes .check-box").queryAll()).hasSize(4);
    assertThat(robot.lookup("#login-scopes .muted").queryAllAs(Label.class)).extracting(Label::getText)
        .contains("Read calls", "Manage users and teams");
    assertThat(robot.lookup("#login-submit").queryButton().isDisabled()).isTrue();
    robot.clickOn("#login-username").write("ana");
    Screens.shoot(robot, stage, "login");
    Screens.assertNotClipped(robot, "#login .label");
  }

  @Test
  void enterSubmitsAndTheMainWindowOpens(FxRobot robot) {
    robot.clickOn("#login-username").write("ana").clickOn("#login-password").write("right")
        .clickOn("#login-scope-calls-read").clickOn("#login-password").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(fx.connection.phaseProperty().get()).isEqualTo(Phase.CONNECTED);
    assertThat(((Credentials.Password) fx.connector.auth.credentialsUsed.get(0)).scopes())
        .containsExactly("calls:read");
    assertThat(fx.mainWindows).isEqualTo(1);
    assertThat(robot.lookup("#main").tryQuery()).isPresent();
    assertThat(robot.lookup("#login").tryQuery()).isEmpty();
    assertThat(fx.profiles.forUrl("http://backend.test")).hasValueSatisfying(p -> {
      assertThat(p.name()).isEqualTo("Call Center API");
      assertThat(p.username()).contains("ana");
    });
  }

  @Test
  void wrongCredentialsShowTheServersMessageAndKeepTheUserName(FxRobot robot) throws IOException {
    robot.clickOn("#login-username").write("ana").clickOn("#login-password").write("wrong").clickOn("#login-submit");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#login-error").queryAs(Label.class).getText()).isEqualTo(FakeAuthentication.REFUSAL);
    assertThat(Screens.shown(robot, "#login-error")).isTrue();
    assertThat(robot.lookup("#login").tryQuery()).isPresent();
    assertThat(robot.lookup("#login-username").queryAs(TextField.class).getText()).isEqualTo("ana");
    assertThat(robot.lookup("#login-password").queryAs(TextField.class).getText()).isEmpty();
    Screens.shoot(robot, stage, "login-error");

    robot.clickOn("#login-password").write("right").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fx.connection.phaseProperty().get()).isEqualTo(Phase.CONNECTED);
  }

  @Test
  void whileTheServerThinksSubmitIsDisabledAndProgressShows(FxRobot robot) {
    fx.connector.auth.holdAnswers = true;
    robot.clickOn("#login-username").write("ana").clickOn("#login-password").write("right").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#login-submit").queryButton().isDisabled()).isTrue();
    assertThat(Screens.shown(robot, "#login-busy")).isTrue();
    robot.interact(fx.connector.auth::release);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#main").tryQuery()).isPresent();
  }

  @Test
  void theApiKeySchemeAsksForAKeyInstead(FxRobot robot) {
    robot.interact(() -> robot.lookup("#login-scheme").queryAs(ComboBox.class).getSelectionModel().select(1));

    assertThat(Screens.shown(robot, "#login-username")).isFalse();
    assertThat(Screens.shown(robot, "#login-api-key")).isTrue();
    robot.clickOn("#login-api-key").write("right").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fx.connector.auth.credentialsUsed).containsExactly(new Credentials.ApiKey("right"));
  }

  @Test
  void cancelClosesTheDialogAndGoesBackToTheStart(FxRobot robot) {
    robot.clickOn("#login-cancel");

    assertThat(robot.lookup("#login").tryQuery()).isEmpty();
    assertThat(robot.lookup("#start").tryQuery()).isPresent();
    assertThat(fx.connector.opened.get(0).closed).isTrue();
  }

  @Test
  void rememberIsOfferedUntickedAndKeepsTheSecretUnderTheRecordedProfile(FxRobot robot) {
    assertThat(Screens.shown(robot, "#login-remember")).isTrue();
    assertThat(robot.lookup("#login-remember").queryAs(CheckBox.class).isSelected()).isFalse();
    assertThat(Screens.shown(robot, "#login-secret-source")).isFalse();

    robot.clickOn("#login-username").write("ana").clickOn("#login-password").write("right")
        .clickOn("#login-remember").clickOn("#login-submit");
    WaitForAsyncUtils.waitForFxEvents();

    String id = fx.profiles.forUrl("http://backend.test").orElseThrow().id();
    assertThat(fx.secrets.secrets).containsExactly(java.util.Map.entry(id, "right"));
  }

  @Test
  void withoutAKeyringNothingIsShownAndNothingKept(FxRobot robot) {
    robot.clickOn("#login-cancel");
    fx.secrets.available = false;
    robot.interact(() -> fx.connection.connect(ShellFixture.STAGING.url()));
    robot.interact(() -> fx.connector.lastRead.complete(TestApis.callCenter(TestApis.OAUTH)));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(Screens.shown(robot, "#login-username")).isTrue();
    assertThat(Screens.shown(robot, "#login-remember")).isFalse();
    robot.clickOn("#login-password").write("right").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fx.connection.phaseProperty().get()).isEqualTo(Phase.CONNECTED);
    assertThat(fx.secrets.calls).isEmpty();
  }

  @Test
  void aSavedProfilesPasswordComesFromTheKeyring(FxRobot robot) throws IOException {
    robot.clickOn("#login-cancel");
    fx.secrets.secrets.put(ShellFixture.STAGING.id(), "right");
    robot.interact(() -> fx.connection.connect(ShellFixture.STAGING.url()));
    robot.interact(() -> fx.connector.lastRead.complete(TestApis.callCenter(TestApis.OAUTH)));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#login-username").queryAs(TextField.class).getText()).isEqualTo("ana");
    assertThat(robot.lookup("#login-password").queryAs(PasswordField.class).getText()).isEqualTo("right");
    assertThat(robot.lookup("#login-remember").queryAs(CheckBox.class).isSelected()).isTrue();
    assertThat(robot.lookup("#login-secret-source").queryAs(Label.class).getText())
        .isEqualTo("Password from the system keyring");
    assertThat(Screens.shown(robot, "#login-secret-source")).isTrue();
    Screens.shoot(robot, stage, "login-remember");
    Screens.assertNotClipped(robot, "#login .label");

    robot.clickOn("#login-remember").clickOn("#login-submit");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fx.connection.phaseProperty().get()).isEqualTo(Phase.CONNECTED);
    assertThat(fx.secrets.secrets).as("unticked: forgotten").isEmpty();
  }
}
