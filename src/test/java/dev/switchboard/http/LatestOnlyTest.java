package dev.switchboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.LatestOnly;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A view shows only the answer to its latest request. */
class LatestOnlyTest {

  private final LatestOnly<String> latest = new LatestOnly<>();

  /** A request whose cancel is ignored, like one whose answer is already on its way. */
  private static final class Uncancellable extends CompletableFuture<String> {
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      return false;
    }
  }

  @Test
  void aNewRequestCancelsThePreviousOne() {
    CompletableFuture<String> mis = new CompletableFuture<>();
    CompletableFuture<String> first = latest.submit(() -> mis);

    latest.submit(CompletableFuture::new);

    assertThat(mis).as("the request for 'mis'").isCancelled();
    assertThat(first).as("what the view waits on for 'mis'").isCancelled();
  }

  @Test
  void anOlderAnswerArrivingAfterANewerRequestIsDropped() {
    Uncancellable mis = new Uncancellable();
    CompletableFuture<String> missed = new CompletableFuture<>();
    CompletableFuture<String> first = latest.submit(() -> mis);
    CompletableFuture<String> second = latest.submit(() -> missed);

    missed.complete("rows for missed");
    mis.complete("rows for mis");

    assertThat(first).isCancelled();
    assertThat(second).isCompletedWithValue("rows for missed");
  }

  @Test
  void theLatestRequestsFailureReachesTheView() {
    CompletableFuture<String> sent = new CompletableFuture<>();
    CompletableFuture<String> shown = latest.submit(() -> sent);

    sent.completeExceptionally(new IllegalStateException("boom"));

    assertThat(shown).isCompletedExceptionally().isNotCancelled();
  }

  @Test
  void cancellingWhatTheViewWaitsOnCancelsTheRequest() {
    CompletableFuture<String> sent = new CompletableFuture<>();
    CompletableFuture<String> shown = latest.submit(() -> sent);

    shown.cancel(true);

    assertThat(sent).isCancelled();
  }

  @Test
  void cancelAllCancelsWhatIsInFlight() {
    CompletableFuture<String> sent = new CompletableFuture<>();
    CompletableFuture<String> shown = latest.submit(() -> sent);

    latest.cancelAll();

    assertThat(sent).isCancelled();
    assertThat(shown).isCancelled();
  }
}
