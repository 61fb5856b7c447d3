package dev.switchboard.viewmodel;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.BulkJob;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A bulk run's listener that appends an activity entry for each record before passing its result on, in the
 * order the results came; the job's results complete once every entry is stored. Records the run never started
 * (cancelled before their turn) are not recorded: nothing was sent for them.
 */
final class RecordedBulk implements BulkJob.Listener {

  private final ActivityLog log;
  private final BulkJob.Listener listener;
  private final Function<BulkJob.Result, ActivityEntry> entryFor;
  private CompletableFuture<Void> stored = CompletableFuture.completedFuture(null);

  RecordedBulk(ActivityLog log, BulkJob.Listener listener, Function<BulkJob.Result, ActivityEntry> entryFor) {
    this.log = log;
    this.listener = listener;
    this.entryFor = entryFor;
  }

  @Override
  public synchronized void finished(BulkJob.Result result, int done, int total) {
    boolean neverSent = result.problem().map(p -> p.kind() == ApiProblem.Kind.CANCELLED).orElse(false);
    CompletableFuture<Void> before = stored;
    CompletableFuture<Void> entry = neverSent ? before
        : before.thenCompose(x -> RecordingRecordClient.appendQuietly(log, entryFor.apply(result)));
    stored = entry.thenRun(() -> listener.finished(result, done, total));
  }

  private synchronized CompletableFuture<Void> allStored() {
    return stored;
  }

  /** The job as the caller sees it: its results wait for the last entry. */
  BulkJob wrap(BulkJob job) {
    return new BulkJob() {
      @Override
      public CompletableFuture<List<Result>> results() {
        return job.results().thenCompose(all -> allStored().thenApply(x -> all));
      }

      @Override
      public void cancel() {
        job.cancel();
      }
    };
  }
}
