package dev.switchboard.viewmodel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link Debouncer.Scheduler} whose time moves only when the test says: {@link #runPending()}. */
final class ManualScheduler implements Debouncer.Scheduler {

  private final List<Runnable> pending = new ArrayList<>();
  int scheduled;

  @Override
  public Runnable schedule(Runnable task, Duration delay) {
    scheduled++;
    pending.add(task);
    return () -> pending.remove(task);
  }

  void runPending() {
    List<Runnable> due = new ArrayList<>(pending);
    pending.clear();
    due.forEach(Runnable::run);
  }

  int pendingCount() {
    return pending.size();
  }
}
