package dev.switchboard.view.table;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of day as people type it in a filter: "9:00", "09:00", "17:30", "9", "930", "9.30", "5:30 pm". The
 * field shows it back as "09:00".
 */
final class TimeOfDay {

  /** What the field says when the text is not a time. */
  static final String HINT = "Type a time like 9:00 or 17:30";

  private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.h]?(\\d{2}))?\\s*([ap]\\.?m\\.?)?");

  private TimeOfDay() {}

  /** The time typed, or empty when {@code text} is not one (blank text is not a time either: check it first). */
  static Optional<LocalTime> parse(String text) {
    Matcher m = TIME.matcher(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (m.group(3) != null) {
      if (hour < 1 || hour > 12) {
        return Optional.empty();
      }
      hour = hour % 12 + (m.group(3).startsWith("p") ? 12 : 0);
    }
    try {
      return Optional.of(LocalTime.of(hour, minute));
    } catch (DateTimeException outOfRange) {
      return Optional.empty();
    }
  }

  /** The time as the field shows it: "09:00". */
  static String format(LocalTime time) {
    return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
  }
}
