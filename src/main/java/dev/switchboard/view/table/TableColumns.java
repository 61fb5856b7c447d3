package dev.switchboard.view.table;

import dev.switchboard.data.Record;
import dev.switchboard.data.Sort;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.view.cell.CellRegistry;
import dev.switchboard.view.cell.CellView;
import dev.switchboard.view.cell.RecordCell;
import dev.switchboard.viewmodel.CarriedNames;
import dev.switchboard.viewmodel.ListState;
import dev.switchboard.viewmodel.ResourceListViewModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * The columns of a resource's table, one per readable field in document order. Headers carry the field's label
 * and, when sorted, ▲ or ▼ with the key's position in a multi-column sort. Large text is hidden until chosen;
 * order, widths and visibility are remembered through the view model.
 */
final class TableColumns {

  private final ResourceListViewModel vm;
  private final TableView<Record> table;
  private final Map<String, TableColumn<Record, Object>> byField = new LinkedHashMap<>();
  private final Map<String, Label> headers = new LinkedHashMap<>();
  private final Map<String, String> labels = new LinkedHashMap<>();
  private final Map<String, CellView> views = new LinkedHashMap<>();
  private final java.util.Set<String> rememberedWidths = new java.util.HashSet<>();
  private boolean fitted;
  private final PauseTransition widthsSettle = new PauseTransition(Duration.millis(400));

