package dev.switchboard.view.editor;

import dev.switchboard.view.cell.Formats;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small pieces the list editors share: a removable chip, and enum values said readably. */
final class Chips {

  private Chips() {}

  /** A chip with its text and a × that runs {@code onRemove}. */
  static Node removable(String text, Runnable onRemove) {
    Label label = new Label(text);
    Button remove = new Button(null, new FontIcon(Feather.X));
    remove.getStyleClass().addAll("flat", "tag-remove");
    remove.setAccessibleText("Remove " + text);
    remove.setOnAction(e -> onRemove.run());
    HBox chip = new HBox(2, label, remove);
    chip.setAlignment(Pos.CENTER_LEFT);
    chip.getStyleClass().add("tag-chip");
    return chip;
  }

  /** Enum values as people read them ("Follow up" for {@code follow_up}); null as "—". */
  static StringConverter<String> readable() {
    return new StringConverter<>() {
      @Override
      public String toString(String value) {
        return value == null ? Formats.NONE : Formats.enumLabel(value);
      }

      @Override
      public String fromString(String text) {
        return text;
      }
    };
  }
}
