package dev.switchboard.view.table;

import dev.switchboard.data.Filter;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.FilterDef;
import dev.switchboard.model.FilterOp;
import dev.switchboard.view.cell.CellRegistry;
import dev.switchboard.view.cell.Formats;
import dev.switchboard.viewmodel.Debouncer;
import dev.switchboard.viewmodel.ResourceListViewModel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What every filter control needs: the view model, labels and ids from the model, and value formatting. */
final class FilterSupport {

  final ResourceListViewModel vm;
  final CellRegistry cells;
  final Debouncer.Scheduler typing;

  FilterSupport(ResourceListViewModel vm, CellRegistry cells, Debouncer.Scheduler typing) {
    this.vm = vm;
    this.cells = cells;
    this.typing = typing;
  }

  String id(FilterDef def) {
    return "filter-" + vm.resource().name() + "-" + def.param();
  }

  Optional<FieldDef> field(FilterDef def) {
    return vm.resource().field(def.field());
  }

  String fieldLabel(FilterDef def) {
    return field(def).map(FieldDef::label).orElse(Formats.humanize(def.field()));
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

  /** A filter value as a chip shows it: enum values readable, dates in the user's zone and locale. */
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

  String valueText(FilterDef def, Object value) {
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
    // a reference reads as the record's name when the table has already looked it up
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
    return day(value).map(d -> Formats.date(d, cells.context().locale())).orElse(String.valueOf(value));
  }
}
