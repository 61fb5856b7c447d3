package dev.switchboard.viewmodel;

import dev.switchboard.data.Record;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.ResourceDef;
import java.util.List;
import java.util.Optional;

/**
 * The name a record is shown by where another record refers to it, and in tab titles: the first non-blank of
 * the fields {@code full_name}, {@code name}, {@code display_name}, {@code title}, {@code username}, {@code
 * label}, {@code email}, {@code subject}, {@code summary}; else the first short text field; else its id.
 */
public final class RecordTitles {

  /** The fields a record is named by, best first (also what a reference picker searches). */
  static final List<String> NAMES = List.of("full_name", "name", "display_name", "title", "username",
      "label", "email", "subject", "summary");

  private RecordTitles() {}

  public static String title(ResourceDef resource, Record record) {
    Optional<String> named = named(record.values());
    if (named.isPresent()) {
      return named.get();
    }
    String idField = resource.idField().orElse("id");
    for (FieldDef field : resource.fields()) {
      if (field.type() == FieldType.STRING && !field.name().equals(idField) && field.reference().isEmpty()
          && record.get(field.name()).orElse(null) instanceof String s && !s.isBlank()) {
        return s;
      }
    }
    return record.id(idField).map(id -> "#" + id).orElse("(no name)");
  }

  /** The first non-blank name-like value of a record or a nested object ({@code full_name}, {@code name}…). */
  public static Optional<String> named(java.util.Map<String, ?> values) {
    for (String name : NAMES) {
      if (values.get(name) instanceof String s && !s.isBlank()) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
