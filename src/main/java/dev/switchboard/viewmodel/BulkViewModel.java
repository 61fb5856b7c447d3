package dev.switchboard.viewmodel;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.BulkJob;
import dev.switchboard.data.Record;
import dev.switchboard.data.RecordClient;
import dev.switchboard.model.ResourceDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One piece of bulk work on the selected records (delete them, set a field on each, run an action on each): a
 * few requests at a time, progress as each record finishes, Cancel (requests not yet sent are not sent), and a
 * list of the records that failed and why, which {@link #retryFailed()} sends again.
 *
 * <p>Lives on the UI thread: the job's results come back through the {@code ui} executor.
 */
public final class BulkViewModel {

  /** What happened to one record. */
  public record Outcome(String id, String title, boolean ok, String message) {}

  /** Starts the job on some records. */
  @FunctionalInterface
  public interface Work {
    BulkJob start(List<Record> records, BulkJob.Listener listener);
  }

  private final ResourceDef resource;
  private final String verb;
  private final Work work;
  private final Executor ui;
  private final Map<String, Record> byId = new LinkedHashMap<>();
  private final ObservableList<Outcome> failures = FXCollections.observableArrayList();
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private BulkJob job;
  private int succeeded;

  /**
   * @param verb what is done, for the summary, in the past tense: "deleted", "changed", "closed"
   */
  public BulkViewModel(ResourceDef resource, List<Record> records, String verb, Work work, Executor ui) {
    this.resource = resource;
    this.verb = verb;
    this.work = work;
    this.ui = ui;
    String idField = resource.idField().orElse("id");
    records.forEach(r -> r.id(idField).ifPresent(id -> byId.putIfAbsent(id, r)));
  }

  /** Deleting each record. */
  public static BulkViewModel delete(ResourceDef resource, List<Record> records, RecordClient client, Executor ui) {
    return new BulkViewModel(resource, records, "deleted", (some, listener) -> client.deleteMany(resource,
        ids(resource, some), listener), ui);
  }

  /** Setting the same fields on each record. */
  public static BulkViewModel update(ResourceDef resource, List<Record> records, Map<String, ?> changes,
      RecordClient client, Executor ui) {
    return new BulkViewModel(resource, records, "changed", (some, listener) -> client.updateMany(resource, some,
        changes, listener), ui);
  }

  /** Running an item action with the same body on each record. */
  public static BulkViewModel action(ResourceDef resource, List<Record> records, String action, String verb,
      Map<String, ?> body, RecordClient client, Executor ui) {
    return new BulkViewModel(resource, records, verb, (some, listener) -> client.actionMany(resource, action,
        ids(resource, some), body, listener), ui);
  }

  private static List<String> ids(ResourceDef resource, List<Record> records) {
    String idField = resource.idField().orElse("id");
    return records.stream().map(r -> r.id(idField)).flatMap(Optional::stream).toList();
  }

  public int size() {
    return byId.size();
  }

  /** The records that failed, with the reason. */
  public ObservableList<Outcome> failures() {
    return failures;
  }

  /** From 0 to 1. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** "12 of 20 calls deleted", then "18 of 20 calls deleted; 2 failed". */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** Starts on every record. */
  public void start() {
    run(List.copyOf(byId.values()));
  }

  /** Sends the failed (and cancelled) records again. */
  public void retryFailed() {
    if (running.get() || failures.isEmpty()) {
      return;
    }
    List<Record> again = failures.stream().map(f -> byId.get(f.id())).toList();
    run(again);
  }

  /** Sends no more requests; those under way finish. */
  public void cancel() {
    if (job != null) {
      job.cancel();
    }
  }

  private void run(List<Record> records) {
    failures.clear();
    int total = records.size();
    int before = succeeded;
    running.set(true);
    progress.set(0);
    summary.set(describe(0, total, 0));
    Function<String, String> title = id -> Optional.ofNullable(byId.get(id))
        .map(r -> RecordTitles.title(resource, r)).orElse(id);
    job = work.start(records, (result, done, all) -> ui.execute(() -> {
      if (result.ok()) {
        succeeded++;
      } else {
        String reason = result.problem().map(ApiProblem::getMessage).orElse("It failed.");
        failures.add(new Outcome(result.id(), title.apply(result.id()), false, reason));
      }
      progress.set((double) done / all);
      summary.set(describe(succeeded - before, all, failures.size()));
    }));
    job.results().whenCompleteAsync((results, failure) -> {
      running.set(false);
      if (failure != null) {
        summary.set("The bulk change stopped: " + failure.getMessage());
      }
    }, ui);
  }

  private String describe(int ok, int total, int failed) {
    String noun = resource.label().toLowerCase(Locale.ROOT);
    return ok + " of " + total + " " + noun + " " + verb + (failed > 0 ? "; " + failed + " failed" : "");
  }
}
