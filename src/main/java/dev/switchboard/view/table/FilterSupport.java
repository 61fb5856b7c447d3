package dev.switchboard.view.table;

import dev.switchboard.data.Filter;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.FilterDef;
import dev.switchboard.model.FilterOp;
import dev.switchboard.view.cell.CellRegistry;
import dev.switchboard.view.cell.Formats;
import dev.switchboard.viewmodel.Debouncer;
import dev.switchboard.viewmodel.ReferenceNames;
import dev.switchboard.viewmodel.ReferenceSearches;
import dev.switchboard.viewmodel.ResourceListViewModel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every filter control needs: the view model, labels and ids from the model, value formatting, the names
 * of referenced records and the searches that find them, and the clock that says which year is this year.
 */
final class FilterSupport {

  final ResourceListViewModel vm;
  final CellRegistry cells;
  final Debouncer.Scheduler typing;
  final ReferenceNames references;
  final ReferenceSearches searches;
  private final Clock clock;

  FilterSupport(ResourceListViewModel vm, CellRegistry cells, Debouncer.Scheduler typing, ReferenceNames references,
      ReferenceSearches searches, Clock clock) {
    this.vm = vm;
    this.cells = cells;
    this.typing = typing;
    this.references = references;
    this.searches = searches;
    this.clock = clock;
  }

  String id(FilterDef def) {
    return "filter-" + vm.resource().name() + "-" + def.param();
  }

  Optional<FieldDef> field(FilterDef def) {
    return vm.resource().field(def.field());
  }

  String fieldLabel(FilterDef def) {
    // a reference reads by what it names, as its column does: "Agent", not "Agent ID"
    return field(def).map(FieldDef::displayLabel).orElse(Formats.humanize(def.field()));
  }

  /** "Queue", "Satisfaction ≥", "Caller number contains". */
  String label(FilterDef def) {
    String suffix = switch (def.op()) {
      case EQ, IN -> "";
      case NEQ -> " ≠";
      case GT -> " >";
      case GTE -> " ≥";
      case LT -> " <";
      case LTE -> " ≤";
      case LIKE, ILIKE -> " contains";
      case ISNULL -> " is empty";
    };
    return fieldLabel(def) + suffix;
  }

  /** Sends a filter unless the view model already holds exactly these values (so syncing back sends nothing). */
  void apply(FilterDef def, List<Object> values) {
    Filter current = vm.filtersProperty().get().get(def.param());
    List<Object> now = current == null ? List.of() : current.values();
    if (!Objects.equals(now, values)) {
      vm.setFilter(def, values);
    }
  }

  /** The chip of a filter on one parameter, when it is active: "Status: Missed, Voicemail". */
  List<FilterControl.Chip> chip(FilterDef def, java.util.Map<String, Filter> active) {
    Filter filter = active.get(def.param());
    if (filter == null) {
      return List.of();
    }
    String values = filter.values().stream().map(v -> valueText(def, v))
        .collect(java.util.stream.Collectors.joining(", "));
    return List.of(new FilterControl.Chip(label(def) + ": " + values, List.of(def.param())));
  }

  /** A filter value as a chip shows it: a referenced record by name, enums readable, dates in the user's zone. */
  String valueText(FilterDef def, Object value) {
    Optional<FieldDef> field = field(def).filter(f -> f.reference().isPresent());
    if (field.isPresent()) {
      // the name once the table (or the picker, or a lookup of a remembered filter) has it
      return cells.text(field.get(), value);
    }
    if (value instanceof Instant || value instanceof LocalDate
        || def.type() == FieldType.DATE_TIME || def.type() == FieldType.DATE) {
      return date(value);
    }
    if (def.type() == FieldType.ENUM) {
      return Formats.humanize(String.valueOf(value));
    }
    if (def.type() == FieldType.BOOLEAN || def.op() == FilterOp.ISNULL) {
      return Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value)) ? "Yes" : "No";
    }
    if (value instanceof String s) {
      return "“" + s + "”";
    }
    return field(def).map(f -> cells.text(f, value)).orElse(String.valueOf(value));
  }

  /** The day a date filter stands for, in the user's zone. */
  Optional<LocalDate> day(Object value) {
    if (value instanceof LocalDate d) {
      return Optional.of(d);
    }
    return Formats.instant(value).map(i -> i.atZone(cells.context().zone()).toLocalDate())
        .or(() -> Formats.localDate(value));
  }

  String date(Object value) {
    return day(value).map(this::dayText).orElse(String.valueOf(value));
  }

  /** A day as chips show it: "24 Nov" this year, "24 Nov 2025" in another, in the user's locale. */
  String dayText(LocalDate day) {
    java.util.Locale locale = cells.context().locale();
    if (day.getYear() != LocalDate.now(clock.withZone(cells.context().zone())).getYear()) {
      return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }
    String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
        IsoChronology.INSTANCE, locale);
    // The locale's medium date without its year: "d MMM y" -> "d MMM", "MMM d, y" -> "MMM d", "y/MM/dd" -> "MM/dd".
    String withoutYear = pattern.replaceAll("[\\s,./-]*y+[\\s,./-]*", " ").trim();
    return DateTimeFormatter.ofPattern(withoutYear, locale).format(day);
  }

  /** A time of day in the user's locale: "09:00" in Britain, "9:00 AM" in the United States. */
  String timeText(LocalTime time) {
    return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(cells.context().locale()).format(time);
  }
}
