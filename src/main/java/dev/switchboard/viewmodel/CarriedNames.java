package dev.switchboard.viewmodel;

import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A reference's name carried by the record itself: {@code agent_name} beside {@code agent_id}, as APIs add for
 * clients that may not read the referenced records. Such a name is shown in the reference's place (no lookup
 * needed, and a viewer who may not read users still reads "Sam Lee"), and its own column starts hidden, since it
 * would only say the same thing twice.
 *
 * <p>The carrier is a string field named after the reference without its id suffix ({@code agent_id},
 * {@code agentId} → {@code agent}) plus {@code _name}, {@code _full_name}, {@code _display_name},
 * {@code _username}, {@code _label} or {@code _title} (or their camelCase forms).
 */
public final class CarriedNames {

  private static final List<String> SUFFIXES = List.of("name", "full_name", "display_name", "username", "label",
      "title");

  private CarriedNames() {}

  /** The field of {@code fields} that carries the name of what {@code reference} refers to, if any. */
  public static Optional<FieldDef> carrier(List<FieldDef> fields, FieldDef reference) {
    if (reference.reference().isEmpty() || reference.type() == FieldType.ARRAY) {
      return Optional.empty();
    }
    String base = base(reference.name());
    if (base.isEmpty()) {
      return Optional.empty();
    }
    for (String suffix : SUFFIXES) {
      for (FieldDef field : fields) {
        if (field.type() == FieldType.STRING && normal(field.name()).equals(base + "_" + suffix)) {
          return Optional.of(field);
        }
      }
    }
    return Optional.empty();
  }

  /** The names of {@code fields}' carriers: work out once per list, then ask {@link Set#contains}. */
  public static Set<String> carriers(List<FieldDef> fields) {
    Set<String> names = new HashSet<>();
    fields.forEach(f -> carrier(fields, f).ifPresent(c -> names.add(c.name())));
    return names;
  }

  /** Whether {@code field} carries the name of one of {@code fields}' references. */
  public static boolean isCarrier(List<FieldDef> fields, FieldDef field) {
    return carriers(fields).contains(field.name());
  }

  /** {@code agent_id}, {@code agentId}, {@code agentID} → {@code agent}; other names give "". */
  private static String base(String name) {
    String normal = normal(name);
    return normal.endsWith("_id") ? normal.substring(0, normal.length() - 3) : "";
  }

  /** camelCase to snake_case, lower case: {@code agentFullName} → {@code agent_full_name}. */
  private static String normal(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
