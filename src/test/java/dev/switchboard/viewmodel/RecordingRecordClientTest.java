package dev.switchboard.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.data.ActionResult;
import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.BulkJob;
import dev.switchboard.data.Record;
import dev.switchboard.data.RecordClient;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.testing.TicketForms;
import dev.switchboard.testing.UnsupportedRecordClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class RecordingRecordClientTest {

  private static final ResourceDef TICKETS = TicketForms.TICKETS;
  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  private final InMemoryActivityLog log = new InMemoryActivityLog();
  private String user = "agent";

  /** A backend that stores what it is sent, or refuses with {@link #refusal}. */
  private final class Backend extends UnsupportedRecordClient {
    ApiProblem refusal;

    private <T> CompletableFuture<T> answer(T value) {
      return refusal == null ? CompletableFuture.completedFuture(value) : CompletableFuture.failedFuture(refusal);
    }

    @Override
    public CompletableFuture<Record> create(ResourceDef resource, Map<String, ?> values) {
      Map<String, Object> saved = new LinkedHashMap<>(values);
      saved.put("id", 99);
      saved.remove("password");
      return answer(Record.of(saved));
    }

    @Override
    public CompletableFuture<Record> update(ResourceDef resource, Record current, Map<String, ?> changes) {
      Map<String, Object> saved = new LinkedHashMap<>(current.values());
      saved.putAll(changes);
      saved.remove("password");
      return answer(Record.of(saved));
    }

    @Override
    public CompletableFuture<List<Record>> getMany(ResourceDef resource, java.util.Collection<String> ids) {
      return CompletableFuture.completedFuture(List.of(Record.of(Map.of("id", 3, "full_name", "Sam Lee")),
          Record.of(Map.of("id", 4, "full_name", "Kim Ode"))));
    }

    @Override
    public CompletableFuture<Void> delete(ResourceDef resource, String id) {
      return answer(null);
    }

    @Override
    public CompletableFuture<ActionResult> action(ResourceDef resource, String action, Optional<String> id,
        Map<String, ?> body) {
      return answer(new ActionResult(204, Optional.empty(), Optional.empty()));
    }

    @Override
    public BulkJob updateMany(ResourceDef resource, List<Record> records, Map<String, ?> changes,
        BulkJob.Listener listener) {
      List<BulkJob.Result> results = new ArrayList<>();
      for (Record r : records) {
        String id = r.id("id").orElseThrow();
        BulkJob.Result result = id.equals("8")
            ? new BulkJob.Result(id, Optional.empty(), Optional.of(ApiProblem.of(ApiProblem.Kind.NOT_FOUND,
                "The ticket was not found: someone may have deleted it.")))
            : new BulkJob.Result(id, Optional.of(r), Optional.empty());
        results.add(result);
        listener.finished(result, results.size(), records.size());
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

  private final Backend backend = new Backend();

  private RecordClient recording() {
    return new RecordingRecordClient(backend, log, "http://backend.test", () -> user,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private ActivityEntry only() {
    assertThat(log.entries()).hasSize(1);
    return log.entries().get(0);
  }

  @Test
  void anUpdateRecordsWhoChangedWhichRecordAndEachChangedFieldOldAndNew() {
    recording().update(TICKETS, TicketForms.ticket(), Map.of("status", "closed", "priority", 2.0)).join();

    ActivityEntry entry = only();
    assertThat(entry.time()).isEqualTo(NOW);
    assertThat(entry.backend()).isEqualTo("http://backend.test");
    assertThat(entry.user()).isEqualTo("agent");
    assertThat(entry.resource()).isEqualTo("tickets");
    assertThat(entry.recordId()).isEqualTo("7");
    assertThat(entry.recordLabel()).isEqualTo("Printer on fire");
    assertThat(entry.operation()).isEqualTo("Update");
    assertThat(entry.result()).isEqualTo("ok");
    // the priority was 2 already: only the status changed
    assertThat(entry.changes()).containsExactly(new ActivityEntry.Change("status", "Status", "open", "closed"));
  }

  @Test
  void aChangedReferenceReadsAsTheNamesOfTheRecordsSeenElseAsTheirIds() {
    dev.switchboard.model.FieldDef agent = TicketForms.field("agent_id", "Agent ID",
        dev.switchboard.model.FieldType.INTEGER, false, dev.switchboard.model.Constraints.NONE)
        .withReference(new dev.switchboard.model.Reference("users", "id",
            dev.switchboard.model.Reference.Rule.EXTENSION));
    ResourceDef calls = new ResourceDef("calls", "Calls", "calls", Optional.of("/calls/"), Optional.of("/calls/{id}"),
        Optional.of("id"), Optional.of("id"), List.of(), Map.of(), List.of(), Optional.empty(),
        List.of(TicketForms.ID, agent), List.of(agent), List.of(agent));
    ResourceDef users = new ResourceDef("users", "Users", "users", Optional.of("/users/"), Optional.of("/users/{id}"),
        Optional.of("id"), Optional.of("id"), List.of(), Map.of(), List.of(), Optional.empty(), List.of(TicketForms.ID),
        List.of(), List.of());
    RecordClient client = recording();
    client.getMany(users, List.of("3", "4")).join();

    client.update(calls, Record.of(Map.of("id", 1, "agent_id", 3)), Map.of("agent_id", 4)).join();
    client.update(calls, Record.of(Map.of("id", 2, "agent_id", 4)), Map.of("agent_id", 99)).join();

    assertThat(log.entries()).extracting(e -> e.changes().get(0)).containsExactly(
        new ActivityEntry.Change("agent_id", "Agent", "Sam Lee", "Kim Ode"),
        new ActivityEntry.Change("agent_id", "Agent", "Kim Ode", "#99"));
  }

  @Test
  void secretsAreMaskedOnBothSidesOfAChange() {
    recording().update(TICKETS, Record.of(Map.of("id", 7, "title", "Printer", "password", "old-secret")),
        Map.of("password", "new-secret", "title", "Printer on fire")).join();
    recording().create(TICKETS, Map.of("title", "New", "api_token", "tok-123")).join();

    List<ActivityEntry> entries = log.entries();
    assertThat(entries.get(0).changes()).contains(
        new ActivityEntry.Change("password", "Password", ActivityEntry.MASK, ActivityEntry.MASK),
        new ActivityEntry.Change("title", "Title", "Printer", "Printer on fire"));
    assertThat(entries.get(1).changes()).contains(new ActivityEntry.Change("api_token", "api_token", "",
        ActivityEntry.MASK));
    assertThat(entries.toString()).doesNotContain("secret").doesNotContain("tok-123");
  }

  @Test
  void secretsInsideNestedObjectsAndListsOfObjectsAreMaskedToo() {
    recording().create(TICKETS, Map.of("title", "Mail",
        "smtp", Map.of("host", "mail.example.com", "password", "smtp-secret"),
        "hooks", List.of(Map.of("url", "https://hooks.example.com", "signing_secret", "hook-secret")))).join();

    String logged = log.entries().toString();
    assertThat(logged).contains("host: mail.example.com", "password: " + ActivityEntry.MASK,
        "url: https://hooks.example.com", "signing_secret: " + ActivityEntry.MASK);
    assertThat(logged).doesNotContain("smtp-secret").doesNotContain("hook-secret");
  }

  @Test
  void aRefusedSaveIsRecordedWithTheServersPlainSentenceAndStillFailsForTheCaller() {
    backend.refusal = ApiProblem.of(ApiProblem.Kind.VALIDATION, "Title: this field is required.");
    CompletableFuture<Record> saved = recording().update(TICKETS, TicketForms.ticket(), Map.of("title", ""));

    assertThatThrownBy(saved::join).isInstanceOf(CompletionException.class).hasCauseInstanceOf(ApiProblem.class);
    ActivityEntry entry = only();
    assertThat(entry.ok()).isFalse();
    assertThat(entry.result()).isEqualTo("Title: this field is required.");
    assertThat(entry.recordLabel()).isEqualTo("Printer on fire");
    assertThat(entry.changes()).containsExactly(new ActivityEntry.Change("title", "Title", "Printer on fire", ""));
  }

  @Test
  void theCallerHearsOfTheSaveOnlyAfterTheEntryIsStored() {
    log.hold();
    CompletableFuture<Record> saved = recording().update(TICKETS, TicketForms.ticket(), Map.of("status", "closed"));

    assertThat(saved).isNotDone();
    assertThat(log.entries()).isEmpty();
    log.release();
    assertThat(saved).isCompleted();
    assertThat(log.entries()).hasSize(1);
  }

  @Test
  void aLogThatCannotStoreDoesNotTurnADoneSaveIntoAFailure() {
    log.failAppends(new IllegalStateException("disk full"));
    Record saved = recording().update(TICKETS, TicketForms.ticket(), Map.of("status", "closed")).join();
    assertThat(saved.get("status")).contains("closed");
  }

  @Test
  void aCreateRecordsTheNewRecordsIdTitleAndValues() {
    recording().create(TICKETS, Map.of("title", "Projector", "urgent", true)).join();

    ActivityEntry entry = only();
    assertThat(entry.operation()).isEqualTo("Create");
    assertThat(entry.recordId()).isEqualTo("99");
    assertThat(entry.recordLabel()).isEqualTo("Projector");
    assertThat(entry.changes()).containsExactlyInAnyOrder(new ActivityEntry.Change("title", "Title", "", "Projector"),
        new ActivityEntry.Change("urgent", "Urgent", "", "true"));
  }

  @Test
  void aDeleteNamesTheRecordByTheTitleLastSeen() {
    RecordClient client = recording();
    client.update(TICKETS, TicketForms.ticket(), Map.of()).join();
    client.delete(TICKETS, "7").join();
    client.delete(TICKETS, "12").join();

    assertThat(log.entries()).extracting(ActivityEntry::operation, ActivityEntry::recordName)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Update", "Printer on fire"),
            org.assertj.core.groups.Tuple.tuple("Delete", "Printer on fire"),
            org.assertj.core.groups.Tuple.tuple("Delete", "#12"));
  }

  @Test
  void anActionRecordsItsBodyUnderTheActionsName() {
    user = "admin";
    recording().action(TICKETS, "escalate", Optional.of("7"), Map.of("reason", "Smoke")).join();

    ActivityEntry entry = only();
    assertThat(entry.operation()).isEqualTo("escalate");
    assertThat(entry.user()).isEqualTo("admin");
    assertThat(entry.recordId()).isEqualTo("7");
    assertThat(entry.changes()).containsExactly(new ActivityEntry.Change("reason", "reason", "", "Smoke"));
  }

  @Test
  void eachRecordOfABulkUpdateGetsItsOwnEntryWithItsOwnResultBeforeTheListenerHears() {
    List<Record> records = List.of(TicketForms.ticket(), Record.of(Map.of("id", 8, "title", "Fax", "status", "open")));
    List<Integer> heard = new ArrayList<>();
    BulkJob job = recording().updateMany(TICKETS, records, Map.of("status", "closed"), (result, done, total) -> {
      heard.add(log.entries().size());
    });
    job.results().join();

    assertThat(heard).containsExactly(1, 2);
    assertThat(log.entries()).extracting(ActivityEntry::recordId, ActivityEntry::operation, ActivityEntry::result)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("7", "Update (bulk)", "ok"),
            org.assertj.core.groups.Tuple.tuple("8", "Update (bulk)",
                "The ticket was not found: someone may have deleted it."));
    assertThat(log.entries().get(1).changes())
        .containsExactly(new ActivityEntry.Change("status", "Status", "open", "closed"));
    assertThat(log.entries().get(1).recordLabel()).isEqualTo("Fax");
  }
}
