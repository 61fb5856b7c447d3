package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.testing.Screenshots;
import dev.switchboard.view.shell.About;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Help > About Switchboard, in the whole app: the version, the Java and JavaFX it runs, the bundled licences. */
class DesktopAboutTest {

  @TempDir
  static Path config;

  private final FxRobot robot = new FxRobot();
  private RunningApp app;

  @AfterEach
  void stopTheApp() throws Exception {
    app.stop();
  }

  @Test
  void helpAboutShowsTheVersionTheRuntimeAndEveryBundledLibrarysLicence() throws Exception {
    app = RunningApp.start(robot, config, "--demo-in-memory", "--demo", "agent", "--theme", "light");
    app.waitUntil("the main window shows with its menu", 60, () -> app.showing("#nav-calls")
        && robot.lookup("Help").tryQuery().isPresent());

    robot.clickOn("Help").clickOn("#menu-about");
    app.waitUntil("the About card shows", 10, () -> app.showing("#about-card"));

    assertThat(text("#about-version")).isEqualTo(VersionProvider.version()).doesNotContain("${");
    assertThat(text("#about-java")).startsWith(System.getProperty("java.version"));
    assertThat(text("#about-javafx")).startsWith("21.");
    @SuppressWarnings("unchecked")
    TableView<About.Library> libraries = robot.lookup("#about-libraries").queryAs(TableView.class);
    assertThat(libraries.getItems()).extracting(About.Library::coordinates)
        .contains("com.squareup.okhttp3:okhttp-jvm", "org.openjfx:javafx-controls", "org.controlsfx:controlsfx")
        .doesNotHaveDuplicates()
        .noneMatch(c -> c.startsWith("org.junit") || c.startsWith("org.testfx")); // tests' libraries are not shipped
    assertThat(libraries.getItems()).allSatisfy(library -> assertThat(library.licences()).isNotBlank());
    Screenshots.shoot(robot, app.windowOf("#about-card"), "app-about");

    robot.clickOn("#about-close");
    app.waitUntil("the About card closes", 10, () -> !app.showing("#about-card"));
  }

  private String text(String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }
}
