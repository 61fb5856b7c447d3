package dev.switchboard.view.record;

import dev.switchboard.view.cell.Formats;
import dev.switchboard.view.editor.EditorRegistry;
import dev.switchboard.viewmodel.ActionViewModel;
import dev.switchboard.viewmodel.RecordTitles;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The form of one action run: its fields (from the action's query parameters and body), its description, and
 * Run and Cancel. Run keeps the dialog open until the server accepts: a refusal shows on the fields and at the
 * top, and everything typed stays. The outcome goes to {@code onDone}.
 */
public final class ActionDialog {

  private static final double WIDTH = 560;

  private ActionDialog() {}

  /** Shows the dialog and returns; {@code onDone} gets the outcome once the action ran. */
  public static void show(Window owner, ActionViewModel action, EditorRegistry editors,
      Consumer<ActionViewModel.Outcome> onDone) {
    open(owner, action, editors, dialog -> action.run().thenAccept(outcome -> outcome.ifPresent(done -> {
      dialog.close();
      onDone.accept(done);
    })));
  }

  /**
   * Asks for the action's inputs without running it (bulk work runs it on each selected record); {@code onBody}
   * gets them once every field passes its rules.
   */
  public static void collect(Window owner, ActionViewModel action, EditorRegistry editors,
      Consumer<java.util.Map<String, Object>> onBody) {
    open(owner, action, editors, dialog -> {
      if (action.checkInputs()) {
        dialog.close();
        onBody.accept(action.body());
      }
    });
  }

  private static void open(Window owner, ActionViewModel action, EditorRegistry editors,
      Consumer<Dialog<ButtonType>> onRun) {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(action.action().label());
    dialog.setHeaderText(action.action().label()
        + action.record().map(r -> ": " + RecordTitles.title(action.resource(), r)).orElse(""));
    ButtonType run = new ButtonType(action.action().label(), ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().setAll(run, ButtonType.CANCEL);
    dialog.getDialogPane().setId("action-dialog-" + action.action().name());
    dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
    dialog.getDialogPane().getStyleClass().add("action-dialog");

    VBox content = new VBox(10);
    content.setPrefWidth(WIDTH);
    action.action().description().filter(d -> !d.isBlank()).ifPresent(text -> {
      Label description = new Label(Formats.prose(text));
      description.setWrapText(true);
      description.setPrefWidth(WIDTH); // a dialog sizes itself by its content's width-free height: one line each
      description.setMinHeight(Region.USE_PREF_SIZE); // every line of it, never an ellipsis
      description.getStyleClass().add("form-help");
      content.getChildren().add(description);
    });
    Label error = new Label();
    error.setId("action-error");
    error.setWrapText(true);
    error.setPrefWidth(WIDTH);
    error.setMinHeight(Region.USE_PREF_SIZE);
    error.getStyleClass().add("form-field-error");
    error.textProperty().bind(action.errorProperty());
    error.visibleProperty().bind(action.errorProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    // the dialog was sized without it: grow it to the new lines rather than cutting a sentence short
    error.textProperty().addListener((obs, old, now) -> Platform.runLater(() -> {
      if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
        dialog.getDialogPane().getScene().getWindow().sizeToScene();
      }
    }));
    content.getChildren().add(error);
    FieldGrid grid = new FieldGrid(action.fields(), editors, path -> path);
    if (!action.fields().isEmpty()) {
      content.getChildren().add(grid.node());
    }
    dialog.getDialogPane().setContent(content);

    Button runButton = (Button) dialog.getDialogPane().lookupButton(run);
    runButton.setId("action-run");
    runButton.disableProperty().bind(action.runningProperty());
    // Run must not close the dialog by itself: it closes once the server has accepted.
    runButton.addEventFilter(ActionEvent.ACTION, e -> {
      e.consume(); // the dialog closes itself once the inputs are accepted (it has Cancel, so close() works)
      onRun.accept(dialog);
    });
    dialog.setOnShown(e -> grid.focusFirst());
    dialog.show();
  }
}
