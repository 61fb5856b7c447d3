package dev.switchboard.view.record;

import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.view.editor.EditorRegistry;
import dev.switchboard.viewmodel.FieldRules;
import dev.switchboard.viewmodel.FieldViewModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * "Edit selected": choose one field the update accepts and the value every selected record gets, checked by
 * the field's rules before anything is sent.
 */
public final class BulkEditDialog {

  private BulkEditDialog() {}

  /** The fields a bulk edit can set: top-level, editable, not secret. */
  static List<FieldDef> settable(ResourceDef resource) {
    List<FieldDef> update = resource.updateFields();
    return update.stream().filter(f -> !f.readOnly() && !f.writeOnly() && f.type() != FieldType.PASSWORD
        && !(f.type() == FieldType.OBJECT && !f.fields().isEmpty())).toList();
  }

  /** Shows the dialog; {@code onChanges} gets {@code {field: value}} once the value passes the field's rules. */
  public static void show(Window owner, ResourceDef resource, int count, EditorRegistry editors, FieldRules rules,
      Consumer<Map<String, Object>> onChanges) {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    String noun = resource.label().toLowerCase(java.util.Locale.ROOT);
    dialog.setTitle("Edit " + count + " " + noun);
    dialog.setHeaderText("Set one field on " + count + " " + noun);
    ButtonType apply = new ButtonType("Apply to " + count, ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().setAll(apply, ButtonType.CANCEL);
    dialog.getDialogPane().setId("bulk-edit-dialog");
    dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());

    ComboBox<FieldDef> choice = new ComboBox<>();
    choice.setId("bulk-edit-field");
    choice.getItems().setAll(settable(resource));
    choice.setPromptText("Choose a field");
    choice.setConverter(new StringConverter<>() {
      @Override
      public String toString(FieldDef field) {
        return field == null ? "" : field.displayLabel();
      }

      @Override
      public FieldDef fromString(String text) {
        return null;
      }
    });
    StackPane editorHolder = new StackPane();
    Label error = new Label();
    error.setId("field-error-bulk");
    error.getStyleClass().add("form-field-error");
    error.setWrapText(true);
    SimpleObjectProperty<FieldViewModel> current = new SimpleObjectProperty<>();
    Map<String, FieldViewModel> made = new HashMap<>();
    choice.valueProperty().addListener((obs, old, field) -> {
      FieldViewModel value = made.computeIfAbsent(field.name(), n -> FieldViewModel.standalone(field, null, rules));
      current.set(value);
      editorHolder.getChildren().setAll(editors.editorFor(value).node());
      error.textProperty().bind(value.shownErrorProperty());
    });
    VBox content = new VBox(10, new Label("Field"), choice, new Label("New value"), editorHolder, error);
    content.setPrefWidth(480);
    dialog.getDialogPane().setContent(content);

    Button applyButton = (Button) dialog.getDialogPane().lookupButton(apply);
    applyButton.setId("bulk-edit-apply");
    applyButton.disableProperty().bind(choice.valueProperty().isNull());
    applyButton.addEventFilter(ActionEvent.ACTION, e -> {
      e.consume();
      FieldViewModel value = current.get();
      if (value == null) {
        return;
      }
      value.revealError();
      if (value.validProperty().get()) {
        dialog.close();
        Map<String, Object> changes = new HashMap<>();
        Object v = value.valueProperty().get();
        changes.put(value.path(), v instanceof String s && s.isBlank() ? null : v);
        onChanges.accept(changes);
      }
    });
    dialog.show();
  }
}
