package dev.switchboard.view.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.model.FieldType;
import dev.switchboard.model.FilterDef;
import dev.switchboard.model.FilterOp;
import dev.switchboard.view.table.DateBound.DayTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Times of day as people type them, and the instants a day and a time stand for at each end of a range. */
class TimeOfDayTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

  private static DateBound bound(FilterOp op, FieldType type) {
    return new DateBound(new FilterDef("started_at__" + op.id(), "started_at", op, type, List.of(), false, false),
        BERLIN);
  }

  @Test
  void theUsualWaysOfWritingATimeAreTimes() {
    assertThat(TimeOfDay.parse("9:00")).hasValue(LocalTime.of(9, 0));
    assertThat(TimeOfDay.parse("09:00")).hasValue(LocalTime.of(9, 0));
    assertThat(TimeOfDay.parse(" 17:30 ")).hasValue(LocalTime.of(17, 30));
    assertThat(TimeOfDay.parse("9")).hasValue(LocalTime.of(9, 0));
    assertThat(TimeOfDay.parse("930")).hasValue(LocalTime.of(9, 30));
    assertThat(TimeOfDay.parse("9.30")).hasValue(LocalTime.of(9, 30));
    assertThat(TimeOfDay.parse("5:30 pm")).hasValue(LocalTime.of(17, 30));
    assertThat(TimeOfDay.parse("12 AM")).hasValue(LocalTime.MIDNIGHT);
    assertThat(TimeOfDay.format(LocalTime.of(9, 5))).isEqualTo("09:05");
  }

  @Test
  void whatIsNotATimeIsNotOne() {
    assertThat(TimeOfDay.parse("25:00")).isEmpty();
    assertThat(TimeOfDay.parse("9:60")).isEmpty();
    assertThat(TimeOfDay.parse("17:")).isEmpty();
    assertThat(TimeOfDay.parse("9:0")).isEmpty();
    assertThat(TimeOfDay.parse("13 pm")).isEmpty();
    assertThat(TimeOfDay.parse("noon")).isEmpty();
    assertThat(TimeOfDay.parse("")).isEmpty();
  }

  @Test
  void fromStartsAtItsTimeAndToIncludesItsWholeMinuteInTheUsersZone() {
    assertThat(bound(FilterOp.GTE, FieldType.DATE_TIME).value(DAY, Optional.of(LocalTime.of(9, 0))))
        .isEqualTo(Instant.parse("2026-11-24T08:00:00Z"));
    assertThat(bound(FilterOp.LTE, FieldType.DATE_TIME).value(DAY, Optional.of(LocalTime.of(17, 30))))
        .isEqualTo(Instant.parse("2026-11-24T16:30:59.999Z"));
    assertThat(bound(FilterOp.GT, FieldType.DATE_TIME).value(DAY, Optional.of(LocalTime.of(9, 0))))
        .isEqualTo(Instant.parse("2026-11-24T07:59:59.999Z"));
    assertThat(bound(FilterOp.LT, FieldType.DATE_TIME).value(DAY, Optional.of(LocalTime.of(17, 30))))
        .isEqualTo(Instant.parse("2026-11-24T16:31:00Z"));
  }

  @Test
  void withoutATimeARangeCoversWholeDaysAndReadsBackWithoutOne() {
    DateBound from = bound(FilterOp.GTE, FieldType.DATE_TIME);
    DateBound to = bound(FilterOp.LTE, FieldType.DATE_TIME);
    assertThat(from.value(DAY, Optional.empty())).isEqualTo(Instant.parse("2026-11-23T23:00:00Z"));
    assertThat(to.value(DAY, Optional.empty())).isEqualTo(Instant.parse("2026-11-24T22:59:59.999Z"));
    assertThat(from.read(Instant.parse("2026-11-23T23:00:00Z"))).hasValue(new DayTime(DAY, Optional.empty()));
    assertThat(to.read("2026-11-24T22:59:59.999Z")).hasValue(new DayTime(DAY, Optional.empty()));
    assertThat(to.read("2026-11-24T16:30:59.999Z")).hasValue(new DayTime(DAY, Optional.of(LocalTime.of(17, 30))));
    assertThat(bound(FilterOp.LT, FieldType.DATE_TIME).read(Instant.parse("2026-11-24T16:31:00Z")))
        .hasValue(new DayTime(DAY, Optional.of(LocalTime.of(17, 30))));
  }

  @Test
  void aDateFieldTakesTheDayAlone() {
    DateBound day = bound(FilterOp.GTE, FieldType.DATE);
    assertThat(day.takesTime()).isFalse();
    assertThat(day.value(DAY, Optional.empty())).isEqualTo(DAY);
    assertThat(day.read("2026-11-24")).hasValue(new DayTime(DAY, Optional.empty()));
  }
}
