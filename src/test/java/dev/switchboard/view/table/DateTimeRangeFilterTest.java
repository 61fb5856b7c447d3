package dev.switchboard.view.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.Filter;
import dev.switchboard.data.Record;
import dev.switchboard.model.AdminApi;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.FilterDef;
import dev.switchboard.model.FilterOp;
import dev.switchboard.model.ListCapabilities;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.viewmodel.ListState;
import dev.switchboard.viewmodel.ListStateStore;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The calls table's "Started at" range: days, and times of day in the user's zone (Berlin here). */
@ExtendWith(ApplicationExtension.class)
class DateTimeRangeFilterTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

  private Stage stage;
  private TableHarness harness;

  @BeforeAll
  static void britishFormats() {
    Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Screens.light();
    harness = new TableHarness(MemoryClient.callCenter(137), ListStateStore.NONE);
    harness.show(stage);
  }

  @Test
  void aDayWithTimesOfDayFiltersFromTheFirstTimeToTheEndOfTheSecondsMinute(FxRobot robot) throws IOException {
    robot.interact(() -> {
      picker(robot, "#filter-calls-started_at__gte-from").setValue(DAY);
      picker(robot, "#filter-calls-started_at__lte").setValue(DAY);
    });
    robot.clickOn("#filter-calls-started_at__gte-from-time").write("9:00");
    robot.clickOn("#filter-calls-started_at__lte-time").write("17:30");
    robot.interact(harness.time::pause);
    assertThat(harness.client.last().filters()).containsExactlyInAnyOrder(
        Filter.of("started_at", FilterOp.GTE, Instant.parse("2026-11-24T08:00:00Z")),
        Filter.of("started_at", FilterOp.LTE, Instant.parse("2026-11-24T16:30:59.999Z")));
    assertThat(chips(robot)).containsExactly("Started at: 24 Nov 09:00 – 17:30");
    assertThat(harness.vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(Instant.parse(
        (String) r.get("started_at").orElseThrow())).isBetween(Instant.parse("2026-11-24T08:00:00Z"),
        Instant.parse("2026-11-24T16:30:59.999Z")));
    assertThat(time(robot, "#filter-calls-started_at__gte-from-time").getText()).as("what was typed stays")
        .isEqualTo("9:00");
    Screens.shoot(robot, stage, "table-calls-time-range");
  }

  @Test
  void aTimeThatIsNotOneIsMarkedExplainedAndNotSent(FxRobot robot) throws IOException {
    robot.interact(() -> picker(robot, "#filter-calls-started_at__gte-from").setValue(DAY));
    Filter whole = Filter.of("started_at", FilterOp.GTE, Instant.parse("2026-11-23T23:00:00Z"));
    assertThat(harness.client.last().filters()).containsExactly(whole);
    Label message = robot.lookup("#filter-calls-started_at__gte-message").queryAs(Label.class);
    assertThat(message.isVisible()).isFalse();

    TextField from = time(robot, "#filter-calls-started_at__gte-from-time");
    robot.clickOn(from).write("25:00");
    assertThat(message.isVisible()).as("not while typing").isFalse();
    int asked = harness.client.asked.size();
    robot.interact(harness.time::pause);
    assertThat(harness.client.asked).hasSize(asked);
    assertThat(harness.vm.filtersProperty().get().values()).containsExactly(whole);
    assertThat(from.getPseudoClassStates()).extracting(Object::toString).contains("danger");
    assertThat(message.isVisible()).isTrue();
    assertThat(message.getText()).isEqualTo("Type a time like 9:00 or 17:30");
    Screens.shoot(robot, stage, "table-calls-time-invalid");

    robot.interact(() -> from.setText("7:15"));
    robot.interact(harness.time::pause);
    assertThat(message.isVisible()).isFalse();
    assertThat(harness.client.last().filters()).containsExactly(
        Filter.of("started_at", FilterOp.GTE, Instant.parse("2026-11-24T06:15:00Z")));
    assertThat(chips(robot)).containsExactly("Started at: from 24 Nov 07:15");
  }

  @Test
  void aRememberedRangeShowsItsDaysAndTimesAndRemovingItsChipEmptiesThem(FxRobot robot) {
    MemoryStore store = new MemoryStore();
    store.save("calls", new ListState(50, List.of(), List.of(
        Filter.of("started_at", FilterOp.GTE, "2026-11-20T08:00:00Z"),
        Filter.of("started_at", FilterOp.LTE, "2026-11-24T22:59:59.999Z")), Optional.empty(), List.of(), List.of(),
        Map.of()));
    TableHarness restored = new TableHarness(MemoryClient.callCenter(137), store);
    robot.interact(() -> restored.show(stage));
    assertThat(picker(robot, "#filter-calls-started_at__gte-from").getValue()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(time(robot, "#filter-calls-started_at__gte-from-time").getText()).isEqualTo("09:00");
    assertThat(picker(robot, "#filter-calls-started_at__lte").getValue()).isEqualTo(DAY);
    assertThat(time(robot, "#filter-calls-started_at__lte-time").getText()).as("the end of the day: none typed")
        .isEmpty();
    assertThat(chips(robot)).containsExactly("Started at: 20 Nov 09:00 – 24 Nov");

    robot.clickOn("#chip-remove-calls-started_at__gte");
    assertThat(restored.vm.filtersProperty().get()).isEmpty();
    assertThat(picker(robot, "#filter-calls-started_at__gte-from").getValue()).isNull();
    assertThat(time(robot, "#filter-calls-started_at__gte-from-time").getText()).isEmpty();
  }

  @Test
  void aDateOnlyFieldKeepsDateOnlyPickersAndSendsDays(FxRobot robot) {
    ResourceDef shifts = CallCenter.resource("shifts", "Shifts", List.of(
        CallCenter.field("id", "Id", FieldType.INTEGER, false).def(),
        CallCenter.field("day", "Day", FieldType.DATE, false).def()), Optional.of(new ListCapabilities(
            CallCenter.CALLS.list().orElseThrow().pagination(), Optional.empty(), Optional.empty(), List.of(
                new FilterDef("day__gte", "day", FilterOp.GTE, FieldType.DATE, List.of(), false, false),
                new FilterDef("day__lte", "day", FilterOp.LTE, FieldType.DATE, List.of(), false, false)))));
    AdminApi api = new AdminApi("Shifts", "1", "3.1.0", Optional.empty(), List.of(), List.of(shifts), List.of());
    MemoryClient client = new MemoryClient(Map.of("shifts", List.of(Record.of(Map.of("id", 1L, "day", "2026-11-24")))));
    TableHarness days = new TableHarness(client, ListStateStore.NONE, shifts, api);
    robot.interact(() -> days.show(stage));
    assertThat((Object) robot.lookup("#filter-shifts-day__gte-from").query()).isInstanceOf(DatePicker.class);
    assertThat(robot.lookup(".filter-time").tryQuery()).isEmpty();
    robot.interact(() -> {
      picker(robot, "#filter-shifts-day__gte-from").setValue(LocalDate.of(2026, 11, 20));
      picker(robot, "#filter-shifts-day__lte").setValue(DAY);
    });
    assertThat(client.last().filters()).containsExactlyInAnyOrder(Filter.of("day", FilterOp.GTE, LocalDate.of(2026, 11, 20)),
        Filter.of("day", FilterOp.LTE, DAY));
    assertThat(chips(robot)).containsExactly("Day: 20 Nov – 24 Nov");
  }

  private static DatePicker picker(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(DatePicker.class);
  }

  private static TextField time(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(TextField.class);
  }

  private static List<String> chips(FxRobot robot) {
    return robot.lookup(".filter-chip-text").queryAllAs(Label.class).stream().map(Label::getText).toList();
  }
}
