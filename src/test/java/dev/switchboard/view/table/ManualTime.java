package dev.switchboard.view.table;

import dev.switchboard.viewmodel.Debouncer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link Debouncer.Scheduler} whose time moves only when the test says so. */
public final class ManualTime implements Debouncer.Scheduler {

  private final List<Runnable> pending = new ArrayList<>();

  @Override
  public Runnable schedule(Runnable task, Duration delay) {
    pending.add(task);
    return () -> pending.remove(task);
  }

  /** Runs what is due, as if typing had paused. */
  public void pause() {
    List<Runnable> due = new ArrayList<>(pending);
    pending.clear();
    due.forEach(Runnable::run);
  }

  public int pending() {
    return pending.size();
  }
}
