package dev.switchboard.view.cell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.view.table.CallCenter;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import org.junit.jupiter.api.Test;

/** Each kind of value, as a table cell and the record view write it. No stage needed: text only. */
class CellRegistryTest {

  private final List<String> opened = new ArrayList<>();
  private final CellContext context = CellContext.of(ZoneId.of("America/New_York"), Locale.US)
      .withOpenUri(opened::add);
  private final CellRegistry cells = CellRegistry.standard(context);

  private static FieldDef field(String name, FieldType type) {
    return CallCenter.field(name, name, type, true).def();
  }

  private String text(String name, FieldType type, Object value) {
    return cells.text(field(name, type), value);
  }

  @Test
  void datesAndDateTimesAreInTheUsersZoneAndLocale() {
    assertThat(text("started_at", FieldType.DATE_TIME, "2026-11-24T16:45:00Z")).isEqualTo("Nov 24, 2026, 11:45 AM");
    assertThat(text("started_at", FieldType.DATE_TIME, "2026-11-24T16:45:00+01:00"))
        .isEqualTo("Nov 24, 2026, 10:45 AM");
    assertThat(text("started_at", FieldType.DATE_TIME, "2026-11-24T16:45:00")).as("naive means UTC")
        .isEqualTo("Nov 24, 2026, 11:45 AM");
    assertThat(text("birthday", FieldType.DATE, "1990-02-03")).isEqualTo("Feb 3, 1990");
    assertThat(text("opens", FieldType.TIME, "09:30:00")).isEqualTo("9:30 AM");
    assertThat(text("started_at", FieldType.DATE_TIME, "yesterday")).as("not a date: as is").isEqualTo("yesterday");
  }

  @Test
  void booleansAreACheckMarkNotTrue() {
    assertThat(text("is_active", FieldType.BOOLEAN, true)).isEqualTo("✓");
    assertThat(text("is_active", FieldType.BOOLEAN, false)).as("no, rather than a blank").isEqualTo("✗");
    assertThat(cells.viewFor(field("is_active", FieldType.BOOLEAN)).alignment()).isEqualTo(Pos.CENTER);
  }

  @Test
  void enumsReadAsWords() {
    FieldDef status = CallCenter.field("status", "Status", FieldType.ENUM, false).values(List.of("follow_up")).def();
    assertThat(cells.text(status, "follow_up")).isEqualTo("Follow up");
    assertThat(cells.text(status, "IN_PROGRESS")).isEqualTo("In progress");
    assertThat(cells.text(status, "followUp")).isEqualTo("Follow up");
    assertThat(cells.viewFor(status).styleClass()).isEqualTo("cell-enum");
  }

  @Test
  void numbersAreGroupedAndRightAlignedButIdsAreNot() {
    assertThat(text("total", FieldType.INTEGER, 5987L)).isEqualTo("5,987");
    assertThat(text("price", FieldType.NUMBER, 1234.5)).isEqualTo("1,234.5");
    assertThat(text("price", FieldType.NUMBER, new BigDecimal("0.125"))).isEqualTo("0.125");
    assertThat(text("order_id", FieldType.INTEGER, 123456L)).isEqualTo("123456");
    assertThat(cells.viewFor(field("total", FieldType.INTEGER)).alignment()).isEqualTo(Pos.CENTER_RIGHT);
  }

  @Test
  void durationsAreReadable() {
    assertThat(text("duration_s", FieldType.INTEGER, 754L)).isEqualTo("12 min 34 s");
    assertThat(text("wait_seconds", FieldType.INTEGER, 45L)).isEqualTo("45 s");
    assertThat(text("call_duration", FieldType.INTEGER, 3725L)).isEqualTo("1 h 2 min");
    assertThat(text("hold", FieldType.DURATION, "PT1H30M")).isEqualTo("1 h 30 min");
    assertThat(text("duration_s", FieldType.INTEGER, 0L)).isEqualTo("0 s");
    assertThat(text("retries", FieldType.INTEGER, 754L)).as("not a duration by name").isEqualTo("754");
  }

  @Test
  void nullIsADashForEveryType() {
    for (FieldType type : FieldType.values()) {
      assertThat(text("x", type, null)).as(type.id()).isEqualTo("—");
    }
  }

  @Test
  void arraysJoinTheirValuesAndObjectsAreSummarised() {
    FieldDef tags = CallCenter.field("tags", "Tags", FieldType.ARRAY, false).items(field("tags", FieldType.STRING))
        .def();
    assertThat(cells.text(tags, List.of("vip", "escalated"))).isEqualTo("vip, escalated");
    assertThat(cells.text(tags, List.of(Map.of("a", 1), Map.of("b", 2)))).isEqualTo("2 items");
    assertThat(text("caller", FieldType.OBJECT, Map.of("name", "Ada Lovelace", "country", "GB")))
        .isEqualTo("Ada Lovelace");
    assertThat(text("address", FieldType.OBJECT, Map.of("street", "x", "city", "y", "zip", "z")))
        .isEqualTo("3 fields");
    assertThat(text("extra", FieldType.JSON, Map.of("k", "v"))).doesNotContain("{");
  }

  @Test
  void linksOpenThroughTheContext() {
    CellView link = cells.viewFor(field("recording_url", FieldType.URI));
    assertThat(link.text("https://example.com/a.mp3")).isEqualTo("https://example.com/a.mp3");
    assertThat(link.activate("https://example.com/a.mp3")).isTrue();
    assertThat(opened).containsExactly("https://example.com/a.mp3");
  }

  @Test
  void referencesShowTheIdUntilTheNameArrivesAndThenTheName() {
    FieldDef agent = CallCenter.field("agent_id", "Agent", FieldType.INTEGER, true).reference("users").def();
    CellView view = cells.viewFor(agent);
    int[] changes = {0};
    view.changes().orElseThrow().addListener(o -> changes[0]++);
    assertThat(view.text(7L)).isEqualTo("#7");
    context.referenceNames().put("users:7", "Dana Scully");
    assertThat(view.text(7L)).isEqualTo("Dana Scully");
    assertThat(view.text(7.0)).as("a JSON number read as a double").isEqualTo("Dana Scully");
    assertThat(changes[0]).isEqualTo(1);
  }

  @Test
  void textIsOneLineWithATooltipAndUnknownTypesFallBackToText() {
    CellView notes = cells.viewFor(field("notes", FieldType.TEXT));
    assertThat(notes.text("Line one.\n  Line two.")).isEqualTo("Line one. Line two.");
    assertThat(notes.wantsTooltip()).isTrue();
    assertThat(text("blob", FieldType.BINARY, "AAEC")).isEqualTo("AAEC");
  }

  @Test
  void theFirstFactoryThatAcceptsWinsAndAFailingOneNeverBreaksTheCell() {
    CellFactory shouting = CellFactory.of(f -> f.name().equals("code"), (f, r) -> value -> {
      throw new IllegalStateException("boom");
    });
    List<CellFactory> factories = new ArrayList<>(List.of(shouting));
    factories.addAll(CellRegistry.standardFactories());
    CellRegistry custom = new CellRegistry(context, factories);
    assertThat(custom.text(field("code", FieldType.INTEGER), 42L)).isEqualTo("42");
    assertThat(custom.text(field("other", FieldType.INTEGER), 4200L)).isEqualTo("4,200");
  }
}
