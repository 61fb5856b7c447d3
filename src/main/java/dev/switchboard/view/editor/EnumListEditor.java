package dev.switchboard.view.editor;

import dev.switchboard.viewmodel.FieldViewModel;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import org.controlsfx.control.CheckComboBox;

/** Several of an enum's values (roles, scopes, days), ticked in a drop-down, kept in the enum's order. */
final class EnumListEditor implements FieldEditor {

  private final CheckComboBox<String> box = new CheckComboBox<>();

  EnumListEditor(FieldViewModel field, List<String> choices) {
    box.getItems().setAll(choices);
    box.setId("field-" + field.path());
    box.setAccessibleText(field.def().label());
    box.setConverter(Chips.readable());
    box.setTitle(null);
    Sync sync = new Sync(field, value -> {
      box.getCheckModel().clearChecks();
      if (value instanceof List<?> list) {
        list.forEach(v -> box.getCheckModel().check(String.valueOf(v)));
      }
    });
    box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change ->
        sync.write(choices.stream().filter(box.getCheckModel()::isChecked).toList()));
  }

  @Override
  public Node node() {
    return box;
  }
}
