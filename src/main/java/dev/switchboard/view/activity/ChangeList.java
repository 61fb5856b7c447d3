package dev.switchboard.view.activity;

import dev.switchboard.viewmodel.ActivityEntry;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * An entry's changes as a small grid: the field's label, the value before, an arrow, the value after. An empty
 * side reads "(empty)"; long values wrap.
 */
final class ChangeList extends GridPane {

  ChangeList(ActivityEntry entry) {
    getStyleClass().add("activity-changes");
    ColumnConstraints names = new ColumnConstraints();
    names.setMinWidth(Region.USE_PREF_SIZE);
    ColumnConstraints before = new ColumnConstraints();
    // the old value takes what it needs (up to a third), the new one the rest: the arrow stays near both
    before.setMaxWidth(360);
    ColumnConstraints arrow = new ColumnConstraints();
    arrow.setMinWidth(Region.USE_PREF_SIZE);
    ColumnConstraints after = new ColumnConstraints();
    after.setHgrow(Priority.ALWAYS);
    getColumnConstraints().setAll(names, before, arrow, after);
    if (entry.changes().isEmpty()) {
      add(label(ActivityText.summary(entry), "muted"), 0, 0, 4, 1);
      return;
    }
    int row = 0;
    for (ActivityEntry.Change change : entry.changes()) {
      Label name = label(change.label(), "activity-change-field");
      Label from = label(ActivityText.shown(change.before()), change.before().isEmpty() ? "activity-none"
          : "activity-before");
      Label to = label(ActivityText.shown(change.after()), change.after().isEmpty() ? "activity-none"
          : "activity-after");
      from.setId("change-" + change.field() + "-before");
      to.setId("change-" + change.field() + "-after");
      addRow(row++, name, from, label("→", "muted"), to);
    }
  }

  private static Label label(String text, String styleClass) {
    Label label = new Label(text);
    label.getStyleClass().add(styleClass);
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    GridPane.setValignment(label, VPos.TOP);
    return label;
  }
}
