package dev.switchboard.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * What happens when a session expires: the person is asked once to log in again, however many calls failed at
 * the same moment; those calls wait, and are sent again once the person is back ({@link #loggedInAgain}), or fail
 * as they did when the person gives up ({@link #gaveUp}). Nothing waiting is lost meanwhile: a form keeps its
 * values and shows that it is still saving.
 */
public final class SessionGuard {

  private final Executor ui;
  private Runnable askToLogIn = () -> {};
  /** The calls waiting for the person, in the order they failed: sent again in that order. */
  private final List<CompletableFuture<Boolean>> waiting = new ArrayList<>();

  public SessionGuard(Executor ui) {
    this.ui = ui;
  }

  /** What asks the person to log in again (the app's login dialog); runs on the UI thread. */
  public void setAskToLogIn(Runnable askToLogIn) {
    this.askToLogIn = askToLogIn;
  }

  /**
   * A call failed because the session expired (any thread). Answers, once the person has decided, whether to send
   * it again: true after logging in again, false when they gave up. Each call gets a future of its own: cancelling
   * one does not touch the others.
   */
  public CompletableFuture<Boolean> expired() {
    CompletableFuture<Boolean> decision = new CompletableFuture<>();
    boolean first;
    synchronized (this) {
      first = waiting.isEmpty();
      waiting.add(decision);
    }
    if (first) {
      ui.execute(askToLogIn);
    }
    return decision;
  }

  /** The person logged in again: the waiting calls go out again, in the order they failed. */
  public void loggedInAgain() {
    settle(true);
  }

  /** The person did not log in again: the waiting calls fail as they did. */
  public void gaveUp() {
    settle(false);
  }

  private void settle(boolean retry) {
    List<CompletableFuture<Boolean>> decided;
    synchronized (this) {
      decided = List.copyOf(waiting);
      waiting.clear();
    }
    decided.forEach(decision -> decision.complete(retry));
  }
}
