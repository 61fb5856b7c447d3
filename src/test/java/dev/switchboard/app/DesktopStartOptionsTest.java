package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.image.Image;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** What the start-up options do in the whole app: --open opens a resource's table, the window gets our icons. */
class DesktopStartOptionsTest {

  @TempDir
  static Path config;

  private final FxRobot robot = new FxRobot();
  private RunningApp app;

  @AfterEach
  void stopTheApp() throws Exception {
    app.stop();
  }

  @Test
  void openShowsTheNamedResourcesTableAfterLoggingInAndTheWindowCarriesTheAppIcon() throws Exception {
    app = RunningApp.start(robot, config, "--demo-in-memory", "--demo", "agent", "--open", "calls");

    app.waitUntil("the calls table shows rows", 60, () -> app.showing("#table-calls")
        && !robot.lookup("#table-calls").queryTableView().getItems().isEmpty());
    app.waitUntil("the window has its icons", 10, () -> !app.windowOf("#shell").getIcons().isEmpty());
    assertThat(app.windowOf("#shell").getIcons()).extracting(Image::getWidth).contains(16.0, 32.0, 256.0);
  }
}
