package dev.switchboard.viewmodel;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action once typing pauses: each {@link #trigger} restarts the wait, and the action runs on the UI
 * thread {@code delay} after the last one. Typing "missed" sends one search, not six.
 */
public final class Debouncer {

  /** Runs a task after a delay; cancelling the returned handle stops it. Tests drive time by hand. */
  @FunctionalInterface
  public interface Scheduler {
    Runnable schedule(Runnable task, Duration delay);

    /** A scheduler over a timer thread whose tasks hop to the UI executor. */
    static Scheduler of(ScheduledExecutorService timer, Executor ui) {
      return (task, delay) -> {
        ScheduledFuture<?> future = timer.schedule(() -> ui.execute(task), delay.toNanos(), TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
      };
    }
  }

  public static final Duration TYPING_PAUSE = Duration.ofMillis(300);

  private final Scheduler scheduler;
  private final Duration delay;
  private Runnable cancelPending;

  public Debouncer(Scheduler scheduler, Duration delay) {
    this.scheduler = scheduler;
    this.delay = delay;
  }

  /** Called on the UI thread. */
  public void trigger(Runnable action) {
    cancel();
    cancelPending = scheduler.schedule(action, delay);
  }

  public void cancel() {
    if (cancelPending != null) {
      cancelPending.run();
      cancelPending = null;
    }
  }
}
