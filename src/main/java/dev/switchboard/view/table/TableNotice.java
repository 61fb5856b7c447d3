package dev.switchboard.view.table;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;

/**
 * A line over the table saying what a collection action did ("Close Stale Calls is done. Closed: 3."), or what
 * went wrong, until it is dismissed or replaced.
 */
final class TableNotice {

  private final Label text = new Label();
  private final HBox box;

  TableNotice(String resource) {
    text.setId("table-notice-" + resource);
    text.setWrapText(true);
    text.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(text, Priority.ALWAYS);
    Button dismiss = Icons.iconButton("table-notice-close-" + resource, Feather.X, "Dismiss");
    dismiss.setOnAction(e -> hide());
    box = new HBox(8, text, dismiss);
    box.setAlignment(Pos.CENTER_LEFT);
    box.getStyleClass().addAll("record-notice", "table-notice");
    hide();
  }

  Node node() {
    return box;
  }

  void show(String message, boolean problem) {
    text.setText(message);
    box.getStyleClass().remove("record-notice-problem");
    if (problem) {
      box.getStyleClass().add("record-notice-problem");
    }
    setShown(true);
  }

  void hide() {
    setShown(false);
  }

  /** The text hides with its line, so a look-up of the text finds it only while it is shown. */
  private void setShown(boolean shown) {
    box.setVisible(shown);
    box.setManaged(shown);
    text.setVisible(shown);
  }

  String message() {
    return box.isVisible() ? text.getText() : "";
  }
}
