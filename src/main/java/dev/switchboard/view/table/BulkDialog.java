package dev.switchboard.view.table;

import dev.switchboard.viewmodel.BulkViewModel;
import dev.switchboard.viewmodel.BulkViewModel.Outcome;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A bulk change under way: what it does, a progress bar, how many went through, the records that failed and
 * why; Cancel while it runs, then "Retry failed" and Close. Closing it does not stop the work.
 */
public final class BulkDialog {

  private BulkDialog() {}

  /** Shows the dialog and starts the work; {@code onFinished} runs each time a run ends (the table reloads). */
  public static void show(Window owner, String title, BulkViewModel bulk, Runnable onFinished) {
    Label heading = new Label(title);
    heading.getStyleClass().add("card-title");
    ProgressBar bar = new ProgressBar();
    bar.setId("bulk-progress");
    bar.setMaxWidth(Double.MAX_VALUE);
    bar.progressProperty().bind(bulk.progressProperty());
    Label summary = new Label();
    summary.setId("bulk-summary");
    summary.textProperty().bind(bulk.summaryProperty());
    ListView<Outcome> failures = new ListView<>(bulk.failures());
    failures.setId("bulk-failures");
    failures.getStyleClass().add("bulk-failures");
    failures.setPrefHeight(180);
    failures.setCellFactory(list -> new ListCell<>() {
      @Override
      protected void updateItem(Outcome item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : item.title() + ": " + item.message());
        setWrapText(true);
      }
    });
    failures.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(bulk.failures()));
    failures.managedProperty().bind(failures.visibleProperty());

    Stage stage = new Stage();
    Button cancel = new Button("Cancel");
    cancel.setId("bulk-cancel");
    cancel.visibleProperty().bind(bulk.runningProperty());
    cancel.managedProperty().bind(cancel.visibleProperty());
    cancel.setOnAction(e -> bulk.cancel());
    Button retry = new Button("Retry failed");
    retry.setId("bulk-retry");
    retry.visibleProperty().bind(bulk.runningProperty().not()
        .and(javafx.beans.binding.Bindings.isNotEmpty(bulk.failures())));
    retry.managedProperty().bind(retry.visibleProperty());
    retry.setOnAction(e -> bulk.retryFailed());
    Button close = new Button("Close");
    close.setId("bulk-close");
    close.disableProperty().bind(bulk.runningProperty());
    close.setDefaultButton(true);
    close.setOnAction(e -> stage.close());
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox buttons = new HBox(8, gap, cancel, retry, close);
    buttons.setAlignment(Pos.CENTER_RIGHT);

    VBox content = new VBox(12, heading, bar, summary, failures, buttons);
    content.setId("bulk-dialog");
    content.getStyleClass().add("bulk-dialog");
    content.setPrefWidth(520);
    Scene scene = new Scene(content);
    scene.getStylesheets().setAll(owner.getScene().getStylesheets());
    stage.setScene(scene);
    stage.initOwner(owner);
    stage.initModality(Modality.WINDOW_MODAL);
    stage.setTitle(title);
    bulk.runningProperty().addListener((obs, was, is) -> {
      if (!is) {
        onFinished.run();
      }
    });
    stage.show();
    bulk.start();
  }
}
