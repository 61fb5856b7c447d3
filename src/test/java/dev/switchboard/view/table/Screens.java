package dev.switchboard.view.table;

import dev.switchboard.testing.Screenshots;
import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * The app's look in tests: AtlantaFX's stylesheets and the app's own, and screenshots of a stage at the two sizes people look at (1440x900 and 1024x640).
 */
public final class Screens {

  public static final String LIGHT = resource("/atlantafx/base/theme/primer-light.css");
  public static final String DARK = resource("/atlantafx/base/theme/primer-dark.css");
  public static final Path FOLDER = Path.of("target", "screenshots");

  private Screens() {}

  private static String resource(String path) {
    return Screens.class.getResource(path).toExternalForm();
  }

  public static void light() {
    Application.setUserAgentStylesheet(LIGHT);
  }

  public static void dark() {
    Application.setUserAgentStylesheet(DARK);
  }

  /** Writes {@code name.png} at 1440x900 and {@code name-1024x640.png} at 1024x640 ({@link Screenshots}). */
  public static void shoot(FxRobot robot, Stage stage, String name) throws IOException {
    Screenshots.shoot(robot, stage, name);
  }
}
