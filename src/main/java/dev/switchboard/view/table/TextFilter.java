package dev.switchboard.view.table;

import dev.switchboard.data.Filter;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.FilterDef;
import dev.switchboard.model.FilterOp;
import dev.switchboard.viewmodel.Debouncer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/**
 * A typed value: text, or a number checked as it is typed (a number that does not parse is marked and not
 * sent). Sent once typing pauses, like the search box.
 */
final class TextFilter implements FilterControl {

  /** AtlantaFX's state for invalid input. */
  private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

  private final FilterSupport support;
  private final FilterDef def;
  private final TextField field = new TextField();
  private final Debouncer debouncer;
  private boolean showing;
  private Filter seen;

  TextFilter(FilterSupport support, FilterDef def) {
    this.support = support;
    this.def = def;
    this.debouncer = new Debouncer(support.typing, Debouncer.TYPING_PAUSE);
    field.setId(support.id(def));
    field.getStyleClass().add(isNumber() ? "filter-number" : "filter-text");
    // A reference with no name picker (its records may not be listed) takes the id, and says so.
    String label = support.label(def)
        + (def.op() == FilterOp.EQ && support.field(def).flatMap(f -> f.reference()).isPresent() ? " ID" : "");
    field.setPromptText(label);
    field.setTooltip(new Tooltip(label));
    field.setAccessibleText(label);
    field.textProperty().addListener((obs, old, text) -> {
      if (showing) {
        return;
      }
      Optional<List<Object>> values = parse(text);
      field.pseudoClassStateChanged(DANGER, values.isEmpty());
      values.ifPresent(v -> debouncer.trigger(() -> support.apply(def, v)));
    });
  }

  private boolean isNumber() {
    return def.type() == FieldType.INTEGER || def.type() == FieldType.NUMBER;
  }

  /** The values to send, or empty when the text is not a valid value; {@code in} takes a comma list. */
  private Optional<List<Object>> parse(String text) {
    String trimmed = text == null ? "" : text.trim();
    if (trimmed.isEmpty()) {
      return Optional.of(List.of());
    }
    List<Object> values = new ArrayList<>();
    List<String> parts = def.op() == FilterOp.IN ? List.of(trimmed.split("\\s*,\\s*")) : List.of(trimmed);
    for (String part : parts) {
      if (part.isBlank()) {
        continue;
      }
      Optional<Object> one = parseOne(part);
      if (one.isEmpty()) {
        return Optional.empty();
      }
      values.add(one.get());
    }
    return Optional.of(values);
  }

  private Optional<Object> parseOne(String part) {
    if (!isNumber()) {
      return Optional.of(part);
    }
    try {
      BigDecimal number = new BigDecimal(def.op() == FilterOp.IN ? part : part.replace(",", ""));
      return Optional.of(def.type() == FieldType.INTEGER ? (Object) number.longValueExact() : number);
    } catch (NumberFormatException | ArithmeticException notANumber) {
      return Optional.empty();
    }
  }

  @Override
  public Node node() {
    return field;
  }

  @Override
  public void show(Map<String, Filter> active) {
    Filter filter = active.get(def.param());
    if (java.util.Objects.equals(filter, seen)) {
      return; // another filter changed: leave what is being typed here alone
    }
    seen = filter;
    String wanted = filter == null ? "" : String.join(", ", filter.values().stream().map(String::valueOf).toList());
    Optional<List<Object>> typed = parse(field.getText());
    boolean same = filter == null ? typed.map(List::isEmpty).orElse(false)
        : typed.map(v -> v.equals(filter.values())).orElse(false);
    if (same) {
      return; // keep what was typed ("007" stays "007")
    }
    debouncer.cancel();
    showing = true;
    try {
      field.setText(wanted);
      field.pseudoClassStateChanged(DANGER, false);
    } finally {
      showing = false;
    }
  }

  @Override
  public List<Chip> chips(Map<String, Filter> active) {
    return support.chip(def, active);
  }
}
