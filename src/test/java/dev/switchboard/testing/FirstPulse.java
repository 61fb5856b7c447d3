package dev.switchboard.testing;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;

/**
 * The moment something became visible: checks {@code shown} after every layout pass of the scene (on the
 * JavaFX thread, just before the frame is drawn) and records the first time it holds. Measures the app, not
 * the test robot's polling.
 */
public final class FirstPulse implements AutoCloseable {

  private final Scene scene;
  private final BooleanSupplier shown;
  private final AtomicLong at = new AtomicLong();
  private final Runnable listener = this::check;

  /** Call on the JavaFX thread. */
  public FirstPulse(Scene scene, BooleanSupplier shown) {
    this.scene = scene;
    this.shown = shown;
    scene.addPostLayoutPulseListener(listener);
  }

  private void check() {
    if (at.get() == 0 && shown.getAsBoolean()) {
      at.set(System.nanoTime());
    }
  }

  /** When it first showed, in {@code System.nanoTime()} terms; 0 if not yet. */
  public long nanos() {
    return at.get();
  }

  @Override
  public void close() {
    scene.removePostLayoutPulseListener(listener);
  }
}
