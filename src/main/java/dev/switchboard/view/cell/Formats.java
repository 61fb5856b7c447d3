package dev.switchboard.view.cell;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/** The text rules shared by the cell views, the filter chips and the record view. */
public final class Formats {

  /** What an absent value looks like. */
  public static final String NONE = "—";

  private Formats() {}

  /**
   * A description as plain prose: FastAPI takes docstrings as Markdown, so {@code `transferred`} becomes
   * "transferred", {@code **must**} "must", and a link {@code [the guide](https://…)} "the guide".
   */
  public static String prose(String markdown) {
    return markdown.replaceAll("\\[([^\\]]+)]\\([^)\\s]+\\)", "$1")
        .replaceAll("`+([^`]+)`+", "$1")
        .replaceAll("\\*\\*([^*]+)\\*\\*", "$1")
        .replaceAll("__([^_]+)__", "$1")
        .strip();
  }

  /**
   * An enum value as people read it: {@code follow_up} → "Follow up"; a value written as a code of its own
   * ({@code calls:write}, {@code text/csv}) stays as written, since that is how the API and its docs name it.
   */
  public static String enumLabel(String value) {
    return value.contains(":") || value.contains("/") ? value : humanize(value);
  }

  /** {@code follow_up}, {@code FOLLOW_UP}, {@code followUp}, {@code follow-up} → "Follow up". */
  public static String humanize(String raw) {
    return dev.switchboard.model.Labels.humanize(raw);
  }

  /** A number with the locale's grouping ({@code 5987} → "5,987"); ids are written without grouping. */
  public static String number(Object value, Locale locale, boolean grouping) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setGroupingUsed(grouping);
    format.setMaximumFractionDigits(6);
    if (value instanceof Number n) {
      return format.format(n);
    }
    try {
      return format.format(new BigDecimal(String.valueOf(value).trim()));
    } catch (NumberFormatException notANumber) {
      return String.valueOf(value);
    }
  }

  /** Seconds (or an ISO 8601 duration such as {@code PT12M34S}) as "12 min 34 s", "1 h 5 min", "2 d 3 h". */
  public static String duration(Object value) {
    Optional<Duration> duration = toDuration(value);
    if (duration.isEmpty()) {
      return String.valueOf(value);
    }
    long seconds = Math.abs(duration.get().getSeconds());
    String sign = duration.get().isNegative() ? "−" : "";
    long days = seconds / 86_400;
    long hours = seconds % 86_400 / 3_600;
    long minutes = seconds % 3_600 / 60;
    long rest = seconds % 60;
    StringBuilder text = new StringBuilder();
    if (days > 0) {
      text.append(days).append(" d ");
    }
    if (hours > 0) {
      text.append(hours).append(" h ");
    }
    if (minutes > 0 && days == 0) {
      text.append(minutes).append(" min ");
    }
    if (rest > 0 && days == 0 && hours == 0 || text.length() == 0) {
      text.append(rest).append(" s ");
    }
    return sign + text.toString().trim();
  }

  private static Optional<Duration> toDuration(Object value) {
    if (value instanceof Number n) {
      return Optional.of(Duration.ofMillis(Math.round(n.doubleValue() * 1000)));
    }
    String text = String.valueOf(value).trim();
    try {
      return Optional.of(Duration.parse(text));
    } catch (DateTimeParseException notIso) {
      try {
        return Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(text) * 1000)));
      } catch (NumberFormatException notSeconds) {
        return Optional.empty();
      }
    }
  }

  /**
   * An ISO 8601 date-time in the user's zone and locale ("24 Nov 2026, 10:47"). A date-time without an offset
   * is read as UTC, which is what Python backends mean by a naive timestamp.
   */
  public static String dateTime(Object value, ZoneId zone, Locale locale) {
    return instant(value).map(i -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale).format(i.atZone(zone))).orElse(String.valueOf(value));
  }

  public static String date(Object value, Locale locale) {
    return localDate(value).map(d -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
        .format(d)).orElse(String.valueOf(value));
  }

  public static String time(Object value, Locale locale) {
    String text = String.valueOf(value).trim();
    DateTimeFormatter format = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    try {
      return format.format(LocalTime.parse(text));
    } catch (DateTimeParseException notLocal) {
      try {
        return format.format(OffsetTime.parse(text).toLocalTime());
      } catch (DateTimeParseException notOffset) {
        return text;
      }
    }
  }

  /** The instant an ISO 8601 text (or a {@code java.time} value) stands for, if it is one. */
  public static Optional<Instant> instant(Object value) {
    if (value instanceof Instant i) {
      return Optional.of(i);
    }
    if (value instanceof OffsetDateTime o) {
      return Optional.of(o.toInstant());
    }
    if (value instanceof ZonedDateTime z) {
      return Optional.of(z.toInstant());
    }
    String text = String.valueOf(value).trim();
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException notOffset) {
      try {
        return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException notLocal) {
        return Optional.empty();
      }
    }
  }

  public static Optional<LocalDate> localDate(Object value) {
    if (value instanceof LocalDate d) {
      return Optional.of(d);
    }
    String text = String.valueOf(value).trim();
    try {
      return Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }
}
