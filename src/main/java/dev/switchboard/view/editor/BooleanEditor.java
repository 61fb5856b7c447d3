package dev.switchboard.view.editor;

import dev.switchboard.viewmodel.FieldViewModel;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;

/** A check box; with a third, "no value" state when the field may be null. */
final class BooleanEditor implements FieldEditor {

  private final CheckBox box = new CheckBox();

  BooleanEditor(FieldViewModel field) {
    boolean nullable = field.def().nullable();
    box.setId("field-" + field.path());
    box.setAllowIndeterminate(nullable);
    box.setAccessibleText(field.def().label());
    Sync sync = new Sync(field, value -> {
      box.setIndeterminate(nullable && value == null);
      box.setSelected(Boolean.TRUE.equals(value));
    });
    Runnable write = () -> sync.write(box.isIndeterminate() ? null : box.isSelected());
    box.selectedProperty().addListener((obs, was, is) -> write.run());
    box.indeterminateProperty().addListener((obs, was, is) -> write.run());
  }

  @Override
  public Node node() {
    return box;
  }
}
