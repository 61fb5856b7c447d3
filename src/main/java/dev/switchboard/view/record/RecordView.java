package dev.switchboard.view.record;

import dev.switchboard.model.ActionDef;
import dev.switchboard.model.OperationKind;
import java.util.function.Consumer;
import javafx.scene.layout.FlowPane;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.switchboard.data.Record;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.view.cell.CellRegistry;
import dev.switchboard.view.cell.CellView;
import dev.switchboard.view.Allowed;
import dev.switchboard.view.cell.Formats;
import dev.switchboard.viewmodel.AccountFields;
import dev.switchboard.viewmodel.CarriedNames;
import dev.switchboard.viewmodel.Permissions;
import dev.switchboard.viewmodel.RecordTitles;
import dev.switchboard.viewmodel.ReferenceNames;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One record, read-only: its title, then every readable field in model order as label and value. Nested objects
 * are grouped under their label, arrays are listed one value a line, references are links that ask to open the
 * referenced record ({@link #setOnOpenReference}), and values read the same as in the table.
 */
public final class RecordView extends ScrollPane {

  private final CellRegistry cells;
  private BiConsumer<String, String> onOpenReference = (res, id) -> {};
  private Runnable onEdit = () -> {};
  private Consumer<ActionDef> onAction = action -> {};
  private final Label notice = new Label();
  private Runnable onCopy = () -> {};
  private Consumer<Boolean> onToggleActive = active -> {};
  private final Permissions permissions;
  private final VBox content;
  private final FlowPane actionBar = new FlowPane(8, 8);

  public RecordView(ResourceDef resource, Record record, CellRegistry cells, ReferenceNames references) {
    this(resource, record, cells, references, Permissions.everything());
  }

  /** With what the person may do: Edit and the actions they may not call are greyed, saying why. */
  public RecordView(ResourceDef resource, Record record, CellRegistry cells, ReferenceNames references,
      Permissions permissions) {
    this.cells = cells;
    this.permissions = permissions;
    setId("record-" + resource.name());
    getStyleClass().add("record-view");
    setFitToWidth(true);

    Label title = new Label(RecordTitles.title(resource, record));
    title.setId("record-title-" + resource.name());
    title.getStyleClass().add("record-title");
    title.setWrapText(true);
    String idField = resource.idField().orElse("id");
    Label subtitle = new Label(resource.label() + record.id(idField).map(id -> " · " + id).orElse(""));
    subtitle.getStyleClass().add("record-subtitle");

    notice.setId("record-notice-" + resource.name());
    notice.getStyleClass().add("record-notice");
    notice.setWrapText(true);
    notice.setVisible(false);
    notice.managedProperty().bind(notice.visibleProperty());
    content = new VBox(titleBar(resource, record, title), subtitle, notice, actions(resource),
        grid(resource.fields(), record.values(), resource.name()));
    content.getStyleClass().add("record-content");
    setContent(content);
    references.load(resource.fields(), List.of(record));
  }

  /** The title, and Edit and "Save as new" where the API can update and create this resource's records. */
  private Node titleBar(ResourceDef resource, Record record, Label title) {
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox bar = new HBox(8, title, gap);
    bar.setAlignment(Pos.CENTER_LEFT);
    if (resource.operation(OperationKind.CREATE).isPresent()) {
      Button copy = new Button("Save as new…", new FontIcon(Feather.COPY));
      copy.setId("copy-" + resource.name());
      copy.setTooltip(new Tooltip("A new " + resource.label().toLowerCase(java.util.Locale.ROOT)
          + " record filled in from this one"));
      copy.setOnAction(e -> onCopy.run());
      Allowed.hideUnless(copy, permissions, () -> permissions.check(resource, OperationKind.CREATE));
      bar.getChildren().add(copy);
    }
    AccountFields.activeField(resource).ifPresent(active -> {
      boolean on = Boolean.TRUE.equals(record.get(active.name()).orElse(null));
      Button toggle = new Button(on ? "Deactivate" : "Activate",
          new FontIcon(on ? Feather.USER_X : Feather.USER_CHECK));
      toggle.setId("toggle-active-" + resource.name());
      toggle.setTooltip(new Tooltip(on ? "Turn this account off: it can no longer log in"
          : "Let this account log in again"));
      toggle.setOnAction(e -> onToggleActive.accept(!on));
      bar.getChildren().add(Allowed.greyUnless(toggle, permissions, () -> permissions.mayUpdate(resource)));
    });
    if (resource.operation(OperationKind.UPDATE).isPresent() || resource.operation(OperationKind.REPLACE).isPresent()) {
      Button edit = new Button("Edit", new FontIcon(Feather.EDIT_2));
      edit.setId("edit-" + resource.name());
      edit.setTooltip(new Tooltip("Edit (F2)"));
      edit.getStyleClass().add("accent");
      edit.setOnAction(e -> onEdit.run());
      bar.getChildren().add(Allowed.greyUnless(edit, permissions, () -> permissions.mayUpdate(resource)));
    }
    return bar;
  }

  /**
   * Adds buttons for actions on the person's own account ({@code #action-me-password}: "Change My Password…"),
   * shown when this record is theirs (My account).
   */
  public void showAccountActions(List<ActionDef> accountActions) {
    for (ActionDef action : accountActions) {
      actionBar.getChildren().add(actionButton(action, action.label() + "…", Feather.KEY));
    }
    actionBar.setVisible(!actionBar.getChildren().isEmpty());
  }

  /** A button per item action ({@code #action-transfer}), in the document's order. */
  private Node actions(ResourceDef resource) {
    FlowPane bar = actionBar;
    bar.getStyleClass().add("record-actions");
    for (ActionDef action : resource.actions()) {
      if (action.target() != ActionDef.Target.ITEM) {
        continue;
      }
      bar.getChildren().add(actionButton(action, action.label(), Feather.PLAY));
    }
    bar.setVisible(!bar.getChildren().isEmpty());
    bar.managedProperty().bind(bar.visibleProperty());
    return bar;
  }

  /** An action's button ({@code #action-transfer}), greyed with the reason when the person may not run it. */
  private Node actionButton(ActionDef action, String text, Feather icon) {
    Button button = new Button(text, new FontIcon(icon));
    button.setId("action-" + action.name());
    action.description().ifPresent(d -> button.setTooltip(new Tooltip(Formats.prose(d))));
    button.setOnAction(e -> onAction.accept(action));
    return Allowed.greyUnless(button, permissions, () -> permissions.check(action));
  }

  /** What Deactivate (false) and Activate (true) do: the app asks, then changes the account's switch. */
  public void setOnToggleActive(Consumer<Boolean> onToggleActive) {
    this.onToggleActive = onToggleActive;
  }

  /** What an action's button does: the app asks for its inputs and runs it. */
  public void setOnAction(Consumer<ActionDef> onAction) {
    this.onAction = onAction;
  }

  /** A line under the title saying what just happened ("Transfer Call is done…"), or what went wrong. */
  public void showNotice(String message, boolean problem) {
    notice.setText(message);
    notice.getStyleClass().remove("record-notice-problem");
    if (problem) {
      notice.getStyleClass().add("record-notice-problem");
    }
    notice.setVisible(!message.isBlank());
  }

  /** The notice shown, or empty. */
  public String notice() {
    return notice.isVisible() ? notice.getText() : "";
  }

  /** What Edit (or F2) does: the app opens the record's form. */
  public void setOnEdit(Runnable onEdit) {
    this.onEdit = onEdit;
  }

  /** What "Save as new" does: the app opens a new record's form filled from this one. */
  public void setOnCopy(Runnable onCopy) {
    this.onCopy = onCopy;
  }

  /** Shows the record's history (its changes made through Switchboard) below its fields. */
  public void showHistory(Node history) {
    content.getChildren().add(history);
  }

  /** What a click on a reference does: the app opens the referenced record. */
  public void setOnOpenReference(BiConsumer<String, String> onOpenReference) {
    this.onOpenReference = onOpenReference;
  }

  private GridPane grid(List<FieldDef> fields, Map<String, ?> values, String idPath) {
    GridPane grid = new GridPane();
    grid.getStyleClass().add("record-fields");
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(Region.USE_PREF_SIZE);
    labels.setHalignment(HPos.LEFT);
    ColumnConstraints valuesColumn = new ColumnConstraints();
    valuesColumn.setHgrow(Priority.ALWAYS);
    valuesColumn.setFillWidth(true);
    grid.getColumnConstraints().setAll(labels, valuesColumn);
    int row = 0;
    java.util.Set<String> carriers = CarriedNames.carriers(fields);
    for (FieldDef field : fields) {
      if (field.writeOnly() || carriers.contains(field.name())) {
        continue; // a carried name already shows as its reference ("Agent: Sam Lee")
      }
      Object value = values.get(field.name());
      String id = idPath + "-" + field.name();
      if (field.type() == FieldType.OBJECT && !field.fields().isEmpty() && value instanceof Map<?, ?> nested) {
        Label section = new Label(field.displayLabel());
        section.getStyleClass().add("record-section");
        @SuppressWarnings("unchecked")
        Map<String, ?> inner = (Map<String, ?>) nested;
        GridPane group = grid(field.fields(), inner, id);
        group.getStyleClass().add("record-group");
        grid.add(new VBox(section, group), 0, row++, 2, 1);
        continue;
      }
      Label name = new Label(field.displayLabel());
      name.getStyleClass().add("record-label");
      GridPane.setValignment(name, VPos.TOP);
      Node shown = value(field, value);
      shown.setId("record-" + id);
      grid.addRow(row++, name, shown);
    }
    return grid;
  }

  private Node value(FieldDef field, Object value) {
    if (value == null) {
      return muted(Formats.NONE);
    }
    if (value instanceof List<?> list && field.type() == FieldType.ARRAY) {
      if (list.isEmpty()) {
        return muted("None");
      }
      FieldDef items = field.items().orElse(field.withType(FieldType.STRING));
      // a list of ids ("member_ids") may carry its reference on the list rather than on its items
      FieldDef element = items.reference().isEmpty() && field.reference().isPresent()
          ? items.withReference(field.reference().get()) : items;
      VBox lines = new VBox();
      lines.getStyleClass().add("record-list");
      for (Object item : list) {
        if (item instanceof Map<?, ?> map && !element.fields().isEmpty()) {
          @SuppressWarnings("unchecked")
          Map<String, ?> inner = (Map<String, ?>) map;
          GridPane group = grid(element.fields(), inner, field.name());
          group.getStyleClass().add("record-group");
          lines.getChildren().add(group);
        } else {
          lines.getChildren().add(value(element, item));
        }
      }
      return lines;
    }
    CellView view = cells.viewFor(field);
    if (field.reference().isPresent()) {
      String target = field.reference().get().resource();
      String id = Formats.number(value, Locale.ROOT, false);
      Hyperlink link = new Hyperlink();
      link.textProperty().bind(view.changes()
          .map(source -> Bindings.createStringBinding(() -> view.text(value), source))
          .orElse(Bindings.createStringBinding(() -> view.text(value))));
      link.getStyleClass().add("record-reference");
      link.setOnAction(e -> onOpenReference.accept(target, id));
      return link;
    }
    if (field.type() == FieldType.URI) {
      Hyperlink link = new Hyperlink(view.text(value));
      link.getStyleClass().add("record-link");
      link.setOnAction(e -> view.activate(value));
      return link;
    }
    Node graphic = view.graphic(value);
    if (graphic != null) {
      return graphic;
    }
    Label text = new Label(field.type() == FieldType.TEXT || field.type() == FieldType.STRING
        ? String.valueOf(value) : view.text(value));
    text.setWrapText(true);
    text.getStyleClass().addAll("record-value", view.styleClass());
    return text;
  }

  private static Label muted(String text) {
    Label label = new Label(text);
    label.getStyleClass().addAll("record-value", "cell-null");
    return label;
  }
}
