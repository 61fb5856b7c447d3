package dev.switchboard.viewmodel;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Comparing and shaping the plain values a form holds (String, Number, Boolean, List, Map). */
final class FormValues {

  private FormValues() {}

  /**
   * Whether two values mean the same to the server: {@code 5} and {@code 5L} and {@code 5.0} alike, blank text
   * like no value (a field typed into and emptied again is not a change), date-times at the same moment in
   * different offsets alike, lists and maps item by item.
   */
  static boolean same(Object a, Object b) {
    Object left = blankAsNull(a);
    Object right = blankAsNull(b);
    if (left == null || right == null) {
      return left == right;
    }
    if (left instanceof Number x && right instanceof Number y) {
      return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
    }
    if (left instanceof List<?> x && right instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      Iterator<?> other = y.iterator();
      return x.stream().allMatch(item -> same(item, other.next()));
    }
    if (left instanceof Map<?, ?> x && right instanceof Map<?, ?> y) {
      return x.keySet().stream().allMatch(k -> same(x.get(k), y.get(k)))
          && y.keySet().stream().allMatch(k -> same(x.get(k), y.get(k)));
    }
    if (left instanceof String x && right instanceof String y && !x.equals(y) && DATE_TIME.matcher(x).lookingAt()
        && DATE_TIME.matcher(y).lookingAt()) {
      return sameInstant(x, y);
    }
    return left.equals(right);
  }

  private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

  /** {@code 2026-11-24T09:30:00Z} and {@code 2026-11-24T10:30:00+01:00} are the same moment. */
  private static boolean sameInstant(String x, String y) {
    try {
      return OffsetDateTime.parse(x).toInstant().equals(OffsetDateTime.parse(y).toInstant());
    } catch (DateTimeParseException notBothOffsetDateTimes) {
      return false;
    }
  }

  private static Object blankAsNull(Object value) {
    return value instanceof String s && s.isBlank() ? null : value;
  }

  /**
   * Puts a field's value into a body that sends every given field (a new record, an action): its value when
   * given, an explicit null where the field must be present and may be null, else nothing.
   */
  static void putGiven(Map<String, Object> body, FieldViewModel field) {
    Object value = field.valueProperty().get();
    if (!FieldRules.isEmpty(value)) {
      put(body, field.path(), value);
    } else if (field.def().required() && field.def().nullable()) {
      put(body, field.path(), null);
    }
  }

  /** Puts {@code value} at a dotted path ({@code address.city}) in a body, making the nested maps it needs. */
  @SuppressWarnings("unchecked")
  static void put(Map<String, Object> body, String path, Object value) {
    String[] parts = path.split("\\.");
    Map<String, Object> here = body;
    for (int i = 0; i < parts.length - 1; i++) {
      here = (Map<String, Object>) here.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
    }
    here.put(parts[parts.length - 1], value);
  }
}
