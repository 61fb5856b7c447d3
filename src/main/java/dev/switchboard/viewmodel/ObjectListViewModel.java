package dev.switchboard.viewmodel;

import dev.switchboard.model.FieldDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A list of objects edited as rows of a small table (a team's shifts, an order's lines). Each row's columns are
 * fields of their own ({@code shifts.1.starts}), checked by the schema's rules as they are typed; every change
 * writes the whole list into the list's field, which the form sends, marks changed and reverts as one value.
 * Rows can be added (with the columns' defaults), removed and moved.
 *
 * <p>A row keeps what the editor has no column for (a line's own id, a read-only total): only the columns'
 * values are replaced, so a row that was not touched goes back to the server as it came.
 *
 * <p>Lives on the UI thread, like the form that owns it.
 */
public final class ObjectListViewModel {

  /** One row: the object as it was loaded (or made), and a field per column. */
  public record Row(Map<String, Object> original, List<FieldViewModel> cells) {}

  private final FieldViewModel list;
  private final List<FieldDef> columns;
  private final FieldRules rules;
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private boolean writing;

  /** {@code list} is an array field whose items are objects with known properties. */
  public ObjectListViewModel(FieldViewModel list, FieldRules rules) {
    this.list = list;
    this.columns = list.def().items().map(FieldDef::fields).orElse(List.of());
    this.rules = rules;
    load(list.valueProperty().get());
    list.valueProperty().addListener((obs, old, now) -> {
      if (!writing) {
        load(now); // Revert, or the value a save stored
      }
    });
  }

  public FieldViewModel list() {
    return list;
  }

  public List<FieldDef> columns() {
    return columns;
  }

  /** The rows, rebuilt when one is added, removed or moved, or when the list's value is replaced. */
  public ObservableList<Row> rows() {
    return rows;
  }

  /** Adds a row at the end, with each column's default. */
  public void add() {
    List<Map<String, Object>> values = current();
    Map<String, Object> fresh = new LinkedHashMap<>();
    columns.forEach(c -> c.defaultValue().ifPresent(d -> fresh.put(c.name(), d)));
    values.add(fresh);
    replace(values);
  }

  public void remove(int index) {
    List<Map<String, Object>> values = current();
    values.remove(index);
    replace(values);
  }

  /** Moves row {@code index} up ({@code -1}) or down ({@code +1}); nothing past either end. */
  public void move(int index, int by) {
    int to = index + by;
    List<Map<String, Object>> values = current();
    if (to < 0 || to >= values.size()) {
      return;
    }
    values.add(to, values.remove(index));
    replace(values);
  }

  private void replace(List<Map<String, Object>> values) {
    write(values);
    load(values); // the rows' paths follow their new places
  }

  private void load(Object value) {
    List<Row> loaded = new ArrayList<>();
    if (value instanceof List<?> items) {
      for (Object item : items) {
        Map<String, Object> original = new LinkedHashMap<>();
        if (item instanceof Map<?, ?> map) {
          map.forEach((k, v) -> original.put(String.valueOf(k), v));
        }
        loaded.add(row(original, loaded.size()));
      }
    }
    rows.setAll(loaded);
  }

  private Row row(Map<String, Object> original, int index) {
    List<FieldViewModel> cells = new ArrayList<>(columns.size());
    for (FieldDef column : columns) {
      FieldViewModel cell = new FieldViewModel(column, list.path() + "." + index + "." + column.name(),
          list.editable() && !column.readOnly(), original.get(column.name()), rules);
      cell.valueProperty().addListener((obs, old, now) -> write(current()));
      cells.add(cell);
    }
    return new Row(original, cells);
  }

  /** The rows' objects as the cells hold them now: each original, with the columns' values put in. */
  private List<Map<String, Object>> current() {
    List<Map<String, Object>> values = new ArrayList<>(rows.size());
    for (Row row : rows) {
      Map<String, Object> value = new LinkedHashMap<>(row.original());
      for (FieldViewModel cell : row.cells()) {
        String name = cell.def().name();
        Object typed = cell.valueProperty().get();
        if (!FieldRules.isEmpty(typed)) {
          value.put(name, typed);
        } else if (value.containsKey(name) || cell.def().required() && cell.def().nullable()) {
          value.put(name, null); // emptied: an explicit null, as the row came or as the schema needs
        }
      }
      values.add(value);
    }
    return values;
  }

  private void write(List<Map<String, Object>> values) {
    writing = true;
    try {
      list.valueProperty().set(List.copyOf(values.stream().map(ObjectListViewModel::unmodifiable).toList()));
    } finally {
      writing = false;
    }
  }

  private static Map<String, Object> unmodifiable(Map<String, Object> value) {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(value));
  }
}
