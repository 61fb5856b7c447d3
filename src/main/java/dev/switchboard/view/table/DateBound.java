package dev.switchboard.view.table;

import dev.switchboard.model.FieldType;
import dev.switchboard.model.FilterDef;
import dev.switchboard.model.FilterOp;
import dev.switchboard.view.cell.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How a day, and for date-times a time of day, become the value of one end of a date range, and back. A date
 * filter takes the day. A date-time filter takes an instant in the user's zone: a lower bound starts at its time
 * (midnight when none is given); an upper bound includes its whole minute (the end of the day when none is
 * given), so "24 Nov, 9:00 to 17:30" covers 09:00:00.000 to 17:30:59.999 where the user is. Exclusive bounds
 * ({@code gt}, {@code lt}) sit one millisecond outside the inclusive ones, so both mean the same to a person.
 */
final class DateBound {

  /** A day and the time typed for it; no time means the bound's default (start or end of the day). */
  record DayTime(LocalDate day, Optional<LocalTime> time) {}

  private final FilterDef def;
  private final ZoneId zone;

  DateBound(FilterDef def, ZoneId zone) {
    this.def = def;
    this.zone = zone;
  }

  FilterDef def() {
    return def;
  }

  boolean takesTime() {
    return def.type() == FieldType.DATE_TIME;
  }

  boolean upper() {
    return def.op() == FilterOp.LTE || def.op() == FilterOp.LT;
  }

  /** The time a bound without a typed time stands for: 00:00 for "from", 23:59 (its whole minute) for "to". */
  LocalTime defaultTime() {
    return upper() ? LocalTime.of(23, 59) : LocalTime.MIDNIGHT;
  }

  /** The value sent for a day and an optional time of day. */
  Object value(LocalDate day, Optional<LocalTime> time) {
    if (!takesTime()) {
      return day;
    }
    Instant at = day.atTime(time.orElse(defaultTime()).truncatedTo(ChronoUnit.MINUTES)).atZone(zone).toInstant();
    return switch (def.op()) {
      case GT -> at.minusMillis(1);
      case LT -> at.plus(1, ChronoUnit.MINUTES);
      case LTE -> at.plus(1, ChronoUnit.MINUTES).minusMillis(1);
      default -> at;
    };
  }

  /** The day and time a sent (or remembered) value stands for; the time is empty when it is the default. */
  Optional<DayTime> read(Object value) {
    if (!takesTime()) {
      return Formats.localDate(value).map(d -> new DayTime(d, Optional.empty()));
    }
    return Formats.instant(value).map(sent -> {
      Instant at = switch (def.op()) {
        case GT -> sent.plusMillis(1);
        case LT -> sent.minus(1, ChronoUnit.MINUTES);
        case LTE -> sent.plusMillis(1).minus(1, ChronoUnit.MINUTES);
        default -> sent;
      };
      LocalDateTime local = at.atZone(zone).toLocalDateTime();
      LocalTime time = local.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
      return new DayTime(local.toLocalDate(), time.equals(defaultTime()) ? Optional.empty() : Optional.of(time));
    });
  }
}
