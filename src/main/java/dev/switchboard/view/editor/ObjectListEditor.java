package dev.switchboard.view.editor;

import dev.switchboard.model.FieldDef;
import dev.switchboard.viewmodel.FieldViewModel;
import dev.switchboard.viewmodel.ObjectListViewModel;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A list of objects as an inline table: a header of the columns' labels, a row of editors per entry (each the
 * editor its column's type gets anywhere else: a choice box for an enum, a picker for a reference), buttons to
 * move a row up or down and to remove it, and Add. A cell that breaks its rules is marked, with the reason as
 * its tooltip; the first broken rule of the list shows under it like any field's error.
 *
 * <p>Ids: {@code field-<path>} for the table, {@code field-<path>.<row>.<column>} for a cell, and {@code
 * field-<path>-add}, {@code -up-<row>}, {@code -down-<row>}, {@code -remove-<row>} for the buttons.
 */
final class ObjectListEditor implements FieldEditor {

  private final ObjectListViewModel rows;
  private final Function<FieldViewModel, FieldEditor> cellEditors;
  private final GridPane grid = new GridPane();
  private final Label empty = new Label();
  private final Button add;
  private final VBox box;
  private final String id;

  ObjectListEditor(ObjectListViewModel rows, Function<FieldViewModel, FieldEditor> cellEditors) {
    this.rows = rows;
    this.cellEditors = cellEditors;
    this.id = "field-" + rows.list().path();
    grid.getStyleClass().add("object-list-rows");
    grid.setHgap(6);
    grid.setVgap(4);
    FieldDef item = rows.list().def().items().orElseThrow();
    empty.setText("No " + rows.list().def().displayLabel().toLowerCase(java.util.Locale.ROOT) + " yet.");
    empty.getStyleClass().add("form-help");
    add = new Button("Add " + singular(item, rows.list().def()), new FontIcon(Feather.PLUS));
    add.setId(id + "-add");
    add.getStyleClass().add("small");
    add.setOnAction(e -> {
      rows.add();
      focusRow(rows.rows().size() - 1);
    });
    add.setDisable(!rows.list().editable());
    box = new VBox(6, grid, empty, add);
    box.setId(id);
    box.getStyleClass().add("object-list");
    box.setFillWidth(true);
    rows.rows().addListener((ListChangeListener<ObjectListViewModel.Row>) change -> redraw());
    redraw();
  }

  /** "Add step" for a list called Steps; the items' own title when the schema gives one. */
  private static String singular(FieldDef item, FieldDef list) {
    String label = item.label() != null && !item.label().isBlank() && !item.label().equals(list.label())
        ? item.label() : list.displayLabel();
    String lower = label.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith("ies") ? lower.substring(0, lower.length() - 3) + "y"
        : lower.endsWith("s") && !lower.endsWith("ss") ? lower.substring(0, lower.length() - 1) : lower;
  }

  private void redraw() {
    grid.getChildren().clear();
    grid.getColumnConstraints().clear();
    List<FieldDef> columns = rows.columns();
    for (int c = 0; c < columns.size(); c++) {
      ColumnConstraints constraints = new ColumnConstraints();
      constraints.setHgrow(Priority.ALWAYS);
      constraints.setFillWidth(true);
      constraints.setMinWidth(60);
      grid.getColumnConstraints().add(constraints);
      grid.add(header(columns.get(c)), c, 0);
    }
    for (int r = 0; r < rows.rows().size(); r++) {
      ObjectListViewModel.Row row = rows.rows().get(r);
      for (int c = 0; c < row.cells().size(); c++) {
        Node cell = cell(row.cells().get(c));
        GridPane.setValignment(cell, VPos.CENTER);
        grid.add(cell, c, r + 1);
      }
      grid.add(rowButtons(r), columns.size(), r + 1);
    }
    boolean none = rows.rows().isEmpty();
    grid.setVisible(!none);
    grid.setManaged(!none);
    empty.setVisible(none);
    empty.setManaged(none);
  }

  private static Node header(FieldDef column) {
    Label label = new Label(column.displayLabel());
    label.getStyleClass().add("object-list-header");
    if (column.required() && !column.nullable() && !column.readOnly()) {
      Label star = new Label("*");
      star.getStyleClass().add("form-required");
      label.setGraphic(star);
      label.setContentDisplay(ContentDisplay.RIGHT);
    }
    column.description().filter(d -> !d.isBlank()).ifPresent(d -> label.setTooltip(new Tooltip(d)));
    return label;
  }

  private Node cell(FieldViewModel cell) {
    FieldEditor editor = cellEditors.apply(cell);
    Node node = editor.node();
    node.setUserData(editor);
    Runnable mark = () -> {
      String error = cell.errorProperty().get();
      boolean shown = !error.isEmpty() && (cell.isDirty() || !rows.list().shownErrorProperty().get().isEmpty());
      node.getStyleClass().remove("form-invalid");
      if (shown) {
        node.getStyleClass().add("form-invalid");
      }
      if (node instanceof javafx.scene.control.Control control) {
        control.setTooltip(shown ? new Tooltip(error) : null);
      }
    };
    cell.errorProperty().addListener((obs, old, now) -> mark.run());
    cell.dirtyProperty().addListener((obs, old, now) -> mark.run());
    mark.run();
    return node;
  }

  private Node rowButtons(int index) {
    Button up = small(Feather.ARROW_UP, "-up-" + index, "Move up");
    up.setDisable(index == 0);
    up.setOnAction(e -> rows.move(index, -1));
    Button down = small(Feather.ARROW_DOWN, "-down-" + index, "Move down");
    down.setDisable(index == rows.rows().size() - 1);
    down.setOnAction(e -> rows.move(index, 1));
    Button remove = small(Feather.TRASH_2, "-remove-" + index, "Remove this entry");
    remove.setOnAction(e -> rows.remove(index));
    HBox buttons = new HBox(0, up, down, remove);
    buttons.setAlignment(Pos.CENTER_LEFT);
    buttons.setDisable(!rows.list().editable());
    return buttons;
  }

  private Button small(Feather icon, String suffix, String tip) {
    Button button = new Button(null, new FontIcon(icon));
    button.setId(id + suffix);
    button.getStyleClass().addAll("flat", "button-icon", "object-list-button");
    button.setTooltip(new Tooltip(tip));
    button.setAccessibleText(tip);
    button.setFocusTraversable(false); // Tab goes from cell to cell
    return button;
  }

  private void focusRow(int index) {
    grid.getChildren().stream()
        .filter(n -> GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n) == index + 1)
        .filter(n -> n.getUserData() instanceof FieldEditor)
        .findFirst()
        .ifPresent(n -> ((FieldEditor) n.getUserData()).focus());
  }

  @Override
  public Node node() {
    return box;
  }

  @Override
  public void focus() {
    if (rows.rows().isEmpty()) {
      add.requestFocus();
    } else {
      focusRow(0);
    }
  }
}
