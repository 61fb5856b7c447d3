package dev.switchboard.view.table;

import dev.switchboard.data.Filter;
import dev.switchboard.view.table.DateBound.DayTime;
import dev.switchboard.viewmodel.Debouncer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * One end of a date range: a date picker and, on a date-time field, a small time field ("9:00"; empty means the
 * start or the end of the day). A picked day is sent at once; a typed time once typing pauses, on Enter, or when
 * the field is left. A time that is not one is marked and not sent, and {@link #problem} says what to type.
 */
final class RangeEnd {

  /** AtlantaFX's state for invalid input. */
  private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

  private final FilterSupport support;
  private final DateBound bound;
  private final DatePicker picker;
  private final Optional<TextField> time;
  private final HBox node;
  private final Debouncer debouncer;
  private final Runnable problemsChanged;
  private boolean showing;
  /** Whether the typed time has been checked: a half-typed "17:" is not called wrong while typing goes on. */
  private boolean checked;
  private Filter seen;

  RangeEnd(FilterSupport support, DateBound bound, DatePicker picker, String id, Runnable problemsChanged) {
    this.support = support;
    this.bound = bound;
    this.picker = picker;
    this.problemsChanged = problemsChanged;
    this.debouncer = new Debouncer(support.typing, Debouncer.TYPING_PAUSE);
    picker.setId(id);
    picker.valueProperty().addListener((obs, old, day) -> {
      if (!showing) {
        send();
      }
    });
    node = new HBox(2, picker);
    node.setAlignment(Pos.CENTER_LEFT);
    time = bound.takesTime() ? Optional.of(timeField(id)) : Optional.empty();
    time.ifPresent(node.getChildren()::add);
  }

  private TextField timeField(String id) {
    TextField field = new TextField();
    field.setId(id + "-time");
    field.getStyleClass().add("filter-time");
    field.setPromptText(TimeOfDay.format(bound.defaultTime()));
    String what = bound.upper() ? "Until this time of day" : "From this time of day";
    field.setTooltip(new Tooltip(what + " (" + support.label(bound.def()) + "), e.g. 9:00 or 17:30. Empty: "
        + (bound.upper() ? "the end" : "the start") + " of the day."));
    field.setAccessibleText(what);
    field.textProperty().addListener((obs, old, text) -> {
      if (!showing) {
        checked = false;
        field.pseudoClassStateChanged(DANGER, false);
        problemsChanged.run();
        debouncer.trigger(this::send);
      }
    });
    field.setOnAction(e -> {
      debouncer.cancel();
      send();
    });
    field.focusedProperty().addListener((obs, was, focused) -> {
      if (!focused && !checked) {
        debouncer.cancel();
        send();
      }
    });
    return field;
  }

  Node node() {
    return node;
  }

  DateBound bound() {
    return bound;
  }

  DatePicker picker() {
    return picker;
  }

  private String typed() {
    return time.map(TextField::getText).map(String::trim).orElse("");
  }

  /** A typed time: valid with no time (nothing typed: the default) or a time, or not a time at all. */
  private record Typed(boolean valid, Optional<LocalTime> time) {}

  private Typed typedTime() {
    String text = typed();
    if (text.isEmpty()) {
      return new Typed(true, Optional.empty());
    }
    Optional<LocalTime> parsed = TimeOfDay.parse(text);
    return new Typed(parsed.isPresent(), parsed);
  }

  /** What is wrong with this end, in words for the person typing; empty when nothing is. */
  Optional<String> problem() {
    if (typed().isEmpty() || !checked) {
      return Optional.empty();
    }
    if (!typedTime().valid()) {
      return Optional.of(TimeOfDay.HINT);
    }
    return picker.getValue() == null ? Optional.of("Pick a day for " + typed()) : Optional.empty();
  }

  private void send() {
    checked = true;
    Typed at = typedTime();
    time.ifPresent(field -> field.pseudoClassStateChanged(DANGER, !at.valid()));
    problemsChanged.run();
    if (!at.valid()) {
      return; // the last good bound stays until the time is one
    }
    LocalDate day = picker.getValue();
    support.apply(bound.def(), day == null ? List.of() : List.of(bound.value(day, at.time())));
  }

  /** Shows the bound the view model holds, unless what is typed means the same ("9:00" stays "9:00"). */
  void show(Filter filter) {
    if (Objects.equals(filter, seen)) {
      return; // another filter changed: leave what is being typed here alone
    }
    seen = filter;
    Optional<DayTime> held = filter == null ? Optional.empty() : bound.read(filter.value());
    Typed at = typedTime();
    Optional<DayTime> shown = Optional.ofNullable(picker.getValue())
        .map(day -> new DayTime(day, at.time().filter(t -> !t.equals(bound.defaultTime()))));
    if (at.valid() && shown.equals(held)) {
      return;
    }
    debouncer.cancel();
    showing = true;
    try {
      picker.setValue(held.map(DayTime::day).orElse(null));
      time.ifPresent(field -> {
        field.setText(held.flatMap(DayTime::time).map(TimeOfDay::format).orElse(""));
        field.pseudoClassStateChanged(DANGER, false);
      });
      checked = false;
    } finally {
      showing = false;
    }
  }
}
