package dev.switchboard.http;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.BulkJob;
import dev.switchboard.data.Record;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one request per record with at most {@code concurrency} in flight: each finished request starts the
 * next, so no thread waits. Results keep the input order; cancelling stops new requests and reports the
 * records never sent as cancelled.
 */
final class BulkRunner implements BulkJob {

  private final List<String> ids;
  private final Function<String, CompletableFuture<Optional<Record>>> request;
  private final Listener listener;
  private final List<Result> results;
  private final List<CompletableFuture<?>> inFlight = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final CompletableFuture<List<Result>> all = new CompletableFuture<>();

  private BulkRunner(List<String> ids, Function<String, CompletableFuture<Optional<Record>>> request,
      Listener listener) {
    this.ids = List.copyOf(ids);
    this.request = request;
    this.listener = listener;
    this.results = new ArrayList<>(Collections.nCopies(ids.size(), null));
  }

  static BulkRunner start(List<String> ids, int concurrency,
      Function<String, CompletableFuture<Optional<Record>>> request, Listener listener) {
    BulkRunner runner = new BulkRunner(ids, request, listener);
    if (ids.isEmpty()) {
      runner.all.complete(List.of());
    }
    for (int i = 0; i < Math.max(1, concurrency); i++) {
      runner.startNext();
    }
    return runner;
  }

  private void startNext() {
    while (true) {
      int index = next.getAndIncrement();
      if (index >= ids.size()) {
        return;
      }
      String id = ids.get(index);
      if (cancelled.get()) {
        finish(index, new Result(id, Optional.empty(), Optional.of(ApiProblem.of(ApiProblem.Kind.CANCELLED,
            "Not changed: the bulk change was cancelled before this record."))));
        continue;
      }
      if (!send(index, id)) {
        return;
      }
    }
  }

  /**
   * Sends the request for one record. Returns true when it finished at once (a request refused before sending),
   * so the caller's loop goes on to the next; otherwise its completion starts the next. Going on in the loop
   * rather than from the completion keeps thousands of at-once failures from nesting calls until the stack
   * overflows (which CompletableFuture swallows, leaving the job never done).
   */
  private boolean send(int index, String id) {
    CompletableFuture<Optional<Record>> sent;
    try {
      sent = request.apply(id);
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    if (sent.isDone()) {
      finish(index, sent.handle((record, failure) -> result(id, record, failure)).join());
      return true;
    }
    inFlight.add(sent);
    CompletableFuture<Optional<Record>> mine = sent;
    sent.whenComplete((record, failure) -> {
      inFlight.remove(mine);
      finish(index, result(id, record, failure));
      startNext();
    });
    return false;
  }

  private static Result result(String id, Optional<Record> record, Throwable failure) {
    return failure == null ? new Result(id, record, Optional.empty())
        : new Result(id, Optional.empty(), Optional.of(problem(failure)));
  }

  private static ApiProblem problem(Throwable failure) {
    Throwable cause = Futures.unwrap(failure);
    return ApiProblem.in(cause).orElseGet(() -> cause instanceof java.util.concurrent.CancellationException
        ? ApiProblem.of(ApiProblem.Kind.CANCELLED, "Cancelled.")
        : new ApiProblem(ApiProblem.Kind.UNSUPPORTED, java.util.OptionalInt.empty(), String.valueOf(cause.getMessage()),
            List.of(), Optional.empty(), cause));
  }

  private void finish(int index, Result result) {
    synchronized (results) {
      results.set(index, result);
    }
    int count = done.incrementAndGet();
    listener.finished(result, count, ids.size());
    if (count == ids.size()) {
      synchronized (results) {
        all.complete(List.copyOf(results));
      }
    }
  }

  @Override
  public CompletableFuture<List<Result>> results() {
    return all;
  }

  @Override
  public void cancel() {
    cancelled.set(true);
  }
}
