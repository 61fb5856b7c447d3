package dev.switchboard.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.BulkJob;
import dev.switchboard.data.Record;
import dev.switchboard.testing.TicketForms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class BulkViewModelTest {

  /** Finishes each record at once; the ids in {@code failing} fail with a 409. */
  static final class Instant implements BulkViewModel.Work {
    final List<List<String>> started = new ArrayList<>();
    Set<String> failing = Set.of("2");

    @Override
    public BulkJob start(List<Record> records, BulkJob.Listener listener) {
      List<String> ids = records.stream().map(r -> r.id("id").orElseThrow()).toList();
      started.add(ids);
      List<BulkJob.Result> results = new ArrayList<>();
      for (String id : ids) {
        BulkJob.Result result = failing.contains(id)
            ? new BulkJob.Result(id, Optional.empty(), Optional.of(ApiProblem.of(ApiProblem.Kind.REJECTED,
                "The server refused: the ticket is locked.")))
            : new BulkJob.Result(id, Optional.empty(), Optional.empty());
        results.add(result);
        listener.finished(result, results.size(), ids.size());
      }
      return new BulkJob() {
        @Override
        public CompletableFuture<List<Result>> results() {
          return CompletableFuture.completedFuture(results);
        }

        @Override
        public void cancel() {}
      };
    }
  }

  private static List<Record> tickets(int count) {
    List<Record> records = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      records.add(Record.of(Map.of("id", i, "title", "Ticket " + i)));
    }
    return records;
  }

  private final Instant work = new Instant();

  @Test
  void eachRecordsOutcomeCountsAndFailuresAreListedWithTheirReasons() {
    BulkViewModel bulk = new BulkViewModel(TicketForms.TICKETS, tickets(3), "closed", work, Runnable::run);

    bulk.start();

    assertThat(bulk.progressProperty().get()).isEqualTo(1.0);
    assertThat(bulk.runningProperty().get()).isFalse();
    assertThat(bulk.summaryProperty().get()).isEqualTo("2 of 3 tickets closed; 1 failed");
    assertThat(bulk.failures()).containsExactly(new BulkViewModel.Outcome("2", "Ticket 2", false,
        "The server refused: the ticket is locked."));
  }

  @Test
  void retryingSendsOnlyTheFailedRecordsAgain() {
    BulkViewModel bulk = new BulkViewModel(TicketForms.TICKETS, tickets(3), "closed", work, Runnable::run);
    bulk.start();
    work.failing = Set.of();

    bulk.retryFailed();

    assertThat(work.started).containsExactly(List.of("1", "2", "3"), List.of("2"));
    assertThat(bulk.failures()).isEmpty();
    assertThat(bulk.summaryProperty().get()).isEqualTo("1 of 1 tickets closed");
  }

  @Test
  void aRecordSelectedTwiceIsChangedOnce() {
    List<Record> twice = new ArrayList<>(tickets(2));
    twice.add(twice.get(0));

    BulkViewModel bulk = new BulkViewModel(TicketForms.TICKETS, twice, "closed", work, Runnable::run);

    assertThat(bulk.size()).isEqualTo(2);
  }
}
