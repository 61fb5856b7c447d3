package dev.switchboard.view.table;

import dev.switchboard.viewmodel.ResourceListViewModel;
import java.util.List;
import java.util.TreeSet;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/** First / previous / next, where we are ("Page 3 of 120 (5,987 calls)"), and how many rows a page holds. */
final class PagingBar extends HBox {

  static final List<Integer> PAGE_SIZES = List.of(20, 50, 100, 200);

  PagingBar(ResourceListViewModel vm) {
    String resource = vm.resource().name();
    getStyleClass().add("paging-bar");
    setAlignment(Pos.CENTER_LEFT);

    Button first = Icons.iconButton("page-first-" + resource, Feather.CHEVRONS_LEFT, "First page");
    Button previous = Icons.iconButton("page-prev-" + resource, Feather.CHEVRON_LEFT, "Previous page");
    Button next = Icons.iconButton("page-next-" + resource, Feather.CHEVRON_RIGHT, "Next page");
    first.disableProperty().bind(vm.canPreviousProperty().not());
    previous.disableProperty().bind(vm.canPreviousProperty().not());
    next.disableProperty().bind(vm.canNextProperty().not());
    first.setOnAction(e -> vm.firstPage());
    previous.setOnAction(e -> vm.previousPage());
    next.setOnAction(e -> vm.nextPage());

    Label info = new Label();
    info.setId("page-info-" + resource);
    info.getStyleClass().add("page-info");
    info.setMinWidth(Region.USE_PREF_SIZE);
    info.textProperty().bind(vm.pageInfoProperty());

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);

    Label sizeLabel = new Label("Rows per page");
    sizeLabel.getStyleClass().add("page-size-label");
    sizeLabel.setMinWidth(Region.USE_PREF_SIZE);
    TreeSet<Integer> sizes = new TreeSet<>(PAGE_SIZES);
    sizes.add(vm.pageSize());
    ComboBox<Integer> size = new ComboBox<>();
    size.setId("page-size-" + resource);
    size.getStyleClass().addAll(Css.SMALL, "page-size");
    size.getItems().setAll(sizes);
    size.setValue(vm.pageSize());
    size.setAccessibleText("Rows per page");
    sizeLabel.setLabelFor(size);
    size.valueProperty().addListener((obs, old, value) -> {
      if (value != null) {
        vm.setPageSize(value);
      }
    });

    getChildren().addAll(first, previous, info, next, spacer, sizeLabel, size);
  }
}
