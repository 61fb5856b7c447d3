package dev.switchboard.view.table;

import dev.switchboard.data.Filter;
import dev.switchboard.model.FilterDef;
import dev.switchboard.model.FilterOp;
import dev.switchboard.view.table.DateBound.DayTime;
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
 * on the same field, shown as one control (either bound may be missing). Each end is a date picker; on a
 * date-time field it also takes a time of day ({@link RangeEnd}), in the user's time zone, sent as an instant
 * ({@link DateBound}). A time that is not one is marked, with a message that says what to type, and not sent.
 */
final class DateRangeFilter implements FilterControl {

  private final FilterSupport support;
  private final Optional<RangeEnd> from;
  private final Optional<RangeEnd> to;
  private final HBox box = new HBox(4);
  private final Label message = new Label();

  DateRangeFilter(FilterSupport support, Optional<FilterDef> from, Optional<FilterDef> to) {
    this.support = support;
    FilterDef any = from.or(() -> to).orElseThrow();
    box.setId(support.id(any));
    box.getStyleClass().add("filter-range");
    box.setAlignment(Pos.CENTER_LEFT);
    Label caption = new Label(support.fieldLabel(any));
    caption.getStyleClass().add("filter-caption");
    caption.setMinWidth(Label.USE_PREF_SIZE);
    box.getChildren().add(caption);
    message.setId(support.id(any) + "-message");
    message.getStyleClass().add("filter-message");
    message.setMinWidth(Label.USE_PREF_SIZE);
    this.from = from.map(def -> new RangeEnd(support, new DateBound(def, support.cells.context().zone()),
        picker(def, def.op() == FilterOp.EQ ? "Date" : "From"),
        to.isPresent() ? support.id(def) + "-from" : support.id(def) + "-picker", this::showProblems));
    this.from.ifPresent(end -> box.getChildren().add(end.node()));
    if (from.isPresent() && to.isPresent()) {
      Label dash = new Label("–");
      dash.setMinWidth(Label.USE_PREF_SIZE);
      box.getChildren().add(dash);
    }
    this.to = to.map(def -> new RangeEnd(support, new DateBound(def, support.cells.context().zone()),
        picker(def, "To"), support.id(def), this::showProblems));
    this.to.ifPresent(end -> box.getChildren().add(end.node()));
    box.getChildren().add(message);
    showProblems();
  }

  private DatePicker picker(FilterDef def, String prompt) {
    DatePicker picker = new DatePicker();
    picker.getStyleClass().add("filter-date");
    picker.setPromptText(prompt);
    picker.setTooltip(new Tooltip(support.label(def)));
    picker.setAccessibleText(support.label(def));
    DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(support.cells.context().locale());
    picker.setConverter(new LocalDateStringConverter(format, format));
    return picker;
  }

  /** Shows what is wrong with the typed times, if anything, next to the fields. */
  private void showProblems() {
    String problem = from.flatMap(RangeEnd::problem).or(() -> to.flatMap(RangeEnd::problem)).orElse("");
    message.setText(problem);
    message.setVisible(!problem.isEmpty());
    message.setManaged(!problem.isEmpty());
  }

  @Override
  public Node node() {
    return box;
  }

  @Override
  public void show(Map<String, Filter> active) {
    from.ifPresent(end -> end.show(active.get(end.bound().def().param())));
    to.ifPresent(end -> end.show(active.get(end.bound().def().param())));
    showProblems();
  }

  @Override
  public List<Chip> chips(Map<String, Filter> active) {
    Optional<DayTime> low = from.flatMap(end -> read(end, active));
    Optional<DayTime> high = to.flatMap(end -> read(end, active));
    if (low.isEmpty() && high.isEmpty()) {
      return List.of();
    }
    FilterDef any = from.or(() -> to).orElseThrow().bound().def();
    List<String> params = new ArrayList<>();
    from.ifPresent(end -> params.add(end.bound().def().param()));
    to.ifPresent(end -> params.add(end.bound().def().param()));
    return List.of(new Chip(support.fieldLabel(any) + ": " + rangeText(low, high), params));
  }

  private static Optional<DayTime> read(RangeEnd end, Map<String, Filter> active) {
    return Optional.ofNullable(active.get(end.bound().def().param())).flatMap(f -> end.bound().read(f.value()));
  }

  /** "24 Nov 09:00 – 17:30", "20 Nov – 23 Nov", "from 24 Nov 09:00", "until 23 Nov". */
  private String rangeText(Optional<DayTime> low, Optional<DayTime> high) {
    if (low.isPresent() && high.isPresent()) {
      DayTime a = low.get();
      DayTime b = high.get();
      if (a.day().equals(b.day())) {
        if (a.time().isEmpty() && b.time().isEmpty()) {
          return support.dayText(a.day());
        }
        return support.dayText(a.day()) + " " + support.timeText(a.time().orElse(from.get().bound().defaultTime()))
            + " – " + support.timeText(b.time().orElse(to.get().bound().defaultTime()));
      }
      return text(a) + " – " + text(b);
    }
    return low.map(a -> "from " + text(a)).orElseGet(() -> "until " + text(high.orElseThrow()));
  }

  private String text(DayTime at) {
    return support.dayText(at.day()) + at.time().map(t -> " " + support.timeText(t)).orElse("");
  }
}
