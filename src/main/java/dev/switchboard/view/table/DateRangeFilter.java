package dev.switchboard.view.table;

import dev.switchboard.data.Filter;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.FilterDef;
import dev.switchboard.model.FilterOp;
import dev.switchboard.view.cell.Formats;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.converter.LocalDateStringConverter;

/**
 * A date or date-time range: a lower bound ({@code gte}/{@code gt}) and an upper bound ({@code lte}/{@code lt})
 * on the same field, shown as one control with two date pickers (either bound may be missing). Date-times are
 * sent as instants: the start of the "from" day and the end of the "to" day in the user's time zone, so "1 to
 * 30 November" means the whole of both days where the user is.
 */
final class DateRangeFilter implements FilterControl {

  private final FilterSupport support;
  private final Optional<FilterDef> from;
  private final Optional<FilterDef> to;
  private final HBox box = new HBox(4);
  private final DatePicker fromPicker = new DatePicker();
  private final DatePicker toPicker = new DatePicker();
  private boolean showing;

  DateRangeFilter(FilterSupport support, Optional<FilterDef> from, Optional<FilterDef> to) {
    this.support = support;
    this.from = from;
    this.to = to;
    FilterDef any = from.or(() -> to).orElseThrow();
    box.setId(support.id(any));
    box.getStyleClass().add("filter-range");
    box.setAlignment(Pos.CENTER_LEFT);
    Label caption = new Label(support.fieldLabel(any));
    caption.getStyleClass().add("filter-caption");
    caption.setMinWidth(Label.USE_PREF_SIZE);
    box.getChildren().add(caption);
    from.ifPresent(def -> box.getChildren().add(picker(fromPicker, def, def.op() == FilterOp.EQ ? "Date" : "From",
        to.isPresent() ? support.id(def) + "-from" : support.id(def) + "-picker")));
    if (from.isPresent() && to.isPresent()) {
      Label dash = new Label("–");
      dash.setMinWidth(Label.USE_PREF_SIZE);
      box.getChildren().add(dash);
    }
    to.ifPresent(def -> box.getChildren().add(picker(toPicker, def, "To", support.id(def))));
  }

  private DatePicker picker(DatePicker picker, FilterDef def, String prompt, String id) {
    picker.setId(id);
    picker.getStyleClass().add("filter-date");
    picker.setPromptText(prompt);
    picker.setTooltip(new Tooltip(support.label(def)));
    picker.setAccessibleText(support.label(def));
    DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(support.cells.context().locale());
    picker.setConverter(new LocalDateStringConverter(format, format));
    picker.valueProperty().addListener((obs, old, day) -> {
      if (!showing) {
        support.apply(def, day == null ? List.of() : List.of(bound(def, day)));
      }
    });
    return picker;
  }

  /** The value sent for {@code day}: the day itself for dates, the matching instant for date-times. */
  private Object bound(FilterDef def, LocalDate day) {
    if (def.type() != FieldType.DATE_TIME) {
      return day;
    }
    ZoneId zone = support.cells.context().zone();
    return switch (def.op()) {
      case GT -> day.atStartOfDay(zone).toInstant().minusMillis(1);
      case LT -> day.plusDays(1).atStartOfDay(zone).toInstant();
      case LTE -> day.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
      default -> day.atStartOfDay(zone).toInstant();
    };
  }

  @Override
  public Node node() {
    return box;
  }

  @Override
  public void show(Map<String, Filter> active) {
    showing = true;
    try {
      from.ifPresent(def -> fromPicker.setValue(day(active.get(def.param()), def)));
      to.ifPresent(def -> toPicker.setValue(day(active.get(def.param()), def)));
    } finally {
      showing = false;
    }
  }

  private LocalDate day(Filter filter, FilterDef def) {
    if (filter == null) {
      return null;
    }
    Object value = filter.value();
    if (def.type() == FieldType.DATE_TIME && (def.op() == FilterOp.GT || def.op() == FilterOp.LT)) {
      // the exclusive bounds sit one millisecond outside the day they stand for
      long shift = def.op() == FilterOp.GT ? 1 : -1;
      value = Formats.instant(value).map(i -> (Object) i.plusMillis(shift)).orElse(value);
    }
    return support.day(value).orElse(null);
  }

  @Override
  public List<Chip> chips(Map<String, Filter> active) {
    Filter low = from.map(def -> active.get(def.param())).orElse(null);
    Filter high = to.map(def -> active.get(def.param())).orElse(null);
    if (low == null && high == null) {
      return List.of();
    }
    FilterDef any = from.or(() -> to).orElseThrow();
    List<String> params = new ArrayList<>();
    from.ifPresent(def -> params.add(def.param()));
    to.ifPresent(def -> params.add(def.param()));
    String text;
    if (low != null && high != null) {
      text = support.date(low.value()) + " – " + support.date(high.value());
    } else if (low != null) {
      text = "from " + support.date(low.value());
    } else {
      text = "until " + support.date(high.value());
    }
    return List.of(new Chip(support.fieldLabel(any) + ": " + text, params));
  }
}
