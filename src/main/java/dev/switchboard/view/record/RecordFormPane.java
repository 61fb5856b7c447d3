package dev.switchboard.view.record;

import dev.switchboard.data.Record;
import dev.switchboard.model.OperationKind;
import dev.switchboard.view.Allowed;
import dev.switchboard.view.editor.EditorRegistry;
import dev.switchboard.viewmodel.Permissions;
import dev.switchboard.viewmodel.RecordFormViewModel;
import dev.switchboard.viewmodel.RecordTitles;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A record form: a title, a bar for problems that belong to no field (with Retry when trying again may help),
 * the fields in document order (required ones marked, changed ones marked, nested objects under their heading,
 * descriptions as help, each field's error under it), and Delete, Revert, Cancel and Save.
 *
 * <p>Keys: Ctrl+S saves, Ctrl+Enter saves and closes, Esc cancels. Cancel and closing ask first when something
 * changed ({@link #setConfirm}); Save is off while a field breaks its rules or a save runs.
 */
public final class RecordFormPane extends BorderPane {

  private final RecordFormViewModel form;
  private final Permissions permissions;
  private final FieldGrid grid;
  private Runnable onClose = () -> {};
  private Consumer<Record> onSaved = record -> {};
  private Runnable onDeleted = () -> {};
  private Predicate<String> confirm = question -> true;

  public RecordFormPane(RecordFormViewModel form, EditorRegistry registry) {
    this(form, registry, Permissions.everything());
  }

  /** With what the person may do: Delete is greyed, saying why, when they may not delete. */
  public RecordFormPane(RecordFormViewModel form, EditorRegistry registry, Permissions permissions) {
    this.form = form;
    this.permissions = permissions;
    String resource = form.resource().name();
    setId("form-" + resource);
    getStyleClass().add("record-form");

    VBox top = new VBox(title(), errorBar());
    top.getStyleClass().add("form-top");
    setTop(top);
    grid = new FieldGrid(form.fields(), registry, this::sectionTitle);
    ScrollPane scroll = new ScrollPane(grid.node());
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("form-scroll");
    setCenter(scroll);
    setBottom(buttons());

    addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
      if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
        e.consume();
        save(false);
      } else if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(e)) {
        e.consume();
        save(true);
      } else if (e.getCode() == KeyCode.ESCAPE) {
        e.consume();
        requestClose();
      }
    });
  }

  /** After the form closed itself (Cancel, Esc, saved and closed, deleted). */
  public void setOnClose(Runnable onClose) {
    this.onClose = onClose;
  }

  /** After each successful save, with the record as stored (the app refreshes its tables and views). */
  public void setOnSaved(Consumer<Record> onSaved) {
    this.onSaved = onSaved;
  }

  public void setOnDeleted(Runnable onDeleted) {
    this.onDeleted = onDeleted;
  }

  /** Asks the person a yes/no question ("Discard your changes?"); true to go ahead. */
  public void setConfirm(Predicate<String> confirm) {
    this.confirm = confirm;
  }

  public RecordFormViewModel viewModel() {
    return form;
  }

  /**
   * Puts the caret in the first editable field, once the form is showing: the button that opened it goes away
   * with the view it was on, and focus would otherwise fall to the first control of the window (the navigator's
   * filter), where Esc and Ctrl+S do not reach the form.
   */
  public void focusFirstField() {
    // After the next layout: the frame first moves focus away from the vanished button (Scene's focus clean-up).
    javafx.scene.Scene scene = getScene();
    if (scene == null) {
      grid.focusFirst();
      return;
    }
    Runnable[] once = new Runnable[1];
    once[0] = () -> {
      scene.removePostLayoutPulseListener(once[0]);
      grid.focusFirst();
    };
    scene.addPostLayoutPulseListener(once[0]);
    javafx.application.Platform.requestNextPulse();
  }

  /** Closes unless there are unsaved changes the person wants to keep; answers whether it may close. */
  public boolean requestClose() {
    if (!mayClose()) {
      return false;
    }
    onClose.run();
    return true;
  }

  /** Whether closing loses nothing the person wants: nothing changed, or they said to discard it. */
  public boolean mayClose() {
    return !form.isDirty() || confirm.test("Discard your changes to " + subject() + "?");
  }

  private String subject() {
    return form.recordProperty().get().map(r -> RecordTitles.title(form.resource(), r))
        .orElse("this new " + singular());
  }

  private String singular() {
    return singular(form.resource());
  }

  /** "call" for Calls: how a form and its tab name one record ("New call"). */
  public static String singular(dev.switchboard.model.ResourceDef resource) {
    String label = resource.label().toLowerCase(Locale.ROOT);
    if (label.endsWith("ies")) {
      return label.substring(0, label.length() - 3) + "y";
    }
    return label.endsWith("s") && !label.endsWith("ss") ? label.substring(0, label.length() - 1) : label;
  }

  private Node title() {
    Label title = new Label();
    title.setId("form-title-" + form.resource().name());
    title.getStyleClass().add("record-title");
    title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> form.mode()
        == RecordFormViewModel.Mode.CREATE && form.recordProperty().get().isEmpty()
        ? "New " + singular() : "Edit " + subject(), form.recordProperty()));
    Label changed = new Label("Unsaved changes");
    changed.setId("form-dirty");
    changed.getStyleClass().add("form-dirty-badge");
    changed.visibleProperty().bind(form.dirtyProperty());
    changed.managedProperty().bind(changed.visibleProperty());
    HBox line = new HBox(12, title, changed);
    line.setAlignment(Pos.BASELINE_LEFT);
    return line;
  }

  private Node errorBar() {
    Label message = new Label();
    message.setId("form-error");
    message.getStyleClass().add("error-message");
    message.setWrapText(true);
    message.setMaxWidth(Double.MAX_VALUE);
    message.textProperty().bind(form.formErrorProperty());
    HBox.setHgrow(message, Priority.ALWAYS);
    Button retry = new Button("Retry", new FontIcon(Feather.ROTATE_CW));
    retry.setId("form-retry");
    retry.getStyleClass().add("small");
    retry.setMinWidth(Region.USE_PREF_SIZE);
    retry.visibleProperty().bind(form.retryableProperty());
    retry.managedProperty().bind(retry.visibleProperty());
    retry.setOnAction(e -> save(false));
    HBox bar = new HBox(10, new FontIcon(Feather.ALERT_TRIANGLE), message, retry);
    bar.getStyleClass().addAll("error-bar", "form-error-bar");
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.visibleProperty().bind(form.formErrorProperty().isNotEmpty());
    bar.managedProperty().bind(bar.visibleProperty());
    return bar;
  }

  /** "Address" for {@code address}, from the label the model gives the nested object. */
  private String sectionTitle(String parentPath) {
    String top = parentPath.contains(".") ? parentPath.substring(parentPath.lastIndexOf('.') + 1) : parentPath;
    return form.resource().createFields().stream().filter(f -> f.name().equals(top)).findFirst()
        .or(() -> form.resource().fields().stream().filter(f -> f.name().equals(top)).findFirst())
        .or(() -> form.resource().updateFields().stream().filter(f -> f.name().equals(top)).findFirst())
        .map(f -> f.label()).orElse(top);
  }

  private Node buttons() {
    Button save = new Button("Save", new FontIcon(Feather.CHECK));
    save.setId("save");
    save.setDefaultButton(false); // Enter belongs to the fields (text areas, tags): Ctrl+S and Ctrl+Enter save
    save.getStyleClass().add("accent");
    save.disableProperty().bind(form.validProperty().not().or(form.savingProperty())
        .or(form.dirtyProperty().not().and(javafx.beans.binding.Bindings.createBooleanBinding(
            () -> form.mode() == RecordFormViewModel.Mode.EDIT))));
    save.setOnAction(e -> save(false));
    Button cancel = new Button("Cancel");
    cancel.setId("cancel");
    cancel.setOnAction(e -> requestClose());
    Button revert = new Button("Revert", new FontIcon(Feather.ROTATE_CCW));
    revert.setId("revert");
    revert.disableProperty().bind(form.dirtyProperty().not());
    revert.setOnAction(e -> form.revert());
    HBox bar = new HBox(8);
    bar.getStyleClass().add("form-buttons");
    bar.setAlignment(Pos.CENTER_RIGHT);
    if (form.mode() == RecordFormViewModel.Mode.EDIT && form.resource().operation(OperationKind.DELETE).isPresent()) {
      Button delete = new Button("Delete", new FontIcon(Feather.TRASH_2));
      delete.setId("delete");
      delete.getStyleClass().add("danger");
      delete.disableProperty().bind(form.savingProperty());
      delete.setOnAction(e -> delete());
      Region gap = new Region();
      HBox.setHgrow(gap, Priority.ALWAYS);
      bar.getChildren().addAll(Allowed.greyUnless(delete, permissions,
          () -> permissions.check(form.resource(), OperationKind.DELETE)), gap);
    }
    bar.getChildren().addAll(revert, cancel, save);
    return bar;
  }

  private void save(boolean andClose) {
    form.save().thenAccept((Optional<Record> stored) -> stored.ifPresent(record -> {
      onSaved.accept(record);
      if (andClose) {
        onClose.run();
      }
    }));
  }

  private void delete() {
    if (!confirm.test("Delete " + subject() + "? This cannot be undone.")) {
      return;
    }
    form.delete().thenAccept(gone -> {
      if (gone) {
        onDeleted.run();
        onClose.run();
      }
    });
  }
}
