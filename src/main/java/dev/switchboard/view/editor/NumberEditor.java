package dev.switchboard.view.editor;

import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.viewmodel.FieldViewModel;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * A number typed in the person's locale ("1.234,5" in Germany), right-aligned; Up and Down step by the
 * schema's {@code multipleOf} (else 1) within its bounds. Text that is not a number is kept and reported.
 */
final class NumberEditor implements FieldEditor {

  private final TextField input = new TextField();
  private final FieldDef def;
  private final DecimalFormat format;
  private final Sync sync;

  NumberEditor(FieldViewModel field, Locale locale) {
    this.def = field.def();
    this.format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
    format.setGroupingUsed(false);
    format.setMaximumFractionDigits(12);
    format.setParseBigDecimal(true);
    input.setId("field-" + field.path());
    input.getStyleClass().add("form-number");
    input.setMaxWidth(220); // a number is short: a field as wide as the form reads like a text box
    input.setAccessibleText(def.label());
    sync = new Sync(field, value -> {
      String text = value instanceof Number n ? format.format(new BigDecimal(n.toString())) : value == null ? ""
          : String.valueOf(value);
      if (!text.equals(input.getText())) {
        input.setText(text);
      }
    });
    input.textProperty().addListener((obs, old, now) -> sync.write(parse(now)));
    input.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
        step(e.getCode() == KeyCode.UP ? 1 : -1);
        e.consume();
      }
    });
  }

  private boolean whole() {
    return def.type() == FieldType.INTEGER;
  }

  Object parse(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return null;
    }
    DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
    // People paste "1 234" or "1,234": grouping is never needed to read a number, so it is ignored.
    String plain = trimmed.replace(String.valueOf(symbols.getGroupingSeparator()), "").replace("\u00a0", "")
        .replace("\u202f", "").replace(" ", "");
    ParsePosition position = new ParsePosition(0);
    Number parsed = format.parse(plain, position);
    if (parsed == null || position.getIndex() != plain.length()) {
      return new FieldViewModel.Unparsed(text, whole() ? "must be a whole number" : "must be a number");
    }
    BigDecimal value = (BigDecimal) parsed;
    if (whole()) {
      try {
        return value.longValueExact();
      } catch (ArithmeticException fraction) {
        return new FieldViewModel.Unparsed(text, "must be a whole number");
      }
    }
    return value;
  }

  private void step(int direction) {
    Object current = parse(input.getText());
    BigDecimal base = current instanceof BigDecimal b ? b : current instanceof Long l ? BigDecimal.valueOf(l)
        : def.constraints().minimum().orElse(BigDecimal.ZERO).subtract(direction > 0 ? BigDecimal.ONE : BigDecimal.ZERO);
    BigDecimal next = base.add(def.constraints().multipleOf().orElse(BigDecimal.ONE).multiply(BigDecimal.valueOf(direction)));
    if (def.constraints().minimum().isPresent() && next.compareTo(def.constraints().minimum().get()) < 0
        || def.constraints().maximum().isPresent() && next.compareTo(def.constraints().maximum().get()) > 0) {
      return;
    }
    input.setText(format.format(next));
    input.end();
  }

  @Override
  public Node node() {
    return input;
  }
}
