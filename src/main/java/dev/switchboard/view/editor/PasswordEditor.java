package dev.switchboard.view.editor;

import dev.switchboard.model.FieldType;
import dev.switchboard.viewmodel.FieldViewModel;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A person's password: typed twice, with a strength hint, and sent only when both agree. Where it is optional
 * (changing a user) it is a separate step, "Set new password…", so an edit does not look like it needs one.
 *
 * <p>Ids: {@code field-<path>} and {@code field-<path>-confirm} for the two fields, {@code field-<path>-set} for
 * the step's button, {@code field-<path>-strength} for the hint.
 */
final class PasswordEditor implements FieldEditor {

  private final PasswordField first = new PasswordField();
  private final PasswordField second = new PasswordField();
  private final Label strength = new Label();
  private final VBox box = new VBox(6);
  private final VBox fields;
  private final Sync sync;

  PasswordEditor(FieldViewModel field) {
    String id = "field-" + field.path();
    first.setId(id);
    second.setId(id + "-confirm");
    first.setPromptText("New password");
    second.setPromptText("The same again");
    first.setAccessibleText(field.def().label());
    second.setAccessibleText(field.def().label() + ", again");
    strength.setId(id + "-strength");
    strength.getStyleClass().add("form-help");
    fields = new VBox(6, first, second, strength);
    sync = new Sync(field, value -> {
      if (value == null) { // Revert, or saved: empty again
        first.clear();
        second.clear();
      }
    });
    first.textProperty().addListener((obs, old, now) -> changed());
    second.textProperty().addListener((obs, old, now) -> changed());
    box.setId(id + "-box");
    boolean optional = !field.def().required();
    if (optional) {
      Button set = new Button("Set new password…", new FontIcon(Feather.KEY));
      set.setId(id + "-set");
      set.getStyleClass().add("small");
      set.setOnAction(e -> {
        box.getChildren().setAll(fields);
        first.requestFocus();
      });
      box.getChildren().add(set);
    } else {
      box.getChildren().add(fields);
    }
    changed();
  }

  /** A password-like field: a password type, or a write-only field whose name says password. */
  static boolean isPassword(dev.switchboard.model.FieldDef field) {
    if (isCurrentPassword(field.name())) {
      return false; // proves who is asking: typed once, no strength hint (a plain secret field)
    }
    return field.type() == FieldType.PASSWORD || field.format().filter("password"::equals).isPresent()
        || field.writeOnly() && field.name().toLowerCase(Locale.ROOT).contains("password");
  }

  /** {@code current_password}, {@code old_password}, {@code existingPassword}: the one a change replaces. */
  static boolean isCurrentPassword(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.contains("password") && (lower.contains("current") || lower.contains("old")
        || lower.contains("existing"));
  }

  private void changed() {
    String typed = first.getText();
    strength.setText(typed.isEmpty() ? "" : "Strength: " + strength(typed));
    if (typed.isEmpty() && second.getText().isEmpty()) {
      sync.write(null);
    } else if (!typed.equals(second.getText())) {
      // kept as typed, and Save waits: a mistyped password would lock the person out
      // (not the text itself: a value can end up in a log line)
      sync.write(new FieldViewModel.Unparsed("", second.getText().isEmpty() ? "needs typing again to confirm it"
          : "does not match the second entry"));
    } else {
      sync.write(typed);
    }
  }

  /** A rough hint from length and kinds of characters; the server's own rules stay the judge. */
  static String strength(String password) {
    int kinds = (password.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
        + (password.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
        + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
        + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
    int length = password.codePointCount(0, password.length());
    if (length >= 14 && kinds >= 3 || length >= 20) {
      return "strong";
    }
    if (length >= 10 && kinds >= 2) {
      return "fair";
    }
    return "weak (use 10 or more characters, mixing letters, digits and signs)";
  }

  @Override
  public Node node() {
    return box;
  }

  @Override
  public void focus() {
    if (box.getChildren().contains(fields)) {
      first.requestFocus();
    } else {
      box.getChildren().get(0).requestFocus();
    }
  }
}
