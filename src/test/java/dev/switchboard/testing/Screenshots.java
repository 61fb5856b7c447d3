package dev.switchboard.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screenshots of a stage for people to look at, in {@code target/screenshots/}: {@code name.png} as the stage
 * shows it (1440x900 in the tests), and {@code name-1024x640.png} from an unshown scene of that size that
 * borrows the root for a moment. Resizing the Monocle window instead breaks its pixel buffers.
 */
public final class Screenshots {

  public static final Path FOLDER = Path.of("target", "screenshots");

  private Screenshots() {}

  public static void shoot(FxRobot robot, Stage stage, String name) throws IOException {
    WaitForAsyncUtils.waitForFxEvents();
    WritableImage[] image = new WritableImage[2];
    robot.interact(() -> {
      Scene scene = stage.getScene();
      scene.getRoot().applyCss();
      scene.getRoot().layout();
      image[0] = scene.snapshot(null);
    });
    robot.interact(() -> {
      Scene scene = stage.getScene();
      Parent root = scene.getRoot();
      scene.setRoot(new Group());
      Scene small = new Scene(root, 1024, 640);
      small.getStylesheets().setAll(scene.getStylesheets());
      root.applyCss();
      root.layout();
      image[1] = small.snapshot(null);
      small.setRoot(new Group());
      scene.setRoot(root);
    });
    WaitForAsyncUtils.waitForFxEvents();
    write(image[0], FOLDER.resolve(name + ".png"));
    write(image[1], FOLDER.resolve(name + "-1024x640.png"));
  }

  private static void write(WritableImage image, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    javax.imageio.ImageIO.write(toBufferedImage(image), "png", file.toFile());
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
