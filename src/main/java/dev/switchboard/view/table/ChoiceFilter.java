package dev.switchboard.view.table;

import dev.switchboard.data.Filter;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.FilterDef;
import dev.switchboard.model.FilterOp;
import dev.switchboard.view.cell.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * One value or "Any": an enum with {@code eq} (its values, readable), a boolean or an {@code isnull} filter
 * (Yes / No). The closed box reads "Direction: Any" so the label never needs a line of its own.
 */
final class ChoiceFilter implements FilterControl {

  private static final Object ANY = new Object();

  private final FilterSupport support;
  private final FilterDef def;
  private final ComboBox<Object> box = new ComboBox<>();
  private final Function<Object, String> names;
  private boolean showing;

  ChoiceFilter(FilterSupport support, FilterDef def) {
    this.support = support;
    this.def = def;
    List<Object> choices = new ArrayList<>();
    choices.add(ANY);
    if (def.type() == FieldType.BOOLEAN || def.op() == FilterOp.ISNULL) {
      choices.addAll(List.of(Boolean.TRUE, Boolean.FALSE));
      names = v -> v == ANY ? "Any" : Boolean.TRUE.equals(v) ? "Yes" : "No";
    } else {
      choices.addAll(def.enumValues());
      names = v -> v == ANY ? "Any" : Formats.humanize(String.valueOf(v));
    }
    box.getItems().setAll(choices);
    box.setValue(ANY);
    box.setId(support.id(def));
    box.getStyleClass().add("filter-choice");
    box.setTooltip(new Tooltip(support.label(def)));
    box.setAccessibleText(support.label(def));
    box.setConverter(new StringConverter<>() {
      @Override
      public String toString(Object value) {
        return value == null ? "" : names.apply(value);
      }

      @Override
      public Object fromString(String text) {
        return ANY;
      }
    });
    box.setButtonCell(new ListCell<>() {
      @Override
      protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        setText(support.label(def) + ": " + names.apply(empty || item == null ? ANY : item));
      }
    });
    box.valueProperty().addListener((obs, old, value) -> {
      if (!showing) {
        support.apply(def, value == null || value == ANY ? List.of() : List.of(value));
      }
    });
  }

  @Override
  public Node node() {
    return box;
  }

  @Override
  public void show(Map<String, Filter> active) {
    Filter filter = active.get(def.param());
    Object value = ANY;
    if (filter != null) {
      Object held = filter.value();
      value = box.getItems().stream().filter(c -> c != ANY && String.valueOf(c).equals(String.valueOf(held)))
          .findFirst().orElse(ANY);
    }
    showing = true;
    try {
      box.setValue(value);
    } finally {
      showing = false;
    }
  }

  @Override
  public List<Chip> chips(Map<String, Filter> active) {
    return support.chip(def, active);
  }
}
