package dev.switchboard.viewmodel;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Counts requests in flight for the status bar's activity indicator. View models pass their futures through
 * {@link #track}; the count changes on the UI thread.
 */
public final class ActivityTracker {

  private final Executor ui;
  private final ReadOnlyIntegerWrapper inFlight = new ReadOnlyIntegerWrapper(0);

  public ActivityTracker(Executor ui) {
    this.ui = ui;
  }

  public ReadOnlyIntegerProperty inFlightProperty() {
    return inFlight.getReadOnlyProperty();
  }

  public <T> CompletableFuture<T> track(CompletableFuture<T> request) {
    ui.execute(() -> inFlight.set(inFlight.get() + 1));
    request.whenComplete((value, failure) -> ui.execute(() -> inFlight.set(inFlight.get() - 1)));
    return request;
  }
}
