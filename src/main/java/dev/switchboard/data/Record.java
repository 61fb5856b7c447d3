package dev.switchboard.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One record as the backend sent it, in plain Java values: {@code String}, {@code Long} (or {@code BigInteger}),
 * {@code Double} (or {@code BigDecimal}), {@code Boolean}, {@code null}, {@code List<Object>} and
 * {@code Map<String, Object>} for nested objects. Field order is the server's. Date-times stay the ISO 8601
 * strings the server wrote: only the UI knows the user's time zone.
 *
 * <p>The map is not copied when the HTTP layer builds a record from a page it has just parsed (that copy would
 * cost a page its parsing budget); it is wrapped unmodifiable instead, and nobody else holds it.
 */
public final class Record {

  private final Map<String, Object> values;

  private Record(Map<String, Object> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /** A record over a copy of {@code values}. */
  public static Record of(Map<String, ?> values) {
    return new Record(new LinkedHashMap<>(values));
  }

  /** A record over {@code values} itself, which the caller hands over and never changes again. */
  public static Record wrap(Map<String, Object> values) {
    return new Record(values);
  }

  public Map<String, Object> values() {
    return values;
  }

  /** The value of a top-level field, or of a dotted path into nested objects ({@code address.city}). */
  public Optional<Object> get(String path) {
    Object here = values;
    for (String part : path.split("\\.", -1)) {
      if (!(here instanceof Map<?, ?> map) || !map.containsKey(part)) {
        return Optional.empty();
      }
      here = map.get(part);
    }
    return Optional.ofNullable(here);
  }

  /** The record's id as text ({@code 42}, {@code 65f0c0ffee...}), from its id field. */
  public Optional<String> id(String idField) {
    return get(idField).map(Record::text);
  }

  /** A scalar as the text a URL or a table shows: integers without a decimal point. */
  public static String text(Object value) {
    if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue());
    }
    return String.valueOf(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Record r && r.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "Record" + values;
  }
}
