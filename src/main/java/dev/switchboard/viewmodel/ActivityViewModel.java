package dev.switchboard.viewmodel;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The activity log on screen: the entries a filter lets through, newest first, the choices for the filters, the
 * selected entry, and export. Changing a filter reloads; an answer that arrives after a newer request is dropped.
 * Lives on the UI thread: answers come back through {@code ui}.
 *
 * <p>A record's history is the same view model with the record fixed in its base filter ({@link #forRecord}).
 */
public final class ActivityViewModel {

  /** How many entries an export takes at most: far more than a screen. */
  static final int EXPORT_LIMIT = 1_000_000;

  private final ActivityLog log;
  private final Executor ui;
  private final ZoneId zone;
  private final ActivityFilter base;
  private final Optional<ActivityExport> export;
  private final StringProperty backend = new SimpleStringProperty("");
  private final StringProperty user = new SimpleStringProperty("");
  private final StringProperty resource = new SimpleStringProperty("");
  private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
  private final ObservableList<ActivityEntry> entries = FXCollections.observableArrayList();
  private final ObjectProperty<ActivityEntry> selected = new SimpleObjectProperty<>();
  private final ObservableList<String> backends = FXCollections.observableArrayList();
  private final ObservableList<String> users = FXCollections.observableArrayList();
  private final ObservableList<String> resources = FXCollections.observableArrayList();
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty loading = new SimpleBooleanProperty();
  private int generation;

  private ActivityViewModel(ActivityLog log, Executor ui, ZoneId zone, ActivityFilter base,
      Optional<ActivityExport> export) {
    this.log = log;
    this.ui = ui;
    this.zone = zone;
    this.base = base;
    this.export = export;
    for (var filter : List.of(backend, user, resource)) {
      filter.addListener((obs, old, now) -> load());
    }
    from.addListener((obs, old, now) -> load());
    to.addListener((obs, old, now) -> load());
  }

  /** Every entry, filterable, exportable. */
  public static ActivityViewModel forAll(ActivityLog log, Executor ui, ZoneId zone, ActivityExport export) {
    return new ActivityViewModel(log, ui, zone, ActivityFilter.ALL, Optional.of(export));
  }

  /** One record's entries on one backend. */
  public static ActivityViewModel forRecord(ActivityLog log, Executor ui, ZoneId zone, String backend,
      String resource, String recordId) {
    return new ActivityViewModel(log, ui, zone, ActivityFilter.ALL.withBackend(Optional.of(backend))
        .withResource(Optional.of(resource)).withRecordId(Optional.of(recordId)).withLimit(200), Optional.empty());
  }

  /** The filter as set now: the base, narrowed by each filter that is set; the dates in the user's zone. */
  public ActivityFilter filter() {
    ActivityFilter filter = base;
    if (!backend.get().isBlank()) {
      filter = filter.withBackend(Optional.of(backend.get()));
    }
    if (!user.get().isBlank()) {
      filter = filter.withUser(Optional.of(user.get()));
    }
    if (!resource.get().isBlank()) {
      filter = filter.withResource(Optional.of(resource.get()));
    }
    return filter.withPeriod(Optional.ofNullable(from.get()).map(d -> d.atStartOfDay(zone).toInstant()),
        Optional.ofNullable(to.get()).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()));
  }

  /** Reads the entries the filter lets through, and the filters' choices. */
  public void load() {
    int asked = ++generation;
    loading.set(true);
    log.query(filter()).whenCompleteAsync((found, failure) -> {
      if (asked != generation) {
        return;
      }
      loading.set(false);
      if (failure != null) {
        entries.clear();
        message.set("The activity log could not be read: " + rootMessage(failure));
        return;
      }
      entries.setAll(found);
      message.set(summary(found.size()));
    }, ui);
    log.facets().thenAcceptAsync(facets -> {
      keepChoices(backends, facets.backends(), backend.get());
      keepChoices(users, facets.users(), user.get());
      keepChoices(resources, facets.resources(), resource.get());
    }, ui);
  }

  /** Sets every filter back to "any". */
  public void clearFilters() {
    backend.set("");
    user.set("");
    resource.set("");
    from.set(null);
    to.set(null);
  }

  public boolean canExport() {
    return export.isPresent();
  }

  /** Writes every entry the filter lets through (not just those on screen) to {@code file}. */
  public void exportTo(Path file) {
    ActivityExport writer = export.orElseThrow(() -> new IllegalStateException("This activity view has no export"));
    message.set("Exporting…");
    log.query(filter().withLimit(EXPORT_LIMIT))
        .thenCompose(all -> writer.write(all, file).thenApply(done -> all.size()))
        .whenCompleteAsync((count, failure) -> message.set(failure == null
            ? "Exported " + count + (count == 1 ? " change" : " changes") + " to " + file
            : "Nothing was exported to " + file + ": " + rootMessage(failure)
                + ". Choose a folder you can write to and export again."), ui);
  }

  private String summary(int count) {
    if (count == 0) {
      return base.recordId().isPresent() ? "No changes to this record were made through Switchboard yet."
          : "No changes match. Changes made through Switchboard are listed here.";
    }
    String shown = count == 1 ? "1 change" : count + " changes";
    return count >= base.limit() ? shown + " shown (the newest); narrow the filters to see older ones" : shown;
  }

  /** The choices, plus the value chosen now even when it has no entries left. */
  private static void keepChoices(ObservableList<String> choices, List<String> found, String chosen) {
    List<String> all = new java.util.ArrayList<>(found);
    if (!chosen.isBlank() && !all.contains(chosen)) {
      all.add(chosen);
    }
    if (!choices.equals(all)) {
      choices.setAll(all);
    }
  }

  private static String rootMessage(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof java.util.concurrent.CompletionException
        || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }

  public StringProperty backendProperty() {
    return backend;
  }

  public StringProperty userProperty() {
    return user;
  }

  public StringProperty resourceProperty() {
    return resource;
  }

  public ObjectProperty<LocalDate> fromProperty() {
    return from;
  }

  public ObjectProperty<LocalDate> toProperty() {
    return to;
  }

  public ObservableList<ActivityEntry> entries() {
    return entries;
  }

  public ObjectProperty<ActivityEntry> selectedProperty() {
    return selected;
  }

  public ObservableList<String> backends() {
    return backends;
  }

  public ObservableList<String> users() {
    return users;
  }

  public ObservableList<String> resources() {
    return resources;
  }

  /** What the view says under the table: how many, an export's outcome, or why nothing could be read. */
  public StringProperty messageProperty() {
    return message;
  }

  public BooleanProperty loadingProperty() {
    return loading;
  }

  public ZoneId zone() {
    return zone;
  }
}
