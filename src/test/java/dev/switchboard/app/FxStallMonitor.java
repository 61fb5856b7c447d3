package dev.switchboard.app;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the JavaFX thread stays busy: every 5 ms it posts a no-op with {@code Platform.runLater}
 * and records how late it ran. The longest delay is the longest the UI could not answer the person.
 */
final class FxStallMonitor implements AutoCloseable {

  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "fx-stall-monitor");
    t.setDaemon(true);
    return t;
  });
  private final AtomicLong longestNanos = new AtomicLong();
  private final AtomicLong pending = new AtomicLong();

  FxStallMonitor() {
    ticker.scheduleAtFixedRate(this::probe, 0, 5, TimeUnit.MILLISECONDS);
  }

  private void probe() {
    if (pending.get() != 0) {
      return; // the last probe has not run yet: its delay is still growing
    }
    long posted = System.nanoTime();
    pending.set(posted);
    Platform.runLater(() -> {
      longestNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
      pending.set(0);
    });
  }

  /** Starts a new measuring window. */
  void reset() {
    longestNanos.set(0);
  }

  long longestMillis() {
    long waiting = pending.get();
    long current = waiting == 0 ? 0 : System.nanoTime() - waiting;
    return TimeUnit.NANOSECONDS.toMillis(Math.max(longestNanos.get(), current));
  }

  @Override
  public void close() {
    ticker.shutdownNow();
  }
}
