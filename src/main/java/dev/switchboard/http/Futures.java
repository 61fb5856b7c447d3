package dev.switchboard.http;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** {@code thenApply} that keeps cancellation working: cancelling the result cancels the source (and its call). */
final class Futures {

  private Futures() {}

  static <T, R> CompletableFuture<R> map(CompletableFuture<T> source, Function<? super T, ? extends R> fn) {
    CompletableFuture<R> result = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        // This future first, so the source's failure as it stops cannot complete it (see Exchanges).
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        source.cancel(mayInterruptIfRunning);
        return cancelled;
      }
    };
    source.whenComplete((value, failure) -> {
      if (failure != null) {
        result.completeExceptionally(unwrap(failure));
        return;
      }
      try {
        result.complete(fn.apply(value));
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    });
    return result;
  }

  static Throwable unwrap(Throwable failure) {
    return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
  }
}
