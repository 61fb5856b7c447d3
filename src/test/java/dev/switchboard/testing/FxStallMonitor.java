package dev.switchboard.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the JavaFX thread stays busy: every 5 ms it posts a no-op with {@code Platform.runLater}
 * and records how late it ran. The longest delay is the longest the UI could not answer the person.
 *
 * <p>It also records the CPU time the JavaFX thread spent while each probe waited. On a quiet machine the two
 * agree; on a busy one (two cores shared with a build) the wall-clock delay also counts time the thread was
 * not scheduled at all, and the CPU figure says what the app itself costs.
 */
public final class FxStallMonitor implements AutoCloseable {

  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "fx-stall-monitor");
    t.setDaemon(true);
    return t;
  });
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final long fxThreadId;
  private final AtomicLong longestNanos = new AtomicLong();
  private final AtomicLong longestCpuNanos = new AtomicLong();
  private final AtomicLong pending = new AtomicLong();
  private volatile long pendingCpu;

  /** Starts probing; call from any thread but the JavaFX one, once the toolkit runs. */
  public FxStallMonitor() {
    fxThreadId = fxThreadId();
    ticker.scheduleAtFixedRate(this::probe, 0, 5, TimeUnit.MILLISECONDS);
  }

  private static long fxThreadId() {
    long[] id = new long[1];
    CountDownLatch known = new CountDownLatch(1);
    Platform.runLater(() -> {
      id[0] = Thread.currentThread().getId();
      known.countDown();
    });
    try {
      if (!known.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the JavaFX thread did not answer within 10 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while finding the JavaFX thread", e);
    }
    return id[0];
  }

  private void probe() {
    if (pending.get() != 0) {
      return; // the last probe has not run yet: its delay is still growing
    }
    long posted = System.nanoTime();
    pendingCpu = threads.getThreadCpuTime(fxThreadId);
    pending.set(posted);
    Platform.runLater(() -> {
      longestNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
      longestCpuNanos.accumulateAndGet(threads.getCurrentThreadCpuTime() - pendingCpu, Math::max);
      pending.set(0);
    });
  }

  /** Starts a new measuring window. */
  public void reset() {
    longestNanos.set(0);
    longestCpuNanos.set(0);
  }

  /** The longest the JavaFX thread kept a probe waiting, wall clock. */
  public long longestMillis() {
    long waiting = pending.get();
    long current = waiting == 0 ? 0 : System.nanoTime() - waiting;
    return TimeUnit.NANOSECONDS.toMillis(Math.max(longestNanos.get(), current));
  }

  /** The most CPU time the JavaFX thread spent while one probe waited. */
  public long longestCpuMillis() {
    return TimeUnit.NANOSECONDS.toMillis(longestCpuNanos.get());
  }

  @Override
  public void close() {
    ticker.shutdownNow();
  }
}
