package dev.switchboard.model;

import java.util.List;

/**
 * A filter is one query parameter of a list endpoint that narrows its records.
 *
 * @param param the query parameter, as the document spells it ({@code started_at__gte})
 * @param field the record field it filters ({@code started_at})
 * @param op the comparison
 * @param type the type of the value to enter (for {@link FilterOp#IN}, the type of one element)
 * @param enumValues allowed values, when the parameter is an enum
 * @param multi whether the parameter takes several values (a comma list or a repeated parameter)
 * @param required whether the list endpoint refuses to answer without it
 * @param repeated whether several values are sent by repeating the parameter ({@code ?tags=a&tags=b}, for an
 *     array parameter or a name ending in {@code []}) rather than as one comma list ({@code status__in=a,b})
 */
public record FilterDef(
    String param, String field, FilterOp op, FieldType type, List<String> enumValues, boolean multi,
    boolean required, boolean repeated) {

  public FilterDef {
    enumValues = List.copyOf(enumValues);
  }

  /** A filter whose several values, if any, go as a comma list unless its name ends in {@code []}. */
  public FilterDef(String param, String field, FilterOp op, FieldType type, List<String> enumValues, boolean multi,
      boolean required) {
    this(param, field, op, type, enumValues, multi, required, multi && param.endsWith("[]"));
  }
}
