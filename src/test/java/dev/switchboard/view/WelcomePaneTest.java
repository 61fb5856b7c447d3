package dev.switchboard.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The welcome window, headless: it names the version, says what works, and nothing is clipped. */
@ExtendWith(ApplicationExtension.class)
class WelcomePaneTest {

  private WelcomePane welcome;

  @Start
  void start(Stage stage) {
    welcome = new WelcomePane("9.9.9");
    Scene scene = new Scene(welcome, 760, 520);
    scene.getStylesheets().add(WelcomePane.STYLESHEET);
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void showsTheVersionAndHowToDescribeABackendWithoutClipping(FxRobot robot) throws IOException {
    assertThat(robot.lookup("#welcome-title").queryAs(Label.class).getText()).isEqualTo("Switchboard 9.9.9");
    Label describe = robot.lookup("#welcome-describe").queryAs(Label.class);
    assertThat(describe.getText()).contains("describe");
    for (String id : new String[] {"#welcome-title", "#welcome-status", "#welcome-describe"}) {
      Label label = robot.lookup(id).queryAs(Label.class);
      // A clipped label draws an ellipsis in place of the end of its text.
      javafx.scene.text.Text drawn = (javafx.scene.text.Text) label.lookup(".text");
      assertThat(drawn.getText()).as(id).isEqualTo(label.getText());
    }
    writeScreenshot(robot, Path.of("target", "screenshots", "welcome.png"));
  }

  @Test
  void showsTheRunningDemoWithItsAccountsAndDocumentUrl(FxRobot robot) throws IOException {
    robot.interact(() -> welcome.showDemo("http://127.0.0.1:8123", "http://127.0.0.1:8123/api/v1/openapi.json",
        java.util.List.of("admin / switchboard-admin   (calls:read, users:admin)", "viewer / switchboard-viewer")));
    assertThat(robot.lookup("#demo-status").queryAs(Label.class).getText())
        .contains("running at http://127.0.0.1:8123");
    assertThat(robot.lookup("#welcome-describe").queryAs(Label.class).getText())
        .endsWith("describe http://127.0.0.1:8123/api/v1/openapi.json");
    assertThat(robot.lookup("#demo-details").queryAs(javafx.scene.layout.VBox.class).getChildren()).hasSize(2);
    writeScreenshot(robot, Path.of("target", "screenshots", "welcome-demo.png"));
  }

  @Test
  void saysPlainlyWhyTheDemoDidNotStart(FxRobot robot) {
    robot.interact(() -> welcome.showDemoProblem("The demo call center could not start: port in use."));
    Label status = robot.lookup("#demo-status").queryAs(Label.class);
    assertThat(status.getText()).contains("could not start");
    assertThat(status.getStyleClass()).contains("problem");
  }

  private static void writeScreenshot(FxRobot robot, Path file) throws IOException {
    WritableImage[] image = new WritableImage[1];
    robot.interact(() -> image[0] = robot.lookup("#welcome").query().getScene().snapshot(null));
    WaitForAsyncUtils.waitForFxEvents();
    Files.createDirectories(file.getParent());
    javax.imageio.ImageIO.write(toBufferedImage(image[0]), "png", file.toFile());
    assertThat(file).isNotEmptyFile();
  }

  /** Copies the pixels over, so the test needs no javafx-swing module. */
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
