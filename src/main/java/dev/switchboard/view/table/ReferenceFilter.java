package dev.switchboard.view.table;

import dev.switchboard.data.Filter;
import dev.switchboard.model.FilterDef;
import dev.switchboard.view.editor.ReferencePicker;
import dev.switchboard.viewmodel.ReferenceSearch;
import dev.switchboard.viewmodel.ReferenceSearch.Choice;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/**
 * A filter on a field that holds another record's id ({@code agent_id}), picked by name: type a few letters,
 * the referenced resource is searched on the server ({@link ReferenceSearch}), and choosing "Dana Scully" sets
 * the filter to her id. The field shows the chosen record's name, also for a filter restored from a remembered
 * setup, whose name is looked up. Down opens the list (the first records when nothing is typed), Up and Down
 * move in it, Enter chooses, Escape closes; emptying the field removes the filter.
 */
final class ReferenceFilter implements FilterControl {

  private final FilterSupport support;
  private final FilterDef def;
  private final ReferenceSearch search;
  private final ReferencePicker picker;
  private Filter seen;

  ReferenceFilter(FilterSupport support, FilterDef def, ReferenceSearch search) {
    this.support = support;
    this.def = def;
    this.search = search;
    this.picker = new ReferencePicker(search, support.id(def), this::chosenText, this::choose,
        () -> support.apply(def, List.of()), support.references.names());
    String label = support.label(def);
    TextField field = picker.field();
    field.setPromptText(label);
    field.setTooltip(new Tooltip(label + ": type a name and choose from the " + picker.noun()));
    field.setAccessibleText(label + ", type a name to choose");
  }

  private void choose(Choice choice) {
    Object value = typed(choice.id());
    support.references.remember(search.target().name(), value, choice.title());
    support.apply(def, List.of(value));
  }

  private Object typed(String id) {
    return ReferencePicker.typedId(def.type(), id);
  }

  private Optional<String> chosenName() {
    Filter filter = support.vm.filtersProperty().get().get(def.param());
    if (filter == null) {
      return Optional.empty();
    }
    return support.references.name(search.target().name(), filter.value());
  }

  /**
   * The chosen record as the chip shows it: its name once known; its id only while the name is on its way or
   * when there is none (a user who was deleted), as the table's cells do.
   */
  private String chosenText() {
    Filter filter = support.vm.filtersProperty().get().get(def.param());
    return filter == null ? "" : support.valueText(def, filter.value());
  }

  @Override
  public Node node() {
    return picker.node();
  }

  @Override
  public void show(Map<String, Filter> active) {
    Filter filter = active.get(def.param());
    if (Objects.equals(filter, seen)) {
      return; // another filter changed: leave what is being typed here alone
    }
    seen = filter;
    if (filter != null && chosenName().isEmpty()) {
      support.references.lookUp(search.target().name(), filter.values());
    }
    picker.showChosen();
  }

  @Override
  public List<Chip> chips(Map<String, Filter> active) {
    return support.chip(def, active);
  }
}
