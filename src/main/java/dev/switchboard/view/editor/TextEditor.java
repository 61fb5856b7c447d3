package dev.switchboard.view.editor;

import dev.switchboard.viewmodel.FieldViewModel;
import javafx.scene.Node;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;

/** Text on one line, a text area for long text, or a password field; empty text is no value. */
final class TextEditor implements FieldEditor {

  /** Longer limits than this get a text area: a 2,000-character note does not fit a line. */
  static final int LINE_LIMIT = 200;

  private final TextInputControl input;

  private TextEditor(FieldViewModel field, TextInputControl input) {
    this.input = input;
    input.setId("field-" + field.path());
    field.def().description().ifPresent(input::setAccessibleHelp);
    input.setAccessibleText(field.def().label());
    Sync sync = new Sync(field, value -> {
      String text = value == null ? "" : String.valueOf(value);
      if (!text.equals(input.getText())) {
        input.setText(text);
      }
    });
    input.textProperty().addListener((obs, old, now) -> sync.write(now.isEmpty() ? null : now));
  }

  static TextEditor line(FieldViewModel field) {
    return new TextEditor(field, new TextField());
  }

  static TextEditor block(FieldViewModel field) {
    TextArea area = new TextArea();
    area.setWrapText(true);
    area.setPrefRowCount(4);
    area.getStyleClass().add("form-text-block");
    return new TextEditor(field, area);
  }

  /** A password: never shown, empty unless the person types a new one. */
  static TextEditor secret(FieldViewModel field) {
    PasswordField password = new PasswordField();
    password.setPromptText("Unchanged");
    return new TextEditor(field, password);
  }

  @Override
  public Node node() {
    return input;
  }
}
