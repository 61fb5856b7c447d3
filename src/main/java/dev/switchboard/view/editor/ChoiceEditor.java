package dev.switchboard.view.editor;

import dev.switchboard.viewmodel.FieldViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/**
 * One of an enum's values, shown readable ("Follow up" for {@code follow_up}); a searchable list when there are
 * many; a "—" choice for no value when the field is optional.
 */
final class ChoiceEditor implements FieldEditor {

  /** From this many values on, typing to find one beats scrolling. */
  static final int SEARCHABLE_FROM = 12;

  private final ComboBox<String> box;

  ChoiceEditor(FieldViewModel field) {
    List<String> values = new ArrayList<>();
    if (!field.def().required() || field.def().nullable()) {
      values.add(null);
    }
    values.addAll(field.def().enumValues());
    box = field.def().enumValues().size() >= SEARCHABLE_FROM ? new SearchableComboBox<>() : new ComboBox<>();
    box.getItems().setAll(values);
    box.setId("field-" + field.path());
    box.setAccessibleText(field.def().label());
    StringConverter<String> readable = Chips.readable();
    box.setConverter(new StringConverter<>() {
      @Override
      public String toString(String value) {
        return readable.toString(value);
      }

      @Override
      public String fromString(String text) {
        return values.stream().filter(v -> readable.toString(v).equals(text)).findFirst().orElse(null);
      }
    });
    Sync sync = new Sync(field, value -> box.setValue(value == null ? null : String.valueOf(value)));
    box.valueProperty().addListener((obs, old, now) -> sync.write(now));
  }

  @Override
  public Node node() {
    return box;
  }
}
