package dev.switchboard.view.editor;

import javafx.scene.Node;

/** A control bound to one form field: it shows the field's value and writes what the person enters. */
public interface FieldEditor {

  /** The control, with the id {@code field-<path>}. */
  Node node();

  /** Puts the caret in the editor. */
  default void focus() {
    node().requestFocus();
  }
}
