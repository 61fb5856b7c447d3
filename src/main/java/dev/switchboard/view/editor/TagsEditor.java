package dev.switchboard.view.editor;

import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.view.cell.Formats;
import dev.switchboard.viewmodel.FieldViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;

/**
 * A list of plain values as chips: type and press Enter (or a comma) to add one, click a chip's × or press
 * Backspace in the empty field to remove the last. Whole numbers are read as numbers.
 */
final class TagsEditor implements FieldEditor {

  private final FlowPane box = new FlowPane(6, 6);
  private final TextField input = new TextField();
  private final List<Object> values = new ArrayList<>();
  private final FieldDef element;
  private final Sync sync;

  TagsEditor(FieldViewModel field) {
    this.element = field.def().items().orElse(null);
    box.setId("field-" + field.path());
    box.getStyleClass().add("tags-editor");
    box.setAlignment(Pos.CENTER_LEFT);
    input.setId("field-" + field.path() + "-input");
    input.setPromptText("Add…");
    input.setPrefColumnCount(8);
    input.setAccessibleText("Add to " + field.def().label());
    sync = new Sync(field, value -> {
      values.clear();
      if (value instanceof List<?> list) {
        values.addAll(list);
      }
      redraw();
    });
    input.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.ENTER && !input.getText().isBlank()) {
        add(input.getText());
        e.consume();
      } else if (e.getCode() == KeyCode.BACK_SPACE && input.getText().isEmpty() && !values.isEmpty()) {
        values.remove(values.size() - 1);
        changed();
      }
    });
    input.textProperty().addListener((obs, old, now) -> {
      if (now.endsWith(",")) {
        add(now.substring(0, now.length() - 1));
      }
    });
  }

  private void add(String text) {
    String trimmed = text.strip();
    if (!trimmed.isEmpty()) {
      values.add(element != null && element.type() == FieldType.INTEGER && trimmed.matches("-?\\d{1,18}")
          ? (Object) Long.parseLong(trimmed) : trimmed);
      changed();
    }
    input.clear();
  }

  private void changed() {
    redraw();
    sync.write(List.copyOf(values));
  }

  private void redraw() {
    List<Node> chips = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      int index = i;
      chips.add(Chips.removable(values.get(i) == null ? Formats.NONE : String.valueOf(values.get(i)), () -> {
        values.remove(index);
        changed();
      }));
    }
    chips.add(input);
    box.getChildren().setAll(chips);
  }

  @Override
  public Node node() {
    return box;
  }

  @Override
  public void focus() {
    input.requestFocus();
  }
}
