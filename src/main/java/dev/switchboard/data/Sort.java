package dev.switchboard.data;

/** One sort key: a field of the resource and its direction. */
public record Sort(String field, boolean descending) {

  public static Sort ascending(String field) {
    return new Sort(field, false);
  }

  public static Sort descending(String field) {
    return new Sort(field, true);
  }

  /** {@code -started_at} or {@code status}: the way people and the command line write a sort. */
  public static Sort parse(String text) {
    String trimmed = text.trim();
    if (trimmed.startsWith("-")) {
      return descending(trimmed.substring(1));
    }
    return ascending(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed);
  }
}
