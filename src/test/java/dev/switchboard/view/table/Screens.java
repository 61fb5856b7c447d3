package dev.switchboard.view.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's look in tests: AtlantaFX's stylesheets (used as resources: its classes need Java 21) and the app's
 * own, and screenshots of a stage at the two sizes people look at (1440x900 and 1024x640).
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

  /** Writes {@code name}.png at 1440x900 and {@code name}-1024.png at 1024x640, then restores the size. */
  public static void shoot(FxRobot robot, Stage stage, String name) throws IOException {
    double width = stage.getWidth();
    double height = stage.getHeight();
    write(robot, stage, 1440, 900, FOLDER.resolve(name + ".png"));
    write(robot, stage, 1024, 640, FOLDER.resolve(name + "-1024.png"));
    robot.interact(() -> {
      stage.setWidth(width);
      stage.setHeight(height);
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static void write(FxRobot robot, Stage stage, double width, double height, Path file) throws IOException {
    robot.interact(() -> {
      stage.setWidth(width);
      stage.setHeight(height);
    });
    WaitForAsyncUtils.waitForFxEvents();
    WritableImage[] image = new WritableImage[1];
    robot.interact(() -> {
      Scene scene = stage.getScene();
      scene.getRoot().applyCss();
      scene.getRoot().layout();
      image[0] = scene.snapshot(null);
    });
    Files.createDirectories(file.getParent());
    javax.imageio.ImageIO.write(toBufferedImage(image[0]), "png", file.toFile());
    assertThat(file).isNotEmptyFile();
    assertThat(image[0].getWidth()).isEqualTo(width);
  }

  /** Copies the pixels over, so the tests need no javafx-swing module. */
  private static java.awt.image.BufferedImage toBufferedImage(WritableImage image) {
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    var buffered = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_ARGB);
    var reader = image.getPixelReader();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        buffered.setRGB(x, y, reader.getArgb(x, y));
      }
    }
    return buffered;
  }
}
