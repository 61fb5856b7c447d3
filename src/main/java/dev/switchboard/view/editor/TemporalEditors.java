package dev.switchboard.view.editor;

import dev.switchboard.view.cell.Formats;
import dev.switchboard.viewmodel.FieldViewModel;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/**
 * Dates, times and date-times, picked in the person's time zone and sent as ISO 8601 the way FastAPI reads it
 * ({@code 2026-11-24}, {@code 09:30:00}, {@code 2026-11-24T09:30:00+01:00}).
 */
final class TemporalEditors {

  /** Always with seconds and an offset: what pydantic and RFC 3339 expect. */
  static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  private TemporalEditors() {}

  /** Reads "9:30", "09:30" or "09:30:15"; empty when the text is not a time of day. */
  static Optional<LocalTime> time(String text) {
    String t = text.strip();
    if (t.matches("\\d:\\d\\d(:\\d\\d)?")) {
      t = "0" + t;
    }
    try {
      return Optional.of(LocalTime.parse(t));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static FieldEditor date(FieldViewModel field) {
    DatePicker picker = new DatePicker();
    picker.setId("field-" + field.path());
    picker.setAccessibleText(field.def().label());
    Sync sync = new Sync(field, value -> picker.setValue(Formats.localDate(value).orElse(null)));
    picker.valueProperty().addListener((obs, old, now) -> sync.write(now == null ? null : now.toString()));
    return () -> picker;
  }

  static FieldEditor time(FieldViewModel field) {
    TextField input = new TextField();
    input.setId("field-" + field.path());
    input.setPromptText("09:30");
    input.setPrefColumnCount(6);
    Sync sync = new Sync(field, value -> {
      String text = value == null ? "" : time(String.valueOf(value)).map(t -> t.toString()).orElse(String.valueOf(value));
      if (!text.equals(input.getText())) {
        input.setText(text);
      }
    });
    input.textProperty().addListener((obs, old, now) -> sync.write(now.isBlank() ? null : time(now)
        .<Object>map(t -> t.withNano(0).format(DateTimeFormatter.ISO_LOCAL_TIME))
        .orElse(new FieldViewModel.Unparsed(now, "must be a time such as 09:30"))));
    return () -> input;
  }

  /** A day picker and a time field side by side; a day without a time means its start. */
  static FieldEditor dateTime(FieldViewModel field, ZoneId zone) {
    DatePicker day = new DatePicker();
    day.setId("field-" + field.path());
    day.setAccessibleText(field.def().label());
    day.setPrefWidth(150);
    TextField clock = new TextField();
    clock.setId("field-" + field.path() + "-time");
    clock.setAccessibleText(field.def().label() + ", time");
    clock.setPromptText("00:00");
    clock.setPrefColumnCount(5);
    HBox box = new HBox(6, day, clock);
    box.setAlignment(Pos.CENTER_LEFT);
    Sync sync = new Sync(field, value -> {
      Optional<ZonedDateTime> at = Formats.instant(value).map(i -> i.atZone(zone));
      day.setValue(at.map(ZonedDateTime::toLocalDate).orElse(null));
      clock.setText(at.map(z -> z.toLocalTime().withNano(0).toString()).orElse(""));
    });
    Runnable write = () -> {
      LocalDate date = day.getValue();
      String clockText = clock.getText() == null ? "" : clock.getText();
      if (date == null) {
        sync.write(clockText.isBlank() ? null : new FieldViewModel.Unparsed(clockText, "needs a day as well as a time"));
        return;
      }
      Optional<LocalTime> time = clockText.isBlank() ? Optional.of(LocalTime.MIDNIGHT) : time(clockText);
      sync.write(time.<Object>map(t -> SENT.format(ZonedDateTime.of(date, t, zone)))
          .orElse(new FieldViewModel.Unparsed(clockText, "must have a time such as 09:30")));
    };
    day.valueProperty().addListener((obs, old, now) -> write.run());
    clock.textProperty().addListener((obs, old, now) -> write.run());
    return new FieldEditor() {
      @Override
      public Node node() {
        return box;
      }

      @Override
      public void focus() {
        day.requestFocus();
      }
    };
  }
}
