package dev.switchboard.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.Record;
import dev.switchboard.data.Session;
import dev.switchboard.model.OperationDef;
import dev.switchboard.model.OperationKind;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.model.SecurityRequirements;
import dev.switchboard.testing.TicketForms;
import dev.switchboard.testing.UnsupportedRecordClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class GuardedRecordClientTest {

  private static final ResourceDef TICKETS = new ResourceDef("tickets", "Tickets", "tickets", Optional.of("/tickets/"),
      Optional.of("/tickets/{id}"), Optional.of("id"), Optional.of("id"), List.of(), Map.of(
          OperationKind.UPDATE, new OperationDef(OperationKind.UPDATE, "PATCH", "/tickets/{id}", Optional.empty(),
              Optional.empty(), SecurityRequirements.NONE),
          OperationKind.DELETE, new OperationDef(OperationKind.DELETE, "DELETE", "/tickets/{id}", Optional.empty(),
              Optional.empty(), SecurityRequirements.NONE)), List.of(), Optional.empty(),
      TicketForms.TICKETS.fields(), TicketForms.TICKETS.createFields(), TicketForms.TICKETS.updateFields());

  /** Answers each call with the next of {@code answers}, and counts the calls. */
  static final class ScriptedClient extends UnsupportedRecordClient {
    final List<CompletableFuture<Record>> answers = new ArrayList<>();
    final List<Map<String, ?>> sent = new ArrayList<>();

    @Override
    public CompletableFuture<Record> update(ResourceDef resource, Record current, Map<String, ?> changes) {
      sent.add(changes);
      CompletableFuture<Record> answer = new CompletableFuture<>();
      answers.add(answer);
      return answer;
    }

    @Override
    public CompletableFuture<Void> delete(ResourceDef resource, String id) {
      return CompletableFuture.failedFuture(ApiProblem.of(ApiProblem.Kind.FORBIDDEN,
          "You do not have permission to delete the record. Ask an administrator for access."));
    }
  }

  private final ScriptedClient backend = new ScriptedClient();
  private final Permissions permissions = new Permissions(() -> new Session("oauth", Optional.of("agent"),
      java.util.Set.of(), false));
  private final SessionGuard guard = new SessionGuard(Runnable::run);
  private final GuardedRecordClient client = new GuardedRecordClient(backend, permissions, guard, Runnable::run);
  private int asked;

  {
    guard.setAskToLogIn(() -> asked++);
  }

  private static ApiProblem expired() {
    return ApiProblem.of(ApiProblem.Kind.SESSION_EXPIRED, "Your session has expired. Log in again.");
  }

  @Test
  void anExpiredSessionAsksToLogInOnceAndSendsTheCallsAgainAfterwards() {
    CompletableFuture<Record> first = client.update(TICKETS, TicketForms.ticket(), Map.of("title", "A"));
    CompletableFuture<Record> second = client.update(TICKETS, TicketForms.ticket(), Map.of("title", "B"));
    backend.answers.get(0).completeExceptionally(expired());
    backend.answers.get(1).completeExceptionally(expired());

    assertThat(asked).isEqualTo(1);
    assertThat(first).isNotDone();
    assertThat(second).isNotDone();

    guard.loggedInAgain();

    assertThat(backend.sent).extracting(m -> (Object) m.get("title")).containsExactly("A", "B", "A", "B");
    backend.answers.get(2).complete(TicketForms.ticket());
    assertThat(first).isCompletedWithValue(TicketForms.ticket());
    assertThat(second).isNotDone();
  }

  @Test
  void givingUpFailsTheWaitingCallsAsTheyFailed() {
    CompletableFuture<Record> call = client.update(TICKETS, TicketForms.ticket(), Map.of("title", "A"));
    backend.answers.get(0).completeExceptionally(expired());

    guard.gaveUp();

    assertThat(call).isCompletedExceptionally();
    assertThat(ApiProblem.in(catchFailure(call))).map(ApiProblem::kind).contains(ApiProblem.Kind.SESSION_EXPIRED);
    assertThat(backend.sent).hasSize(1);
  }

  @Test
  void aSecondExpiryAfterLoggingInAgainIsNotRetriedForever() {
    CompletableFuture<Record> call = client.update(TICKETS, TicketForms.ticket(), Map.of("title", "A"));
    backend.answers.get(0).completeExceptionally(expired());
    guard.loggedInAgain();
    backend.answers.get(1).completeExceptionally(expired());

    assertThat(call).isCompletedExceptionally();
    assertThat(backend.sent).hasSize(2);
  }

  @Test
  void cancellingAWaitingCallLeavesTheOthersWaitingForTheLogin() {
    CompletableFuture<Record> first = client.update(TICKETS, TicketForms.ticket(), Map.of("title", "A"));
    CompletableFuture<Record> second = client.update(TICKETS, TicketForms.ticket(), Map.of("title", "B"));
    backend.answers.get(0).completeExceptionally(expired());
    backend.answers.get(1).completeExceptionally(expired());

    first.cancel(true);
    guard.loggedInAgain();

    assertThat(backend.sent).extracting(m -> (Object) m.get("title")).containsExactly("A", "B", "B");
    assertThat(second).isNotDone();
  }

  @Test
  void aRefusalTurnsTheOperationOffWithTheServersReason() {
    CompletableFuture<Void> delete = client.delete(TICKETS, "7");

    assertThat(delete).isCompletedExceptionally();
    Permissions.Verdict verdict = permissions.check(TICKETS, OperationKind.DELETE);
    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.reason()).startsWith("You do not have permission to delete the record.");
    assertThat(permissions.check(TICKETS, OperationKind.UPDATE).allowed()).isTrue();
  }

  private static Throwable catchFailure(CompletableFuture<?> future) {
    try {
      future.join();
      throw new AssertionError("expected a failure");
    } catch (CompletionException e) {
      return e.getCause();
    }
  }
}
