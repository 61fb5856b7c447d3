package dev.switchboard.data;

import dev.switchboard.model.FilterOp;
import java.util.List;

/**
 * One filter: a field, an operator and its values ({@code status in [missed, voicemail]}). Values are plain
 * Java values (text, numbers, booleans, {@code java.time} values); the backend adapter writes them as the
 * query parameter the model found for this field and operator.
 */
public record Filter(String field, FilterOp op, List<Object> values) {

  public Filter {
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("filter on " + field + " needs a value");
    }
    if (op != FilterOp.IN && values.size() > 1) {
      throw new IllegalArgumentException("filter " + field + " " + op.id() + " takes one value, not " + values);
    }
  }

  public static Filter of(String field, FilterOp op, Object value) {
    return new Filter(field, op, List.of(value));
  }

  public static Filter eq(String field, Object value) {
    return of(field, FilterOp.EQ, value);
  }

  public static Filter in(String field, List<?> values) {
    return new Filter(field, FilterOp.IN, List.copyOf(values));
  }

  public Object value() {
    return values.get(0);
  }
}
