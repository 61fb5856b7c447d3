package dev.switchboard.app;

import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs code once, in the first frame where a condition holds: checked after each layout pass of the scene, on
 * the JavaFX thread, just before that frame is drawn. Measures what a person sees, not when a future completed.
 */
final class OnFirstFrame {

  private OnFirstFrame() {}

  /** Call on the JavaFX thread. */
  static void when(Scene scene, BooleanSupplier condition, Runnable then) {
    Runnable[] listener = new Runnable[1];
    boolean[] done = {false};
    listener[0] = () -> {
      if (!done[0] && condition.getAsBoolean()) {
        done[0] = true;
        // removed after this pulse: the scene is walking its listeners right now
        Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
        then.run();
      }
    };
    scene.addPostLayoutPulseListener(listener[0]);
  }
}
