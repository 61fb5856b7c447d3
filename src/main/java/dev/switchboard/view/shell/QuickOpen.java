package dev.switchboard.view.shell;

import static dev.switchboard.view.shell.Ui.icon;
import static dev.switchboard.view.shell.Ui.label;

import dev.switchboard.model.AdminApi;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.viewmodel.NavigatorViewModel;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * Ctrl+K: a box over the window to jump to a resource by typing part of its name. Up and Down choose, Enter
 * opens, Escape closes.
 */
final class QuickOpen extends Overlay {

  private final NavigatorViewModel model;
  private final TextField filter = new TextField();
  private final ObservableList<ResourceDef> matches = FXCollections.observableArrayList();
  private final ListView<ResourceDef> list = new ListView<>(matches);

  QuickOpen(AdminApi api, Consumer<ResourceDef> open, Runnable close) {
    super("jump", Pos.TOP_CENTER, close);
    this.model = new NavigatorViewModel(api);
    filter.setId("jump-filter");
    filter.setPromptText("Jump to resource…");
    filter.textProperty().bindBidirectional(model.filterProperty());
    model.groups().addListener((javafx.collections.ListChangeListener<NavigatorViewModel.Group>) c -> refill());
    refill();

    list.setId("jump-list");
    // As tall as its matches, up to eight rows: a short list leaves no empty box under it.
    list.prefHeightProperty().bind(javafx.beans.binding.Bindings.min(300,
        javafx.beans.binding.Bindings.max(1, javafx.beans.binding.Bindings.size(matches)).multiply(36).add(4)));
    list.setFocusTraversable(false);
    list.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(ResourceDef item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
          setGraphic(null);
          setText(null);
          return;
        }
        HBox line = new HBox(10, label(item.label(), "jump-label"), Ui.grow(),
            label(NavigatorViewModel.tagLabel(item.tag()), "muted"));
        line.setAlignment(Pos.CENTER_LEFT);
        setGraphic(line);
      }
    });
    list.setOnMouseClicked(e -> {
      if (list.getSelectionModel().getSelectedItem() != null) {
        open.accept(list.getSelectionModel().getSelectedItem());
      }
    });
    filter.setOnKeyPressed(e -> {
      int at = list.getSelectionModel().getSelectedIndex();
      if (e.getCode() == KeyCode.DOWN) {
        list.getSelectionModel().select(Math.min(at + 1, matches.size() - 1));
        list.scrollTo(list.getSelectionModel().getSelectedIndex());
        e.consume();
      } else if (e.getCode() == KeyCode.UP) {
        list.getSelectionModel().select(Math.max(at - 1, 0));
        list.scrollTo(list.getSelectionModel().getSelectedIndex());
        e.consume();
      }
    });
    filter.setOnAction(e -> {
      ResourceDef chosen = list.getSelectionModel().getSelectedItem();
      if (chosen != null) {
        open.accept(chosen);
      }
    });
    setContent(Ui.searchField(filter), list);
    card().setPrefWidth(520);
    card().getStyleClass().add("jump-card");
  }

  void focus() {
    filter.requestFocus();
    filter.selectAll();
  }

  private void refill() {
    matches.setAll(model.visible());
    if (!matches.isEmpty()) {
      list.getSelectionModel().select(0);
    }
  }
}
