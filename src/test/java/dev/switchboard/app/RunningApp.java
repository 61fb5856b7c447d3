package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app started headless for a desktop test, with its settings in a folder of the test's own, and the
 * waits those tests share.
 */
final class RunningApp {

  private final FxRobot robot;
  private final Application app;

  private RunningApp(FxRobot robot, Application app) {
    this.robot = robot;
    this.app = app;
  }

  /** Starts the app with {@code args}, keeping its settings in {@code config}. */
  static RunningApp start(FxRobot robot, Path config, String... args) throws Exception {
    System.setProperty(ConfigDirectory.PROPERTY, config.toString());
    FxToolkit.registerPrimaryStage();
    Application app = FxToolkit.setupApplication(SwitchboardApp.class, args);
    WaitForAsyncUtils.waitForFxEvents();
    return new RunningApp(robot, app);
  }

  void stop() throws Exception {
    FxToolkit.cleanupApplication(app);
    FxToolkit.cleanupStages();
    System.clearProperty(ConfigDirectory.PROPERTY);
  }

  /** Waits up to {@code seconds} for {@code condition}, handling JavaFX events meanwhile; fails saying {@code what}. */
  void waitUntil(String what, long seconds, BooleanSupplier condition) throws Exception {
    WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
      WaitForAsyncUtils.waitForFxEvents();
      return condition.getAsBoolean();
    });
    assertThat(condition.getAsBoolean()).as(what).isTrue();
  }

  /** Whether a node matching {@code query} is in a window and visible. */
  boolean showing(String query) {
    return robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent();
  }

  /** The window holding the node {@code query} finds. */
  Stage windowOf(String query) {
    return (Stage) robot.lookup(query).query().getScene().getWindow();
  }
}
