package dev.switchboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.BulkJob;
import dev.switchboard.data.Record;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Bulk work keeps a bounded number of requests going, reports in order, and stops when asked. */
class BulkRunnerTest {

  /** Requests that finish only when the test says, counting how many are open at once. */
  private final Map<String, CompletableFuture<Optional<Record>>> sent = Collections.synchronizedMap(
      new LinkedHashMap<>());
  private final AtomicInteger mostOpen = new AtomicInteger();

  private CompletableFuture<Optional<Record>> request(String id) {
    CompletableFuture<Optional<Record>> future = new CompletableFuture<>();
    synchronized (sent) {
      sent.put(id, future);
      int open = (int) sent.values().stream().filter(f -> !f.isDone()).count();
      mostOpen.accumulateAndGet(open, Math::max);
    }
    return future;
  }

  private static List<String> ids(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(Integer::toString).toList();
  }

  private void answer(String id) {
    sent.get(id).complete(Optional.of(Record.of(Map.of("id", id))));
  }

  private List<String> sentIds() {
    synchronized (sent) {
      return new ArrayList<>(sent.keySet());
    }
  }

  @Test
  void neverMoreThanTheConcurrencyAreInFlight() {
    BulkJob job = BulkRunner.start(ids(10), 3, this::request, BulkJob.Listener.NONE);

    assertThat(sentIds()).containsExactly("1", "2", "3");
    while (!job.results().isDone()) {
      List<String> unanswered = sentIds().stream().filter(id -> !sent.get(id).isDone()).toList();
      answer(unanswered.get(unanswered.size() - 1));
    }

    assertThat(mostOpen.get()).isEqualTo(3);
    assertThat(sentIds()).hasSize(10);
  }

  @Test
  void resultsKeepTheGivenOrderWhateverOrderTheyFinishIn() throws Exception {
    BulkJob job = BulkRunner.start(ids(4), 4, this::request, BulkJob.Listener.NONE);

    List.of("3", "1", "4", "2").forEach(this::answer);

    assertThat(job.results().get(1, TimeUnit.SECONDS)).extracting(BulkJob.Result::id)
        .containsExactly("1", "2", "3", "4");
  }

  @Test
  void eachOutcomeIsReportedWithProgress() {
    List<String> progress = Collections.synchronizedList(new ArrayList<>());
    BulkRunner.start(ids(3), 1, this::request, (result, done, total) ->
        progress.add(result.id() + ":" + result.ok() + " " + done + "/" + total));

    answer("1");
    sent.get("2").completeExceptionally(ApiProblem.of(ApiProblem.Kind.FORBIDDEN, "no"));
    answer("3");

    assertThat(progress).containsExactly("1:true 1/3", "2:false 2/3", "3:true 3/3");
  }

  @Test
  void aFailedRecordCarriesItsProblemAndTheOthersGoOn() throws Exception {
    BulkJob job = BulkRunner.start(ids(2), 1, this::request, BulkJob.Listener.NONE);

    sent.get("1").completeExceptionally(ApiProblem.of(ApiProblem.Kind.NOT_FOUND, "gone"));
    answer("2");

    List<BulkJob.Result> results = job.results().get(1, TimeUnit.SECONDS);
    assertThat(results.get(0).problem()).map(ApiProblem::kind).contains(ApiProblem.Kind.NOT_FOUND);
    assertThat(results.get(1).ok()).isTrue();
  }

  @Test
  void cancelLetsTheSentFinishAndReportsTheUnsentAsCancelled() throws Exception {
    BulkJob job = BulkRunner.start(ids(5), 2, this::request, BulkJob.Listener.NONE);

    job.cancel();
    answer("1");
    answer("2");

    List<BulkJob.Result> results = job.results().get(1, TimeUnit.SECONDS);
    assertThat(sentIds()).as("nothing more was sent").containsExactly("1", "2");
    assertThat(results).extracting(BulkJob.Result::ok).containsExactly(true, true, false, false, false);
    assertThat(results.subList(2, 5)).allSatisfy(r ->
        assertThat(r.problem()).map(ApiProblem::kind).contains(ApiProblem.Kind.CANCELLED));
  }

  @Test
  void noRecordsIsDoneAtOnce() {
    BulkJob job = BulkRunner.start(List.of(), 3, this::request, BulkJob.Listener.NONE);

    assertThat(job.results()).isCompletedWithValue(List.of());
  }

  @Test
  void manyRequestsThatFinishAtOnceDoNotExhaustTheStack() throws Exception {
    ApiProblem refused = ApiProblem.of(ApiProblem.Kind.UNSUPPORTED, "no delete");

    BulkJob job = BulkRunner.start(ids(50_000), 6, id -> CompletableFuture.failedFuture(refused),
        BulkJob.Listener.NONE);

    assertThat(job.results().get(5, TimeUnit.SECONDS)).hasSize(50_000).noneMatch(BulkJob.Result::ok);
  }
}
