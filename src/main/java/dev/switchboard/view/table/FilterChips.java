package dev.switchboard.view.table;

import dev.switchboard.data.Filter;
import dev.switchboard.viewmodel.ResourceListViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The active filters and search as chips, then "Clear all"; removing a chip removes its filter. Hidden when
 * nothing is active.
 */
final class FilterChips extends FlowPane {

  private final ResourceListViewModel vm;
  private final List<FilterControl> controls;
  private final Button clearAll;

  FilterChips(ResourceListViewModel vm, List<FilterControl> controls, Button clearAll) {
    this.vm = vm;
    this.controls = List.copyOf(controls);
    this.clearAll = clearAll;
    setId("filter-chips-" + vm.resource().name());
    getStyleClass().add("filter-chips");
    setAlignment(Pos.CENTER_LEFT);
    update();
  }

  /** Shows the chips of what the view model holds now. */
  void update() {
    Map<String, Filter> active = vm.filtersProperty().get();
    List<FilterControl.Chip> chips = new ArrayList<>();
    controls.forEach(c -> chips.addAll(c.chips(active)));
    getChildren().clear();
    if (!chips.isEmpty() || applied().isPresent()) {
      Label caption = new Label(null, Icons.icon(Feather.FILTER));
      caption.getStyleClass().add("chips-caption");
      getChildren().add(caption);
    }
    applied().ifPresent(text -> getChildren().add(chip("Search: “" + text + "”", "search",
        () -> vm.searchTextProperty().set(""))));
    for (FilterControl.Chip chip : chips) {
      getChildren().add(chip(chip.text(), chip.params().get(0), () -> chip.params().forEach(vm::clearFilter)));
    }
    if (!getChildren().isEmpty()) {
      getChildren().add(clearAll);
    }
    setVisible(!getChildren().isEmpty());
    setManaged(isVisible());
  }

  private Optional<String> applied() {
    return vm.state().search().filter(s -> !s.isBlank());
  }

  private HBox chip(String text, String key, Runnable remove) {
    Label label = new Label(text);
    label.getStyleClass().add("filter-chip-text");
    label.setMinWidth(Label.USE_PREF_SIZE);
    Button close = new Button(null, Icons.icon(Feather.X));
    close.setId("chip-remove-" + vm.resource().name() + "-" + key);
    close.getStyleClass().addAll(Css.BUTTON_ICON, Css.FLAT, "filter-chip-remove");
    close.setTooltip(new Tooltip("Remove this filter"));
    close.setAccessibleText("Remove " + text);
    close.setOnAction(e -> remove.run());
    HBox chip = new HBox(2, label, close);
    chip.setAlignment(Pos.CENTER_LEFT);
    chip.getStyleClass().add("filter-chip");
    return chip;
  }
}