  TableColumns(ResourceListViewModel vm, TableView<Record> table, CellRegistry cells) {
    this.vm = vm;
    this.table = table;
    String resource = vm.resource().name();
    for (FieldDef field : vm.resource().fields()) {
      if (field.writeOnly()) {
        continue; // never sent back by the server
      }
      CellView view = cells.viewFor(field);
      views.put(field.name(), view);
      TableColumn<Record, Object> column = new TableColumn<>();
      column.setId("column-" + resource + "-" + field.name());
      column.setUserData(field.name());
      column.setSortable(false); // the server sorts: header clicks go to the view model
      column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().get(field.name()).orElse(null)));
      column.setCellFactory(c -> new RecordCell(view));
      column.setPrefWidth(defaultWidth(field));
      column.getStyleClass().add(view.styleClass().replace("cell-", "column-"));
      Label header = new Label(field.displayLabel());
      header.getStyleClass().add("column-title");
      header.setContentDisplay(ContentDisplay.RIGHT);
      header.setMinWidth(0);
      header.setTooltip(new Tooltip(vm.canSort(field.name())
          ? "Sort by " + field.displayLabel() + (vm.canSortByMany() ? " (Shift-click to add to the sort)" : "")
          : "The server cannot sort by " + field.displayLabel()));
      if (!vm.canSort(field.name())) {
        header.getStyleClass().add("unsortable");
      }
      column.setGraphic(header);
      headers.put(field.name(), header);
      labels.put(field.name(), field.displayLabel());
      byField.put(field.name(), column);
    }
    restore(vm.state());
    showSort(vm.sortProperty().get());
    vm.sortProperty().addListener((obs, old, keys) -> showSort(keys));
    widthsSettle.setOnFinished(e -> remember());
    table.getColumns().addListener((ListChangeListener<TableColumn<Record, ?>>) change -> remember());
    for (TableColumn<Record, Object> column : byField.values()) {
      column.visibleProperty().addListener((obs, was, is) -> remember());
      column.widthProperty().addListener((obs, was, is) -> widthsSettle.playFromStart());
    }
  }

  /** A first width that fits the usual values of a type and the whole label. */
  private static double defaultWidth(FieldDef field) {
    double byType = switch (field.type()) {
      case BOOLEAN -> 64;
      case INTEGER, NUMBER, DURATION -> 96;
      case ENUM -> 116;
      case DATE, TIME -> 110;
      case DATE_TIME -> 148;
      case URI, TEXT -> 220;
      default -> 140;
    };
    if (field.reference().isPresent()) {
      byType = 140;
    }
    return Math.max(byType, 7.2 * field.displayLabel().length() + 34);
  }

  /**
   * Fits the columns without a remembered width to the header and the first page's values, once: a data grid
   * whose dates and numbers end in "…" hides what people came for.
   */
  void fitOnce(List<Record> rows) {
    if (fitted || rows.isEmpty()) {
      return;
    }
    fitted = true;
    Font font = headers.values().iterator().next().getFont();
    Font bold = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
    String idField = vm.resource().idField().orElse("id");
    for (FieldDef field : vm.resource().fields()) {
      TableColumn<Record, Object> column = byField.get(field.name());
      if (column == null || rememberedWidths.contains(field.name())) {
        continue;
      }
      CellView view = views.get(field.name());
      double widest = width(field.displayLabel(), bold) + 30;
      // Whether the view draws a chip depends on the field, not the value: ask once, not once a row.
      Object sample = rows.stream().map(r -> r.get(field.name()).orElse(null)).filter(v -> v != null).findFirst()
          .orElse(null);
      double extra = sample != null && view.graphic(sample) != null ? 34 : 24;
      for (Record row : rows) {
        Object value = row.get(field.name()).orElse(null);
        widest = Math.max(widest, width(view.text(value), font) + extra);
      }
      double max = field.name().equals(idField) ? 150 : field.type() == FieldType.TEXT ? 360 : 280;
      // names of referenced records usually arrive after the page: leave them room
      double min = field.reference().isPresent() ? 150 : 56;
      column.setPrefWidth(Math.ceil(Math.min(max, Math.max(min, widest))));
    }
  }

  /** One text node measures every value: a page of fifty rows would otherwise make seven hundred. */
  private final Text measure = new Text();

  private double width(String text, Font font) {
    measure.setFont(font);
    measure.setText(text);
    return measure.getLayoutBounds().getWidth();
  }

  List<TableColumn<Record, Object>> columns() {
    return List.copyOf(byField.values());
  }

  String label(TableColumn<?, ?> column) {
    return labels.getOrDefault((String) column.getUserData(), "");
  }

  /** Sets order, visibility and widths from a remembered setup, or the defaults when there is none. */
  private void restore(ListState state) {
    boolean remembered = !state.columnOrder().isEmpty();
    List<TableColumn<Record, ?>> ordered = new ArrayList<>();
    for (String name : state.columnOrder()) {
      TableColumn<Record, Object> column = byField.get(name);
      if (column != null) {
        ordered.add(column);
      }
    }
    byField.values().stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
    java.util.Set<String> carriers = CarriedNames.carriers(vm.resource().fields());
    for (FieldDef field : vm.resource().fields()) {
      TableColumn<Record, Object> column = byField.get(field.name());
      if (column == null) {
        continue;
      }
      column.setVisible(remembered ? !state.hiddenColumns().contains(field.name())
          : field.type() != FieldType.TEXT && !carriers.contains(field.name()));
      Double width = state.columnWidths().get(field.name());
      if (width != null && width > 10) {
        rememberedWidths.add(field.name());
        column.setPrefWidth(width);
      }
    }
    table.getColumns().setAll(ordered);
  }

  void remember() {
    List<String> order = new ArrayList<>();
    List<String> hidden = new ArrayList<>();
    Map<String, Double> widths = new LinkedHashMap<>();
    for (TableColumn<Record, ?> column : table.getColumns()) {
      String name = (String) column.getUserData();
      order.add(name);
      if (!column.isVisible()) {
        hidden.add(name);
      }
      widths.put(name, Math.rint(column.getWidth() > 0 ? column.getWidth() : column.getPrefWidth()));
    }
    vm.rememberColumns(order, hidden, widths);
  }

  private void showSort(List<Sort> keys) {
    headers.forEach((name, header) -> {
      header.setGraphic(null);
      header.getStyleClass().remove("sorted");
    });
    for (int i = 0; i < keys.size(); i++) {
      Label header = headers.get(keys.get(i).field());
      if (header == null) {
        continue;
      }
      Label mark = new Label((keys.get(i).descending() ? "▼" : "▲") + (keys.size() > 1 ? String.valueOf(i + 1) : ""));
      mark.getStyleClass().add("sort-mark");
      header.setGraphic(mark);
      header.getStyleClass().add("sorted");
    }
  }
}
