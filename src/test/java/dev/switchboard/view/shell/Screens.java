package dev.switchboard.view.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.testing.Screenshots;
import dev.switchboard.view.Theme;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Shows a screen in the test stage with the app's theme, and writes PNGs of it for people to look at. */
final class Screens {

  static final Path DIR = Path.of("target", "screenshots");

  private Screens() {}

  static void show(Stage stage, Parent root) {
    Scene scene = new Scene(root, 1440, 900);
    Theme.apply(scene, false);
    stage.setScene(scene);
    stage.show();
  }

  /**
   * Writes {@code name.png} at 1440x900 from the stage, and {@code name-1024x640.png} from an unshown scene of
   * that size that borrows the root for the moment (growing a Monocle window again breaks its pixel buffers).
   */
  static void shoot(FxRobot robot, Stage stage, String name) throws IOException {
    Screenshots.shoot(robot, stage, name);
  }

  static void dark(FxRobot robot, Stage stage, boolean dark) {
    robot.interact(() -> Theme.apply(stage.getScene(), dark));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Whether the node and every parent of it are visible: what a person can see. */
  static boolean shown(FxRobot robot, String query) {
    return shown(robot.lookup(query).query());
  }

  static boolean shown(javafx.scene.Node node) {
    for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  /** A clipped label draws an ellipsis in place of the end of its text. */
  static void assertNotClipped(FxRobot robot, String query) {
    for (javafx.scene.Node node : robot.lookup(query).queryAll()) {
      Labeled labeled = (Labeled) node;
      if (!shown(labeled) || labeled.getText() == null || labeled.getText().isEmpty()) {
        continue;
      }
      Text drawn = (Text) labeled.lookup(".text");
      assertThat(drawn.getText()).as(query + " " + labeled.getText()).isEqualTo(labeled.getText());
    }
  }
}
