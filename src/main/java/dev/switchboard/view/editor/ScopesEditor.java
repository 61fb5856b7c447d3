package dev.switchboard.view.editor;

import dev.switchboard.viewmodel.FieldViewModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * A list of permissions (OAuth2 scopes: {@code calls:write}) as a checklist: each scope with what the document
 * says it allows ("Create and change calls"), grouped by what comes before the colon (Calls, Users), in the enum's
 * order. Ids: {@code field-<path>} for the list, {@code field-<path>-<scope>} for each box, with any character but
 * letters, digits, - and _ as - ({@code field-scopes-calls-write}).
 */
final class ScopesEditor implements FieldEditor {

  private final VBox box = new VBox(8);
  private final List<CheckBox> checks = new ArrayList<>();

  ScopesEditor(FieldViewModel field, List<String> choices, Map<String, String> descriptions) {
    box.setId("field-" + field.path());
    box.getStyleClass().add("scopes-editor");
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (String scope : choices) {
      groups.computeIfAbsent(group(scope), g -> new ArrayList<>()).add(scope);
    }
    Sync[] sync = new Sync[1];
    for (Map.Entry<String, List<String>> group : groups.entrySet()) {
      GridPane rows = new GridPane();
      rows.setHgap(12);
      rows.setVgap(4);
      rows.getStyleClass().add("scopes-group");
      int row = 0;
      for (String scope : group.getValue()) {
        CheckBox check = new CheckBox(scope);
        // a colon would read as a pseudo-class in a CSS look-up: #field-scopes-calls-read
        check.setId("field-" + field.path() + "-" + scope.replaceAll("[^A-Za-z0-9_-]", "-"));
        check.setUserData(scope);
        check.setMnemonicParsing(false);
        check.selectedProperty().addListener((obs, was, is) -> {
          if (sync[0] != null) { // null while the field's first value is being shown
            sync[0].write(checked(choices));
          }
        });
        checks.add(check);
        Label what = new Label(descriptions.getOrDefault(scope, ""));
        what.getStyleClass().add("form-help");
        rows.add(check, 0, row);
        rows.add(what, 1, row++);
      }
      Label heading = new Label(group.getKey());
      heading.getStyleClass().add("scopes-group-title");
      box.getChildren().addAll(heading, rows);
    }
    sync[0] = new Sync(field, value -> {
      List<?> chosen = value instanceof List<?> list ? list : List.of();
      checks.forEach(c -> c.setSelected(chosen.stream().anyMatch(v -> String.valueOf(v).equals(c.getUserData()))));
    });
  }

  /** Whether these values are scopes the document declares: then a checklist says more than a drop-down. */
  static boolean areScopes(List<String> choices, Map<String, String> declared) {
    return !choices.isEmpty() && declared.keySet().containsAll(choices);
  }

  /** {@code calls:write} → "Calls"; {@code admin} → "Other". */
  private static String group(String scope) {
    int colon = scope.indexOf(':');
    if (colon <= 0) {
      return "Other";
    }
    String prefix = scope.substring(0, colon).replace('_', ' ');
    return prefix.substring(0, 1).toUpperCase(Locale.ROOT) + prefix.substring(1);
  }

  private List<Object> checked(List<String> choices) {
    List<Object> chosen = new ArrayList<>();
    for (String scope : choices) {
      if (checks.stream().anyMatch(c -> c.isSelected() && scope.equals(c.getUserData()))) {
        chosen.add(scope);
      }
    }
    return chosen;
  }

  @Override
  public Node node() {
    return box;
  }

  @Override
  public void focus() {
    if (!checks.isEmpty()) {
      checks.get(0).requestFocus();
    }
  }
}
