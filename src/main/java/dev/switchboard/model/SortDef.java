package dev.switchboard.model;

import java.util.List;
import java.util.Optional;

/**
 * How a list endpoint is sorted.
 *
 * @param param the query parameter that names the sort field(s)
 * @param style how direction is written
 * @param multi whether several fields may be given (a list or comma-separated parameter)
 * @param directionParam the separate direction parameter, for {@link Style#DIRECTION_PARAM} and {@link
 *     Style#PARALLEL_ARRAYS} ({@code order}, {@code descending[]})
 * @param fields the sortable field names when the document lists them (an enum), else empty (any field)
 * @param repeated whether several fields are sent by repeating the parameter (an array parameter, parallel
 *     arrays) rather than as one comma list
 */
public record SortDef(
    String param, Style style, boolean multi, Optional<String> directionParam, List<String> fields,
    boolean repeated) {

  public enum Style {
    /** {@code order_by=-started_at,status}: a leading {@code -} means descending. */
    MINUS_PREFIX("minus-prefix"),
    /** {@code order_by=started_at&order=desc}. */
    DIRECTION_PARAM("direction-param"),
    /** {@code sortBy[]=a&descending[]=true} (Vuetify tables). */
    PARALLEL_ARRAYS("parallel-arrays");

    private final String id;

    Style(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  public SortDef {
    fields = List.copyOf(fields);
  }

  /** A sort that repeats its parameter only in {@link Style#PARALLEL_ARRAYS} style. */
  public SortDef(String param, Style style, boolean multi, Optional<String> directionParam, List<String> fields) {
    this(param, style, multi, directionParam, fields, style == Style.PARALLEL_ARRAYS);
  }
}
