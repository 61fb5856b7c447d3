package dev.switchboard.viewmodel;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.LatestOnly;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Page;
import dev.switchboard.data.Record;
import dev.switchboard.data.RecordClient;
import dev.switchboard.model.ResourceDef;
import java.text.NumberFormat;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The first page of a collection under one record (its history on the server, say), for the record's view:
 * what the server answers, in its order, with a line saying what is shown or what went wrong.
 *
 * <p>Lives on the UI thread: answers come back through the {@code ui} executor.
 */
public final class SubCollectionViewModel {

  /** How many entries a record's view shows; the server's order decides which (newest first, for a history). */
  static final int SHOWN = 50;

  private final ResourceDef resource;
  private final Map<String, String> pathValues;
  private final RecordClient client;
  private final Executor ui;
  private final ObservableList<Record> records = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final LatestOnly<Page> latest = new LatestOnly<>();

  public SubCollectionViewModel(ResourceDef resource, Map<String, String> pathValues, RecordClient client,
      Executor ui) {
    this.resource = resource;
    this.pathValues = Map.copyOf(pathValues);
    this.client = client;
    this.ui = ui;
  }

  public ResourceDef resource() {
    return resource;
  }

  public ObservableList<Record> records() {
    return records;
  }

  /** "Loading…", "Nothing yet.", "The newest 50 of 212.", or what went wrong and what to do. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Reads the first page again; an older answer arriving late is dropped. */
  public void load() {
    message.set("Loading…");
    latest.submit(() -> client.listUnder(resource, pathValues, ListQuery.firstPage(SHOWN)))
        .whenCompleteAsync(this::show, ui);
  }

  private void show(Page page, Throwable failure) {
    if (failure instanceof CancellationException) {
      return; // a newer load is under way
    }
    if (failure != null) {
      message.set(ApiProblem.in(failure).map(Throwable::getMessage)
          .orElse(resource.label() + " could not be read: " + failure.getMessage()));
      return;
    }
    records.setAll(page.records().size() > SHOWN ? page.records().subList(0, SHOWN) : page.records());
    // a list the API does not page answers everything at once: its length is the total
    long total = page.total().isPresent() ? page.total().getAsLong() : page.hasNext() ? -1 : page.records().size();
    if (records.isEmpty()) {
      message.set("Nothing yet.");
    } else if (total > records.size()) {
      message.set("The first " + records.size() + " of " + NumberFormat.getIntegerInstance().format(total) + ".");
    } else if (total < 0) {
      message.set("The first " + records.size() + ".");
    } else {
      message.set("");
    }
  }
}
