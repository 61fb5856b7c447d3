package dev.switchboard.view.record;

import dev.switchboard.view.cell.Formats;
import dev.switchboard.view.editor.EditorRegistry;
import dev.switchboard.view.editor.FieldEditor;
import dev.switchboard.viewmodel.FieldViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Form fields laid out as label and editor, in order: required ones starred, changed ones marked, nested
 * fields under their object's heading, the description as help and the field's error under its editor. Record
 * forms and action forms share it.
 */
final class FieldGrid {

  private final GridPane grid = new GridPane();
  private final List<FieldEditor> editors = new ArrayList<>();

  /** {@code sectionTitle} names a nested object's heading from its path ({@code address} → "Address"). */
  FieldGrid(List<FieldViewModel> fields, EditorRegistry registry, Function<String, String> sectionTitle) {
    grid.getStyleClass().add("form-fields");
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(Region.USE_PREF_SIZE);
    labels.setHalignment(HPos.LEFT);
    ColumnConstraints editorsColumn = new ColumnConstraints();
    editorsColumn.setHgrow(Priority.ALWAYS);
    editorsColumn.setFillWidth(true);
    editorsColumn.setMaxWidth(640);
    grid.getColumnConstraints().setAll(labels, editorsColumn);
    int row = 0;
    String group = "";
    for (FieldViewModel field : fields) {
      String parent = field.path().contains(".") ? field.path().substring(0, field.path().lastIndexOf('.')) : "";
      if (!parent.isEmpty() && !parent.equals(group)) {
        Label section = new Label(sectionTitle.apply(parent));
        section.getStyleClass().add("record-section");
        grid.add(section, 0, row++, 2, 1);
      }
      group = parent;
      FieldEditor editor = registry.editorFor(field);
      editors.add(editor);
      grid.add(label(field, !parent.isEmpty()), 0, row);
      grid.add(editorBox(field, editor), 1, row++);
    }
  }

  Node node() {
    return grid;
  }

  /** Puts the caret in the first field that can be edited. */
  void focusFirst() {
    editors.stream().filter(e -> !e.node().getStyleClass().contains("form-read-only")).findFirst()
        .ifPresent(FieldEditor::focus);
  }

  private static Node label(FieldViewModel field, boolean nested) {
    Label name = new Label(field.def().displayLabel()); // "Agent" for agent_id, as its column and filter say
    name.getStyleClass().add("form-label");
    if (nested) {
      name.getStyleClass().add("form-label-nested");
    }
    if (field.editable() && field.def().required() && !field.def().nullable()) {
      Label star = new Label("*");
      star.getStyleClass().add("form-required");
      name.setGraphic(star);
      name.setContentDisplay(ContentDisplay.RIGHT);
      name.setAccessibleText(field.def().label() + ", required");
    }
    field.dirtyProperty().addListener((obs, was, is) -> toggle(name, "form-label-dirty", is));
    GridPane.setValignment(name, VPos.TOP);
    return name;
  }

  private static void toggle(Node node, String styleClass, boolean on) {
    if (on && !node.getStyleClass().contains(styleClass)) {
      node.getStyleClass().add(styleClass);
    } else if (!on) {
      node.getStyleClass().remove(styleClass);
    }
  }

  private static Node editorBox(FieldViewModel field, FieldEditor editor) {
    Button revert = new Button(null, new FontIcon(Feather.ROTATE_CCW));
    revert.setId("revert-" + field.path());
    revert.getStyleClass().addAll("flat", "field-revert");
    revert.setTooltip(new Tooltip("Put back the saved value"));
    revert.setAccessibleText("Put back the saved " + field.def().label());
    revert.setFocusTraversable(false); // Tab goes from field to field
    revert.visibleProperty().bind(field.dirtyProperty());
    revert.setOnAction(e -> field.revert());
    HBox line = new HBox(4, editor.node(), revert);
    line.setAlignment(Pos.TOP_LEFT);
    HBox.setHgrow(editor.node(), Priority.ALWAYS);
    VBox box = new VBox(4, line);
    box.getStyleClass().add("form-editor");
    field.def().description().filter(d -> !d.isBlank()).ifPresent(text -> {
      Label help = new Label(Formats.prose(text));
      help.getStyleClass().add("form-help");
      help.setWrapText(true);
      box.getChildren().add(help);
    });
    Label hint = new Label();
    hint.setId("field-hint-" + field.path());
    hint.getStyleClass().addAll("form-help", "form-hint");
    hint.setWrapText(true);
    hint.setMinHeight(Region.USE_PREF_SIZE);
    hint.textProperty().bind(field.hintProperty());
    hint.visibleProperty().bind(field.hintProperty().isNotEmpty());
    hint.managedProperty().bind(hint.visibleProperty());
    box.getChildren().add(hint);
    Label error = new Label();
    error.setId("field-error-" + field.path());
    error.getStyleClass().add("form-field-error");
    error.setWrapText(true);
    error.setMinHeight(Region.USE_PREF_SIZE); // a sentence from the server is read whole
    error.textProperty().bind(field.shownErrorProperty());
    error.visibleProperty().bind(field.shownErrorProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    field.shownErrorProperty().addListener((obs, old, now) -> toggle(editor.node(), "form-invalid", !now.isEmpty()));
    toggle(editor.node(), "form-invalid", !field.shownErrorProperty().get().isEmpty());
    box.getChildren().add(error);
    return box;
  }
}
