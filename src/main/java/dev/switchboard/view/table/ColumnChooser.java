package dev.switchboard.view.table;

import dev.switchboard.data.Record;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;

/**
 * A menu of the columns with a check box each; the menu stays open while boxes are ticked, and the last
 * visible column cannot be hidden.
 */
final class ColumnChooser {

  private ColumnChooser() {}

  static MenuButton create(String resource, TableColumns columns) {
    MenuButton button = new MenuButton("Columns", Icons.icon(Feather.COLUMNS));
    button.setId("columns-" + resource);
    button.getStyleClass().addAll(Css.FLAT, "columns-button");
    button.setTooltip(new Tooltip("Choose the columns to show"));
    for (TableColumn<Record, Object> column : columns.columns()) {
      CheckBox box = new CheckBox(columns.label(column));
      box.setId("column-toggle-" + resource + "-" + column.getUserData());
      box.setSelected(column.isVisible());
      box.selectedProperty().addListener((obs, was, is) -> {
        boolean lastVisible = !is && columns.columns().stream().filter(TableColumn::isVisible).count() <= 1;
        if (lastVisible) {
          box.setSelected(true);
        } else {
          column.setVisible(is);
        }
      });
      column.visibleProperty().addListener((obs, was, is) -> box.setSelected(is));
      CustomMenuItem item = new CustomMenuItem(box, false);
      item.getStyleClass().add("column-choice");
      button.getItems().add(item);
    }
    return button;
  }
}
