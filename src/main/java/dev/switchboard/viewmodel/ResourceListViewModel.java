package dev.switchboard.viewmodel;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.Filter;
import dev.switchboard.data.LatestOnly;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Page;
import dev.switchboard.data.Record;
import dev.switchboard.data.RecordClient;
import dev.switchboard.data.Sort;
import dev.switchboard.model.FilterDef;
import dev.switchboard.model.ListCapabilities;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.model.SortDef;
import java.text.NumberFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One resource's table: the current page of records, how it is sorted, filtered and searched, and paging, all
 * sent to the server through the {@link RecordClient}. Lives on the UI thread: every method is called there
 * and every property changes there (answers come back through the {@code ui} executor).
 *
 * <ul>
 *   <li>The previous page stays in {@link #rows()} while the next loads ({@link #loadingProperty()}), and an
 *       answer older than the latest request is dropped.
 *   <li>Search typing is debounced; sorting, filtering and page size changes go back to page 1.
 *   <li>Cursor paging goes back by remembering the queries of the pages before.
 *   <li>A failure leaves the rows as they were and sets {@link #errorProperty()} to the people-sentence;
 *       {@link #retry()} sends the same request again.
 *   <li>Sort, filters, search and page size are remembered in the {@link ListStateStore}.
 * </ul>
 */
public final class ResourceListViewModel {

  private final ResourceDef resource;
  private final ListCapabilities list;
  private final RecordClient client;
  private final Executor ui;
  private final Debouncer debouncer;
  private final ListStateStore store;
  private final LatestOnly<Page> latest = new LatestOnly<>();

  private final ObservableList<Record> rows = FXCollections.observableArrayList();
  // One wrapper for everyone: a wrapper only weakly follows the rows, so a fresh one per call could be
  // collected with its listeners still on it.
  private final ObservableList<Record> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper pageInfo = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper canPrevious = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper canNext = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyObjectWrapper<List<Sort>> sort = new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyObjectWrapper<Map<String, Filter>> filters = new ReadOnlyObjectWrapper<>(Map.of());
  private final ReadOnlyObjectWrapper<Optional<Page>> page = new ReadOnlyObjectWrapper<>(Optional.empty());
  private final StringProperty searchText = new SimpleStringProperty("");
  private final Deque<ListQuery> earlier = new ArrayDeque<>();

  private ListQuery query;
  private ListState state;

  public ResourceListViewModel(ResourceDef resource, RecordClient client, Executor ui, Debouncer debouncer,
      ListStateStore store, int defaultPageSize) {
    this.resource = resource;
    this.list = resource.list().orElseThrow(() -> new IllegalArgumentException(resource.name() + " has no list"));
    this.client = client;
    this.ui = ui;
    this.debouncer = debouncer;
    this.store = store;
    this.state = store.load(resource.name()).map(this::usable).orElse(ListState.defaults(defaultPageSize));
    Map<String, Filter> remembered = new LinkedHashMap<>();
    for (Filter f : state.filters()) {
      filterDef(f.field(), f.op()).ifPresent(def -> remembered.put(def.param(), f));
    }
    filters.set(Map.copyOf(remembered));
    sort.set(state.sort());
    searchText.set(state.search().orElse(""));
    query = new ListQuery(1, Optional.empty(), state.pageSize(), state.sort(), List.copyOf(remembered.values()),
        state.search());
    searchText.addListener((obs, old, text) -> debouncer.trigger(() -> {
      if (!text.equals(query.search().orElse(""))) {
        restart(query.withSearch(text));
      }
    }));
  }

  /** A remembered state, minus the sort and filters this version of the API no longer offers. */
  private ListState usable(ListState remembered) {
    List<Sort> keys = remembered.sort().stream().filter(k -> canSort(k.field())).toList();
    List<Filter> known = remembered.filters().stream().filter(f -> filterDef(f.field(), f.op()).isPresent()).toList();
    Optional<String> search = remembered.search().filter(s -> list.searchParam().isPresent());
    return new ListState(remembered.pageSize(), keys, known, search, remembered.columnOrder(),
        remembered.hiddenColumns(), remembered.columnWidths());
  }

  public ResourceDef resource() {
    return resource;
  }

  public ObservableList<Record> rows() {
    return readOnlyRows;
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  /** The last failure's people-sentence, empty when the last request worked. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** "Page 3 of 120 (5,987 calls)", or "Page 3" when the API does not count. */
  public ReadOnlyStringProperty pageInfoProperty() {
    return pageInfo.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canPreviousProperty() {
    return canPrevious.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canNextProperty() {
    return canNext.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<List<Sort>> sortProperty() {
    return sort.getReadOnlyProperty();
  }

  /** Active filters by their query parameter. */
  public ReadOnlyObjectProperty<Map<String, Filter>> filtersProperty() {
    return filters.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Optional<Page>> pageProperty() {
    return page.getReadOnlyProperty();
  }

  /** What is typed in the search box; the search is sent once typing pauses. */
  public StringProperty searchTextProperty() {
    return searchText;
  }

  public boolean hasSearch() {
    return list.searchParam().isPresent();
  }

  public int pageSize() {
    return query.pageSize();
  }

  public int pageNumber() {
    return query.page() + (query.cursor().isPresent() ? earlier.size() : 0);
  }

  public ListState state() {
    return state;
  }

  /** Loads the first page (or the remembered setup's). */
  public void load() {
    send(query);
  }

  /** Records gathered for bulk work past this many would be more than anyone should change at once. */
  public static final int MOST_MATCHING = 5_000;

  /**
   * Every record matching the current filters and search, in the current sort, read page by page from the
   * first (for "select all matching" bulk work). Fails with an {@link ApiProblem} when a page fails, or when more
   * than {@link #MOST_MATCHING} match. Completes through the UI executor.
   */
  public CompletableFuture<List<Record>> allMatching() {
    CompletableFuture<List<Record>> all = new CompletableFuture<>();
    ListQuery first = new ListQuery(1, Optional.empty(), Math.max(query.pageSize(), 100), query.sort(),
        query.filters(), query.search());
    gather(first, new ArrayList<>(), all);
    return all;
  }

  private void gather(ListQuery next, List<Record> so, CompletableFuture<List<Record>> all) {
    client.list(resource, next).whenComplete((page, failure) -> {
      if (failure != null) {
        ui.execute(() -> all.completeExceptionally(failure));
        return;
      }
      so.addAll(page.records());
      if (so.size() > MOST_MATCHING) {
        ui.execute(() -> all.completeExceptionally(ApiProblem.of(ApiProblem.Kind.UNSUPPORTED, "More than "
            + NumberFormat.getIntegerInstance(Locale.getDefault(Locale.Category.FORMAT)).format(MOST_MATCHING) + " "
            + resource.label().toLowerCase(Locale.ROOT) + " match: narrow the filters to change fewer at once.")));
        return;
      }
      if (!page.hasNext() || page.records().isEmpty() || all.isCancelled()) {
        List<Record> gathered = List.copyOf(so);
        ui.execute(() -> all.complete(gathered));
        return;
      }
      gather(page.nextCursor().map(next::withCursor).orElseGet(() -> next.withPage(next.page() + 1)), so, all);
    });
  }

  public void refresh() {
    send(query);
  }

  public void retry() {
    send(query);
  }

  public void nextPage() {
    Optional<Page> current = page.get();
    if (current.isEmpty() || !current.get().hasNext()) {
      return;
    }
    earlier.push(query);
    query = query.next(current.get());
    send(query);
  }

  /** Back to the first page of the same sort, filters and search (for cursors, the first cursor-less query). */
  public void firstPage() {
    if (earlier.isEmpty() && query.page() == 1 && query.cursor().isEmpty()) {
      return;
    }
    query = earlier.isEmpty() ? query.withPage(1) : earlier.peekLast();
    earlier.clear();
    send(query);
  }

  public void previousPage() {
    if (earlier.isEmpty()) {
      return;
    }
    query = earlier.pop();
    send(query);
  }

  public void setPageSize(int size) {
    if (size != query.pageSize()) {
      restart(query.withPageSize(size));
    }
  }

  /** Whether the server can sort by this field. */
  public boolean canSort(String field) {
    Optional<SortDef> def = list.sort();
    return def.isPresent() && (def.get().fields().isEmpty() || def.get().fields().contains(field));
  }

  /** Whether several sort keys can be combined (Shift-click). */
  public boolean canSortByMany() {
    return list.sort().map(SortDef::multi).orElse(false);
  }

  /**
   * A click on a column header: ascending, then descending, then unsorted. With {@code additive} (Shift) and an
   * API that takes several keys, the field is added to the sort instead of replacing it.
   */
  public void sortBy(String field, boolean additive) {
    if (!canSort(field)) {
      return;
    }
    List<Sort> keys = new ArrayList<>(additive && canSortByMany() ? sort.get() : List.of());
    Optional<Sort> current = sort.get().stream().filter(k -> k.field().equals(field)).findFirst();
    keys.removeIf(k -> k.field().equals(field));
    if (current.isEmpty()) {
      keys.add(Sort.ascending(field));
    } else if (!current.get().descending()) {
      int at = additive ? Math.max(0, sort.get().indexOf(current.get())) : 0;
      keys.add(Math.min(at, keys.size()), Sort.descending(field));
    }
    sort.set(List.copyOf(keys));
    restart(query.withSort(keys));
  }

  /** Sets or replaces the filter of one parameter; an empty value list removes it. */
  public void setFilter(FilterDef def, List<Object> values) {
    Map<String, Filter> next = new LinkedHashMap<>(filters.get());
    if (values.isEmpty()) {
      next.remove(def.param());
    } else {
      next.put(def.param(), new Filter(def.field(), def.op(), values));
    }
    applyFilters(next);
  }

  public void clearFilter(String param) {
    Map<String, Filter> next = new LinkedHashMap<>(filters.get());
    if (next.remove(param) != null) {
      applyFilters(next);
    }
  }

  public void clearFilters() {
    if (!filters.get().isEmpty() || !searchText.get().isEmpty()) {
      debouncer.cancel();
      searchText.set("");
      debouncer.cancel();
      filters.set(Map.of());
      restart(query.withFilters(List.of()).withSearch(""));
    }
  }

  private void applyFilters(Map<String, Filter> next) {
    filters.set(Map.copyOf(next));
    restart(query.withFilters(List.copyOf(next.values())));
  }

  public List<FilterDef> filterDefs() {
    return list.filters();
  }

  private Optional<FilterDef> filterDef(String field, dev.switchboard.model.FilterOp op) {
    return list.filters().stream().filter(f -> f.field().equals(field) && f.op() == op).findFirst();
  }

  /** Remembers the columns as the table shows them now. */
  public void rememberColumns(List<String> order, List<String> hidden, Map<String, Double> widths) {
    state = new ListState(state.pageSize(), state.sort(), state.filters(), state.search(), order, hidden, widths);
    store.save(resource.name(), state);
  }

  /** Stops whatever is in flight: the tab closed. */
  public void close() {
    debouncer.cancel();
    latest.cancelAll();
  }

  private void restart(ListQuery fresh) {
    earlier.clear();
    query = fresh;
    state = new ListState(fresh.pageSize(), fresh.sort(), fresh.filters(), fresh.search(), state.columnOrder(),
        state.hiddenColumns(), state.columnWidths());
    store.save(resource.name(), state);
    send(fresh);
  }

  private void send(ListQuery sent) {
    loading.set(true);
    latest.submit(() -> client.list(resource, sent)).whenCompleteAsync((result, failure) -> {
      if (failure != null && isCancellation(failure)) {
        return; // a newer request replaced this one; it will set loading when it lands
      }
      loading.set(false);
      if (failure != null) {
        error.set(ApiProblem.in(failure).map(Throwable::getMessage)
            .orElse("Loading the " + resource.label() + " list failed: " + failure.getMessage()));
        return;
      }
      error.set("");
      page.set(Optional.of(result));
      rows.setAll(result.records());
      canNext.set(result.hasNext());
      canPrevious.set(!earlier.isEmpty() || sent.page() > 1);
      pageInfo.set(pageInfo(sent, result));
    }, ui);
  }

  private static boolean isCancellation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof CancellationException) {
        return true;
      }
    }
    return ApiProblem.in(failure).map(p -> p.kind() == ApiProblem.Kind.CANCELLED).orElse(false);
  }

  private String pageInfo(ListQuery sent, Page result) {
    int number = sent.cursor().isPresent() ? earlier.size() + 1 : sent.page();
    NumberFormat format = NumberFormat.getIntegerInstance(Locale.getDefault(Locale.Category.FORMAT));
    String noun = resource.label().toLowerCase(Locale.ROOT);
    if (result.total().isPresent()) {
      long total = result.total().getAsLong();
      long pages = Math.max(1, (total + sent.pageSize() - 1) / sent.pageSize());
      return "Page " + format.format(number) + " of " + format.format(pages) + " (" + format.format(total) + " "
          + noun + ")";
    }
    if (result.records().isEmpty() && number == 1) {
      return "No " + noun;
    }
    return "Page " + format.format(number) + (result.hasNext() ? " · more…" : "");
  }
}
