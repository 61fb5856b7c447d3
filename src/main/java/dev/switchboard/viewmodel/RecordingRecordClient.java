package dev.switchboard.viewmodel;

import dev.switchboard.data.ActionResult;
import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.BulkJob;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Page;
import dev.switchboard.data.Record;
import dev.switchboard.data.RecordClient;
import dev.switchboard.model.ResourceDef;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A {@link RecordClient} that appends every write (create, update, delete, action, and each record of a bulk
 * run) to the {@link ActivityLog}, whether the server took it or not. The caller's future completes only after
 * the entry is stored, so a success the person sees is always on disk: a crash right after cannot lose it. When
 * storing fails the outcome is still passed on (the server did make the change; saying otherwise would invite
 * doing it twice) and the failure is logged.
 *
 * <p>Reads pass straight through, remembering each record's title, so a delete or an action from a table can
 * name its record, and a changed reference (a call's agent) reads as the agent's name.
 */
public final class RecordingRecordClient implements RecordClient {

  private static final System.Logger LOG = System.getLogger(RecordingRecordClient.class.getName());

  private final RecordClient client;
  private final ActivityLog log;
  private final String backend;
  private final Supplier<String> user;
  private final Clock clock;
  private final SeenTitles titles = new SeenTitles(5000);

  /**
   * @param backend the backend's address, as every entry names it
   * @param user who is logged in at the time of each write (the session can change while the connection stays)
   */
  public RecordingRecordClient(RecordClient client, ActivityLog log, String backend, Supplier<String> user,
      Clock clock) {
    this.client = client;
    this.log = log;
    this.backend = backend;
    this.user = user;
    this.clock = clock;
  }

  @Override
  public CompletableFuture<Page> listUnder(ResourceDef resource, Map<String, String> pathValues, ListQuery query) {
    return client.listUnder(resource, pathValues, query);
  }

  @Override
  public CompletableFuture<Page> list(ResourceDef resource, ListQuery query) {
    return client.list(resource, query).whenComplete((page, failure) -> {
      if (page != null) {
        page.records().forEach(r -> titles.remember(resource, r));
      }
    });
  }

  @Override
  public CompletableFuture<Record> get(ResourceDef resource, String id) {
    return client.get(resource, id).whenComplete((record, failure) -> {
      if (record != null) {
        titles.remember(resource, record);
      }
    });
  }

  @Override
  public CompletableFuture<List<Record>> getMany(ResourceDef resource, Collection<String> ids) {
    return client.getMany(resource, ids).whenComplete((records, failure) -> {
      if (records != null) {
        records.forEach(r -> titles.remember(resource, r));
      }
    });
  }

  @Override
  public CompletableFuture<Record> create(ResourceDef resource, Map<String, ?> values) {
    var changes = ActivityChanges.created(resource, values, titles::seen);
    return recorded(client.create(resource, values), (saved, problem) -> saved == null
        ? entry(resource, "", RecordTitles.named(values).orElse(""), "Create", changes, problem)
        : entry(resource, id(resource, saved), title(resource, saved), "Create", changes, problem));
  }

  @Override
  public CompletableFuture<Record> update(ResourceDef resource, Record current, Map<String, ?> changes) {
    var diff = ActivityChanges.update(resource, current, changes, titles::seen);
    return recorded(client.update(resource, current, changes), (saved, problem) ->
        entry(resource, id(resource, current), title(resource, saved == null ? current : saved), "Update", diff,
            problem));
  }

  @Override
  public CompletableFuture<Void> delete(ResourceDef resource, String id) {
    return recorded(client.delete(resource, id), (nothing, problem) ->
        entry(resource, id, titles.title(resource, id), "Delete", List.of(), problem));
  }

  @Override
  public CompletableFuture<ActionResult> action(ResourceDef resource, String action, Optional<String> id,
      Map<String, ?> body) {
    var changes = ActivityChanges.action(resource, action, body, titles::seen);
    String label = ActivityChanges.actionLabel(resource, action);
    return recorded(client.action(resource, action, id, body), (result, problem) -> {
      Optional<Record> answered = result == null ? Optional.empty() : result.record();
      String title = answered.map(r -> title(resource, r))
          .orElseGet(() -> id.map(i -> titles.title(resource, i)).orElse(""));
      return entry(resource, id.orElse(""), title, label, changes, problem);
    });
  }

  @Override
  public BulkJob updateMany(ResourceDef resource, List<Record> records, Map<String, ?> changes,
      BulkJob.Listener listener) {
    records.forEach(r -> titles.remember(resource, r));
    Map<String, Record> byId = new java.util.HashMap<>();
    records.forEach(r -> byId.put(id(resource, r), r));
    RecordedBulk recorded = new RecordedBulk(log, listener, result -> {
      Record before = byId.getOrDefault(result.id(), Record.of(Map.of()));
      Record after = result.record().orElse(before);
      return entry(resource, result.id(), title(resource, after), "Update (bulk)",
          ActivityChanges.update(resource, before, changes, titles::seen), result.problem());
    });
    return recorded.wrap(client.updateMany(resource, records, changes, recorded));
  }

  @Override
  public BulkJob actionMany(ResourceDef resource, String action, List<String> ids, Map<String, ?> body,
      BulkJob.Listener listener) {
    var changes = ActivityChanges.action(resource, action, body, titles::seen);
    String label = ActivityChanges.actionLabel(resource, action) + " (bulk)";
    RecordedBulk recorded = new RecordedBulk(log, listener, result -> entry(resource, result.id(),
        result.record().map(r -> title(resource, r)).orElseGet(() -> titles.title(resource, result.id())), label,
        changes, result.problem()));
    return recorded.wrap(client.actionMany(resource, action, ids, body, recorded));
  }

  @Override
  public BulkJob deleteMany(ResourceDef resource, List<String> ids, BulkJob.Listener listener) {
    RecordedBulk recorded = new RecordedBulk(log, listener, result -> entry(resource, result.id(),
        titles.title(resource, result.id()), "Delete (bulk)", List.of(), result.problem()));
    return recorded.wrap(client.deleteMany(resource, ids, recorded));
  }

  /** What to record once a write finished: its value, or else its problem. */
  @FunctionalInterface
  private interface EntryFor<T> {
    ActivityEntry entry(T value, Optional<ApiProblem> problem);
  }

  /**
   * The request's outcome, passed on once its entry is stored. Cancelling the answer cancels the request; a
   * cancelled request is recorded too, since it may have reached the server.
   */
  private <T> CompletableFuture<T> recorded(CompletableFuture<T> request, EntryFor<T> entryFor) {
    CompletableFuture<T> answer = new CompletableFuture<>();
    request.whenComplete((value, failure) -> {
      ActivityEntry entry = entryFor.entry(failure == null ? value : null,
          failure == null ? Optional.empty() : Optional.of(problem(failure)));
      appendQuietly(log, entry).whenComplete((stored, ignored) -> {
        if (failure == null) {
          answer.complete(value);
        } else {
          answer.completeExceptionally(failure);
        }
      });
    });
    answer.whenComplete((value, failure) -> {
      if (answer.isCancelled()) {
        request.cancel(true);
      }
    });
    return answer;
  }

  /** Appends, logging (never passing on) a failure to store. */
  static CompletableFuture<Void> appendQuietly(ActivityLog log, ActivityEntry entry) {
    CompletableFuture<Void> stored;
    try {
      stored = log.append(entry);
    } catch (RuntimeException e) {
      stored = CompletableFuture.failedFuture(e);
    }
    return stored.handle((ok, failure) -> {
      if (failure != null) {
        LOG.log(System.Logger.Level.WARNING, "The activity log could not store the " + entry.operation()
            + " of " + entry.resource() + " " + entry.recordName() + "; the change itself was made.", failure);
      }
      return null;
    });
  }

  private static ApiProblem problem(Throwable failure) {
    return ApiProblem.in(failure).orElseGet(() -> failure instanceof java.util.concurrent.CancellationException
        ? ApiProblem.of(ApiProblem.Kind.CANCELLED, "Cancelled before the server answered: the change may or may"
            + " not have been made. Reload the record to see.")
        : ApiProblem.of(ApiProblem.Kind.BAD_RESPONSE, String.valueOf(failure.getMessage())));
  }

  private ActivityEntry entry(ResourceDef resource, String id, String title, String operation,
      List<ActivityEntry.Change> changes, Optional<ApiProblem> problem) {
    return new ActivityEntry(clock.instant(), backend, user.get(), resource.name(), id, title, operation, changes,
        problem.map(ApiProblem::getMessage));
  }

  private String title(ResourceDef resource, Record record) {
    titles.remember(resource, record);
    return RecordTitles.title(resource, record);
  }

  private static String id(ResourceDef resource, Record record) {
    return record.id(resource.idField().orElse("id")).orElse("");
  }
}
