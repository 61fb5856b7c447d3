package dev.switchboard.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * An executor that holds its tasks until the window's first frame is out, then hands them (and every later one)
 * to another. For work that may wait, such as opening the system keyring: on two cores it would otherwise take
 * CPU from the first frame.
 */
final class FirstFrameGate implements Executor {

  private final Executor next;
  private List<Runnable> held = new ArrayList<>();

  FirstFrameGate(Executor next) {
    this.next = next;
  }

  @Override
  public void execute(Runnable task) {
    synchronized (this) {
      if (held != null) {
        held.add(task);
        return;
      }
    }
    next.execute(task);
  }

  /** The first frame is out: what was held runs now, and nothing is held from here on. */
  void open() {
    List<Runnable> waiting;
    synchronized (this) {
      waiting = held;
      held = null;
    }
    if (waiting != null) {
      waiting.forEach(next::execute);
    }
  }
}
