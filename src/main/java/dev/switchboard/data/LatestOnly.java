package dev.switchboard.data;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Keeps a view from showing stale answers: each {@link #submit} cancels the request before it, and the future
 * it returns completes only if no newer request was submitted meanwhile (otherwise it is cancelled). Type
 * "mis", then "missed": the slow answer for "mis" never overwrites the one for "missed".
 */
public final class LatestOnly<T> {

  private final AtomicLong generation = new AtomicLong();
  private final AtomicReference<CompletableFuture<?>> inFlight = new AtomicReference<>();

  public CompletableFuture<T> submit(Supplier<CompletableFuture<T>> request) {
    long mine = generation.incrementAndGet();
    CompletableFuture<T> sent = request.get();
    CompletableFuture<?> previous = inFlight.getAndSet(sent);
    if (previous != null) {
      previous.cancel(true);
    }
    CompletableFuture<T> result = new CompletableFuture<>();
    sent.whenComplete((value, failure) -> {
      if (generation.get() != mine) {
        result.cancel(false);
      } else if (failure != null) {
        result.completeExceptionally(failure);
      } else {
        result.complete(value);
      }
    });
    result.whenComplete((value, failure) -> {
      if (result.isCancelled()) {
        sent.cancel(true);
      }
    });
    return result;
  }

  /** Cancels whatever is in flight, for a view that closes. */
  public void cancelAll() {
    generation.incrementAndGet();
    CompletableFuture<?> previous = inFlight.getAndSet(null);
    if (previous != null) {
      previous.cancel(true);
    }
  }
}
