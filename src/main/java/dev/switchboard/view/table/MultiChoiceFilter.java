package dev.switchboard.view.table;

import dev.switchboard.data.Filter;
import dev.switchboard.model.FilterDef;
import dev.switchboard.view.cell.Formats;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/** Several values of an enum ({@code status__in}): a drop-down of check boxes titled with the field. */
final class MultiChoiceFilter implements FilterControl {

  private final FilterSupport support;
  private final FilterDef def;
  private final CheckComboBox<String> box = new CheckComboBox<>();
  private boolean showing;

  MultiChoiceFilter(FilterSupport support, FilterDef def) {
    this.support = support;
    this.def = def;
    box.getItems().setAll(def.enumValues());
    box.setId(support.id(def));
    box.getStyleClass().add("filter-multi");
    box.setTitle(support.label(def));
    box.setShowCheckedCount(false);
    box.setTooltip(new Tooltip(support.label(def)));
    box.setAccessibleText(support.label(def));
    box.setConverter(new StringConverter<>() {
      @Override
      public String toString(String value) {
        return value == null ? "" : Formats.humanize(value);
      }

      @Override
      public String fromString(String text) {
        return text;
      }
    });
    box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> {
      box.setTitle(title());
      if (!showing) {
        support.apply(def, List.<Object>copyOf(box.getCheckModel().getCheckedItems()));
      }
    });
  }

  /** "Status", "Status: Missed, Voicemail", "Status: 3 of 6". */
  private String title() {
    List<String> checked = List.copyOf(box.getCheckModel().getCheckedItems());
    if (checked.isEmpty()) {
      return support.label(def);
    }
    if (checked.size() > 2) {
      return support.label(def) + ": " + checked.size() + " of " + box.getItems().size();
    }
    return support.label(def) + ": " + checked.stream().map(Formats::humanize).collect(Collectors.joining(", "));
  }

  @Override
  public Node node() {
    return box;
  }

  @Override
  public void show(Map<String, Filter> active) {
    Filter filter = active.get(def.param());
    List<String> wanted = filter == null ? List.of() : filter.values().stream().map(String::valueOf).toList();
    showing = true;
    try {
      for (String item : box.getItems()) {
        if (wanted.contains(item) && !box.getCheckModel().isChecked(item)) {
          box.getCheckModel().check(item);
        } else if (!wanted.contains(item) && box.getCheckModel().isChecked(item)) {
          box.getCheckModel().clearCheck(item);
        }
      }
    } finally {
      showing = false;
    }
  }

  @Override
  public List<Chip> chips(Map<String, Filter> active) {
    return support.chip(def, active);
  }
}
