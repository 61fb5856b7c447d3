package dev.switchboard.app;

import java.io.PrintStream;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * {@code --smoke-test}: the installed app opens the demo and must show the calls table's rows within
 * {@link #TIMEOUT_SECONDS}. It passes by leaving the app normally (exit 0). It fails by printing why on stderr and
 * exiting with 1 from the timer thread: JavaFX's {@code launch} has no way to hand a status back, and a JavaFX
 * thread that hangs could not run an orderly exit anyway.
 */
final class SmokeTest {

  static final int TIMEOUT_SECONDS = 60;

  private final PrintStream out;
  private final PrintStream err;
  private final long startedNanos = System.nanoTime();
  private volatile boolean passed;

  SmokeTest(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Starts the clock; {@code state} says where the app got to, for the failure message. */
  void start(ScheduledExecutorService timer, String resource, Supplier<String> state) {
    timer.schedule(() -> {
      if (!passed) {
        err.println("switchboard --smoke-test: FAILED: the demo's " + resource + " table showed no rows within "
            + TIMEOUT_SECONDS + " s (the app got as far as: " + state.get() + "). The log folder's switchboard.log"
            + " says more; on Linux check that GTK 3 (libgtk-3-0) is installed and DISPLAY is set.");
        err.flush();
        System.exit(1);
      }
    }, TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  /** The table showed rows: report and leave the app. Call on the JavaFX thread. */
  void rowsShown(String resource, int rows) {
    passed = true;
    out.println("switchboard --smoke-test: passed: the demo's " + resource + " table showed " + rows + " rows after "
        + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos) + " ms.");
    out.flush();
    Platform.exit();
  }
}
