package dev.switchboard.http;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a Java value is written in a URL or a JSON string: what FastAPI and pydantic accept. */
final class QueryValues {

  private QueryValues() {}

  static String text(Object value) {
    if (value instanceof Instant instant) {
      return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
    if (value instanceof ZonedDateTime zoned) {
      return DateTimeFormatter.ISO_INSTANT.format(zoned.toInstant());
    }
    if (value instanceof OffsetDateTime offset) {
      return DateTimeFormatter.ISO_INSTANT.format(offset.toInstant());
    }
    if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue());
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Boolean b) {
      return b ? "true" : "false";
    }
    if (value instanceof Enum<?> e) {
      return e.name().toLowerCase(Locale.ROOT);
    }
    return String.valueOf(value);
  }
}
