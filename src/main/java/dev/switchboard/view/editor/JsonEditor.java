package dev.switchboard.view.editor;

import dev.switchboard.viewmodel.FieldViewModel;
import javafx.scene.Node;
import javafx.scene.control.TextArea;

/**
 * A free-form object (settings, metadata) as indented JSON text, checked as it is typed: text that is not JSON
 * is kept and marked with the parser's reason, and only a value that parses is sent.
 */
final class JsonEditor implements FieldEditor {

  private final TextArea area = new TextArea();

  JsonEditor(FieldViewModel field, JsonCodec json) {
    area.setId("field-" + field.path());
    area.getStyleClass().addAll("form-text-block", "form-json");
    area.setPrefRowCount(6);
    area.setAccessibleText(field.def().label() + ", JSON");
    Sync sync = new Sync(field, value -> {
      String text = value == null ? "" : json.print(value);
      if (!text.equals(area.getText())) {
        area.setText(text);
      }
    });
    area.textProperty().addListener((obs, old, now) -> {
      if (now.isBlank()) {
        sync.write(null);
        return;
      }
      try {
        sync.write(json.parse(now));
      } catch (IllegalArgumentException notJson) {
        sync.write(new FieldViewModel.Unparsed(now, "is not valid JSON: " + notJson.getMessage()));
      }
    });
  }

  @Override
  public Node node() {
    return area;
  }
}
