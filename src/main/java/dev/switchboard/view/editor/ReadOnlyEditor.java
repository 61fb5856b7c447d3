package dev.switchboard.view.editor;

import dev.switchboard.view.cell.CellRegistry;
import dev.switchboard.view.cell.CellView;
import dev.switchboard.viewmodel.FieldViewModel;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * A value shown as the table shows it (dates in local time, references by name, "—" for none), for read-only
 * fields and for any field no editor accepts: the form still opens and says what is there.
 */
final class ReadOnlyEditor implements FieldEditor {

  private final Label label = new Label();
  private final FieldViewModel field;
  private final CellView view;
  /** Held here: the names map keeps only a weak reference, so the form can go when it closes. */
  private final InvalidationListener repaint = changed -> show();

  ReadOnlyEditor(FieldViewModel field, CellRegistry cells) {
    this.field = field;
    this.view = cells.viewFor(field.def());
    label.setId("field-" + field.path());
    label.getStyleClass().add("form-read-only");
    label.setWrapText(true);
    label.setFocusTraversable(false);
    label.setUserData(this); // the label keeps this editor, and with it the listener the names map holds weakly
    new Sync(field, value -> show());
    // a referenced record's name arrives after the form opens
    view.changes().ifPresent(names -> names.addListener(new WeakInvalidationListener(repaint)));
  }

  private void show() {
    label.setText(view.text(field.valueProperty().get()));
  }

  @Override
  public Node node() {
    return label;
  }
}
