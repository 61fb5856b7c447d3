package dev.switchboard.view.shell;

import dev.switchboard.model.Diagnostic;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.kordamp.ikonli.feather.Feather;

/** What the schema engine could not understand, one row each: how serious, where in the document, and what. */
final class DiagnosticsView extends TableView<Diagnostic> {

  DiagnosticsView(ObservableList<Diagnostic> diagnostics) {
    super(diagnostics);
    setId("diagnostics");
    getStyleClass().addAll("diagnostics", dev.switchboard.view.Theme.DENSE);
    setPlaceholder(new Label("Everything in the document was understood."));
    setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

    TableColumn<Diagnostic, Diagnostic.Level> level = new TableColumn<>("Level");
    level.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().level()));
    level.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(Diagnostic.Level item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
          setText(null);
          setGraphic(null);
          return;
        }
        boolean error = item == Diagnostic.Level.ERROR;
        setText(error ? "Error" : "Warning");
        setGraphic(Ui.icon(error ? Feather.X_OCTAGON : Feather.ALERT_TRIANGLE, "level-" + item.id()));
      }
    });
    level.setPrefWidth(96);
    level.setMinWidth(90);
    TableColumn<Diagnostic, String> path = new TableColumn<>("Where");
    path.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().path()));
    path.setPrefWidth(220);
    TableColumn<Diagnostic, String> message = new TableColumn<>("What");
    message.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
    message.setPrefWidth(420);
    getColumns().setAll(List.of(level, path, message));
  }

  static DiagnosticsView of(List<Diagnostic> diagnostics) {
    return new DiagnosticsView(FXCollections.observableArrayList(diagnostics));
  }
}
