package dev.switchboard.data;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A running bulk change: a result per record as each finishes, progress as it goes, and a way to stop. Records
 * not yet started when cancelled are reported as {@link ApiProblem.Kind#CANCELLED}; ones already sent finish.
 */
public interface BulkJob {

  /** Told of each record's outcome as it arrives, on whatever thread finished it. */
  @FunctionalInterface
  interface Listener {
    void finished(Result result, int done, int total);

    Listener NONE = (result, done, total) -> { };
  }

  /** The outcome for one record: the record after the change (absent for deletes), or the problem. */
  record Result(String id, Optional<Record> record, Optional<ApiProblem> problem) {
    public boolean ok() {
      return problem.isEmpty();
    }
  }

  /** Every record's result, in the order they were given, once all are done. */
  CompletableFuture<List<Result>> results();

  /** Stops starting new requests. */
  void cancel();
}
