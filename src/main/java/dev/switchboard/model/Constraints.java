package dev.switchboard.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The JSON Schema constraints of one field. Bounds are decimals because FastAPI writes integer bounds as
 * floats ({@code "minimum": 0.0}).
 */
public record Constraints(
    Optional<BigDecimal> minimum,
    Optional<BigDecimal> maximum,
    boolean exclusiveMinimum,
    boolean exclusiveMaximum,
    Optional<BigDecimal> multipleOf,
    OptionalInt minLength,
    OptionalInt maxLength,
    Optional<String> pattern,
    OptionalInt minItems,
    OptionalInt maxItems,
    boolean uniqueItems) {

  public static final Constraints NONE = new Constraints(Optional.empty(), Optional.empty(), false, false,
      Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), OptionalInt.empty(),
      OptionalInt.empty(), false);

  public boolean isEmpty() {
    return equals(NONE);
  }
}
