package dev.switchboard.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screenshots of a stage for people to look at, in {@code target/screenshots/}: {@code name.png} as the stage
 * shows it (1440x900 in the tests), and {@code name-1024x640.png} from an unshown scene of that size that
 * borrows the root for a moment. Resizing the Monocle window instead breaks its pixel buffers. Popups open over
 * the stage (a drop-down, a picker's list) are drawn into the first where they are on screen: a snapshot of the
 * scene alone leaves them out.
 */
public final class Screenshots {

  public static final Path FOLDER = Path.of("target", "screenshots");

  private Screenshots() {}

  public static void shoot(FxRobot robot, Stage stage, String name) throws IOException {
    WaitForAsyncUtils.waitForFxEvents();
    WritableImage[] image = new WritableImage[2];
    List<Popup> popups = new ArrayList<>();
    robot.interact(() -> {
      Scene scene = stage.getScene();
      scene.getRoot().applyCss();
      scene.getRoot().layout();
      image[0] = scene.snapshot(null);
      double left = stage.getX() + scene.getX();
      double top = stage.getY() + scene.getY();
      for (Window window : Window.getWindows()) {
        if (window instanceof PopupWindow popup && popup.isShowing() && popup.getOwnerWindow() == stage) {
          // the root, not the scene: a popup's shadow must stay see-through, and a scene's snapshot is opaque
          Parent content = popup.getScene().getRoot();
          SnapshotParameters clear = new SnapshotParameters();
          clear.setFill(Color.TRANSPARENT);
          Bounds at = content.localToScreen(content.getBoundsInLocal());
          popups.add(new Popup(content.snapshot(clear, null), (int) Math.round(at.getMinX() - left),
              (int) Math.round(at.getMinY() - top)));
        }
      }
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
    write(image[0], popups, FOLDER.resolve(name + ".png"));
    write(image[1], List.of(), FOLDER.resolve(name + "-1024x640.png"));
  }

  /** A popup's pixels and where they sit over the stage's scene. */
  private record Popup(WritableImage image, int x, int y) {}

  private static void write(WritableImage image, List<Popup> popups, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    java.awt.image.BufferedImage picture = toBufferedImage(image);
    java.awt.Graphics2D g = picture.createGraphics();
    for (Popup popup : popups) {
      g.drawImage(toBufferedImage(popup.image()), popup.x(), popup.y(), null);
    }
    g.dispose();
    javax.imageio.ImageIO.write(picture, "png", file.toFile());
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
