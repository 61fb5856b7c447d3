package dev.switchboard.model;

import java.util.List;
import java.util.Optional;

/**
 * A field is one property of a resource's records, with everything an editor, a table column and a
 * validator need to know about it.
 *
 * @param name the property name as the API spells it
 * @param label a human label: the schema's {@code title}, else derived from the name ({@code started_at} →
 *     "Started at")
 * @param type the kind of value
 * @param format the schema's raw {@code format}, if any ({@code int64}, {@code uuid4}, {@code time-delta})
 * @param nullable whether {@code null} is a valid value
 * @param required whether the property must be present
 * @param readOnly shown, never sent
 * @param writeOnly sent, never shown (passwords)
 * @param enumValues allowed values, as strings, for {@link FieldType#ENUM} (and for arrays of enums, on {@link
 *     #items})
 * @param items the element definition of an array field
 * @param fields the properties of a nested object field, in document order
 * @param constraints bounds, lengths, pattern
 * @param defaultValue the schema default as a plain Java value (String, Number, Boolean, List, Map) or {@link
 *     Optional#empty()} when there is none
 * @param description help text
 * @param reference the resource whose id this field holds, if any
 */
public record FieldDef(
    String name,
    String label,
    FieldType type,
    Optional<String> format,
    boolean nullable,
    boolean required,
    boolean readOnly,
    boolean writeOnly,
    List<String> enumValues,
    Optional<FieldDef> items,
    List<FieldDef> fields,
    Constraints constraints,
    Optional<Object> defaultValue,
    Optional<String> description,
    Optional<Reference> reference) {

  public FieldDef {
    enumValues = List.copyOf(enumValues);
    fields = List.copyOf(fields);
  }

  /**
   * The label people read: a field that refers to another record shows that record's name, so "Agent ID" reads
   * "Agent" and "Member IDs" reads "Members"; every other field keeps its {@link #label}.
   */
  public String displayLabel() {
    boolean refers = reference.isPresent() || items.flatMap(FieldDef::reference).isPresent();
    if (!refers) {
      return label;
    }
    String stripped = label.replaceFirst("(?i)\\s+id$", "").replaceFirst("(?i)\\s+ids$", "s");
    return stripped.isBlank() ? label : stripped;
  }

  public FieldDef withReference(Reference newReference) {
    return new FieldDef(name, label, type, format, nullable, required, readOnly, writeOnly, enumValues, items,
        fields, constraints, defaultValue, description, Optional.of(newReference));
  }

  public FieldDef withType(FieldType newType) {
    return new FieldDef(name, label, newType, format, nullable, required, readOnly, writeOnly,
        newType == FieldType.ENUM ? enumValues : List.of(), items, fields, constraints, defaultValue, description,
        reference);
  }

  public FieldDef withEnumValues(List<String> newValues) {
    return new FieldDef(name, label, type, format, nullable, required, readOnly, writeOnly, newValues, items,
        fields, constraints, defaultValue, description, reference);
  }

  /** The same field, not required (a property of an optional object is only needed once the object is). */
  public FieldDef asOptional() {
    return !required ? this : new FieldDef(name, label, type, format, nullable, false, readOnly, writeOnly, enumValues,
        items, fields, constraints, defaultValue, description, reference);
  }

  public FieldDef withItems(FieldDef newItems) {
    return new FieldDef(name, label, type, format, nullable, required, readOnly, writeOnly, enumValues,
        Optional.of(newItems), fields, constraints, defaultValue, description, reference);
  }

  public FieldDef withFields(List<FieldDef> newFields) {
    return new FieldDef(name, label, type, format, nullable, required, readOnly, writeOnly, enumValues, items,
        newFields, constraints, defaultValue, description, reference);
  }

  public FieldDef withoutReference() {
    return reference.isEmpty() ? this : new FieldDef(name, label, type, format, nullable, required, readOnly,
        writeOnly, enumValues, items, fields, constraints, defaultValue, description, Optional.empty());
  }

}
