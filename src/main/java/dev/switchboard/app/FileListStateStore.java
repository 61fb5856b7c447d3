package dev.switchboard.app;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.switchboard.data.Filter;
import dev.switchboard.data.Sort;
import dev.switchboard.model.FilterOp;
import dev.switchboard.viewmodel.ListState;
import dev.switchboard.viewmodel.ListStateStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Table setups of one connection profile, in one {@link JsonFile} ({@code tables/<profile>.json} in the settings
 * folder), read once off the UI thread and written whole on the disk executor. A file that
 * cannot be read is logged and treated as empty: losing a column width must never stop anyone working.
 */
final class FileListStateStore implements ListStateStore {

  private static final Logger LOG = LoggerFactory.getLogger(FileListStateStore.class);

  /** The file's shape: plain values, so the file stays readable and survives model changes. */
  record Stored(int pageSize, List<String> sort, List<StoredFilter> filters, String search, List<String> columnOrder,
      List<String> hiddenColumns, Map<String, Double> columnWidths) {}

  record StoredFilter(String field, String op, List<Object> values) {}

  private final Map<String, ListState> states = new ConcurrentHashMap<>();
  private final JsonFile<Map<String, Stored>> file;

  private FileListStateStore(Path path, Executor disk) {
    this.file = new JsonFile<>(path, new TypeReference<>() {}, disk, this::snapshot);
  }

  /** Reads the profile's file; call off the UI thread. */
  static FileListStateStore open(Path path, Executor disk) {
    FileListStateStore store = new FileListStateStore(path, disk);
    try {
      store.file.read().ifPresent(stored -> stored.forEach((resource, s) -> store.states.put(resource, toState(s))));
    } catch (IOException | RuntimeException e) {
      LOG.warn("Table setups in {} could not be read ({}); starting from the defaults.", path, e.getMessage());
    }
    return store;
  }

  @Override
  public Optional<ListState> load(String resource) {
    return Optional.ofNullable(states.get(resource));
  }

  @Override
  public void save(String resource, ListState state) {
    states.put(resource, state);
    file.changed();
  }

  private Map<String, Stored> snapshot() {
    Map<String, Stored> stored = new LinkedHashMap<>();
    states.forEach((resource, state) -> stored.put(resource, toStored(state)));
    return stored;
  }

  private static Stored toStored(ListState state) {
    return new Stored(state.pageSize(),
        state.sort().stream().map(s -> (s.descending() ? "-" : "") + s.field()).toList(),
        state.filters().stream().map(f -> new StoredFilter(f.field(), f.op().id(),
            f.values().stream().map(FileListStateStore::storable).toList())).toList(),
        state.search().orElse(null), state.columnOrder(), state.hiddenColumns(), state.columnWidths());
  }

  /**
   * A filter value as the file keeps it: dates and times (a date range's bounds) as their ISO text, which the
   * filter controls and the query both read back; everything else as it is.
   */
  private static Object storable(Object value) {
    return value instanceof java.time.temporal.TemporalAccessor || value instanceof java.util.UUID
        ? value.toString() : value;
  }

  private static ListState toState(Stored s) {
    List<Filter> filters = new ArrayList<>();
    if (s.filters() != null) {
      for (StoredFilter f : s.filters()) {
        try {
          filters.add(new Filter(f.field(), FilterOp.valueOf(f.op().toUpperCase(java.util.Locale.ROOT)), f.values()));
        } catch (RuntimeException skipped) {
          // a filter this version cannot read is dropped, not the whole setup
        }
      }
    }
    return new ListState(s.pageSize() > 0 ? s.pageSize() : 50,
        s.sort() == null ? List.of() : s.sort().stream().map(Sort::parse).toList(), filters,
        Optional.ofNullable(s.search()), orEmpty(s.columnOrder()), orEmpty(s.hiddenColumns()),
        s.columnWidths() == null ? Map.of() : s.columnWidths());
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }
}
