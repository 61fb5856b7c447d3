package dev.switchboard.viewmodel;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.Filter;
import dev.switchboard.data.LatestOnly;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Page;
import dev.switchboard.data.Record;
import dev.switchboard.data.RecordClient;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.FilterDef;
import dev.switchboard.model.FilterOp;
import dev.switchboard.model.ListCapabilities;
import dev.switchboard.model.OperationKind;
import dev.switchboard.model.ResourceDef;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Finds records of one resource by what a person types, so a picker can choose "Dana Scully" instead of asking
 * for user 7. The text goes to the server, in the first way the resource's list offers:
 * <ol>
 *   <li>its search parameter ({@code q}, {@code search});
 *   <li>its best text filter: an {@code ilike} (else {@code like}) on a name-like field ({@code full_name},
 *       {@code name}, ... as {@link RecordTitles} reads them), else on any text field;
 *   <li>neither: the first {@link #UNNARROWED} records, narrowed here by their titles.
 * </ol>
 * Typing is debounced, and an answer older than the latest request is dropped. Lives on the UI thread; answers
 * come back through the {@code ui} executor.
 */
public final class ReferenceSearch {

  /** One record as a picker offers it. */
  public record Choice(String id, String title) {}

  /** How many records a narrowed search shows. */
  public static final int LIMIT = 10;

  /** How many records are read when the server cannot narrow them, to narrow here. */
  static final int UNNARROWED = 100;

  private static final Set<FieldType> TEXT = EnumSet.of(FieldType.STRING, FieldType.TEXT, FieldType.EMAIL);

  private final ResourceDef target;
  private final RecordClient client;
  private final Executor ui;
  private final Debouncer debouncer;
  private final Optional<FilterDef> textFilter;
  private final LatestOnly<Page> latest = new LatestOnly<>();
  private final ObservableList<Choice> choices = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

  ReferenceSearch(ResourceDef target, RecordClient client, Executor ui, Debouncer debouncer) {
    this.target = target;
    this.client = client;
    this.ui = ui;
    this.debouncer = debouncer;
    ListCapabilities list = target.list().orElseThrow(() -> new IllegalArgumentException(target.name()
        + " has no list to search"));
    this.textFilter = list.searchParam().isPresent() ? Optional.empty() : bestTextFilter(list.filters());
  }

  /**
   * Whether records of {@code resource} can be found by name at all: it needs a list that answers with nothing
   * but the text, so not one under a parent's path ({@code /{org}/users}) or with a filter it requires.
   */
  static boolean canSearch(ResourceDef resource) {
    return resource.operation(OperationKind.LIST).isPresent() && resource.parentParams().isEmpty()
        && resource.list().map(l -> l.filters().stream().noneMatch(FilterDef::required)).orElse(false);
  }

  private static Optional<FilterDef> bestTextFilter(List<FilterDef> filters) {
    return filters.stream()
        .filter(f -> (f.op() == FilterOp.ILIKE || f.op() == FilterOp.LIKE) && TEXT.contains(f.type()))
        .min(Comparator.comparingInt((FilterDef f) -> nameRank(f.field()))
            .thenComparing(f -> f.op() == FilterOp.ILIKE ? 0 : 1));
  }

  private static int nameRank(String field) {
    int at = RecordTitles.NAMES.indexOf(field);
    return at < 0 ? RecordTitles.NAMES.size() : at;
  }

  public ResourceDef target() {
    return target;
  }

  /** The records found for the latest text, as titles. */
  public ObservableList<Choice> choices() {
    return choices;
  }

  public ReadOnlyBooleanProperty searchingProperty() {
    return searching.getReadOnlyProperty();
  }

  /** What to say instead of choices: nothing matched, or the search failed. Empty while there are choices. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Searches for {@code text} once typing pauses. */
  public void type(String text) {
    debouncer.trigger(() -> searchNow(text));
  }

  /** Searches for {@code text} now (the picker opened, or Down was pressed); blank text lists the first records. */
  public void searchNow(String text) {
    debouncer.cancel();
    String wanted = text == null ? "" : text.trim();
    searching.set(true);
    latest.submit(() -> client.list(target, query(wanted))).whenCompleteAsync((page, failure) -> {
      if (failure != null && isCancellation(failure)) {
        return; // a newer search replaced this one
      }
      if (failure != null) {
        choices.clear();
        message.set(ApiProblem.in(failure).map(Throwable::getMessage)
            .orElse("Searching " + noun() + " failed: " + failure.getMessage()));
        searching.set(false);
        return;
      }
      List<Choice> found = page.records().stream().map(this::choice)
          .filter(c -> !c.id().isEmpty()) // a record without an id cannot be a filter's value
          .filter(c -> narrowedOnServer() || wanted.isEmpty() || contains(c.title(), wanted))
          .limit(LIMIT).toList();
      choices.setAll(found);
      message.set(found.isEmpty() ? (wanted.isEmpty() ? "There are no " + noun() + "."
          : "No " + noun() + " match “" + wanted + "”.") : "");
      searching.set(false); // last: watchers of the search's end find its answer in place
    }, ui);
  }

  /** Stops a pending or running search: the picker closed. */
  public void cancel() {
    debouncer.cancel();
    latest.cancelAll();
    searching.set(false);
  }

  private ListQuery query(String text) {
    if (text.isEmpty()) {
      return ListQuery.firstPage(LIMIT);
    }
    if (target.list().orElseThrow().searchParam().isPresent()) {
      return ListQuery.firstPage(LIMIT).withSearch(text);
    }
    if (textFilter.isPresent()) {
      FilterDef def = textFilter.get();
      return ListQuery.firstPage(LIMIT).withFilter(Filter.of(def.field(), def.op(), text));
    }
    return ListQuery.firstPage(UNNARROWED);
  }

  private boolean narrowedOnServer() {
    return target.list().orElseThrow().searchParam().isPresent() || textFilter.isPresent();
  }

  private Choice choice(Record record) {
    String id = record.id(target.idField().orElse("id")).orElse("");
    return new Choice(id, RecordTitles.title(target, record));
  }

  private static boolean contains(String title, String text) {
    return title.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
  }

  private String noun() {
    return target.label().toLowerCase(Locale.ROOT);
  }

  private static boolean isCancellation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof CancellationException) {
        return true;
      }
    }
    return ApiProblem.in(failure).map(p -> p.kind() == ApiProblem.Kind.CANCELLED).orElse(false);
  }
}
