package dev.switchboard.app;

import org.testfx.api.FxRobot;

/**
 * Clicks that survive TestFX's look-up racing the JavaFX thread. Right after the main window appears, the
 * JavaFX thread is still adding rows and cells while TestFX walks the scene graph from the test thread; the walk
 * can then meet a node that was just detached ("scene is null") although the node clicked is steady. Such a
 * look-up is tried again; any other failure is not.
 */
final class SteadyClicks {

  private static final int TRIES = 5;

  private SteadyClicks() {}

  static void clickOn(FxRobot robot, String query) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        robot.clickOn(query);
        return;
      } catch (NullPointerException raced) {
        if (attempt == TRIES || raced.getMessage() == null || !raced.getMessage().contains("scene")) {
          throw raced;
        }
        Thread.sleep(100);
      }
    }
  }
}
