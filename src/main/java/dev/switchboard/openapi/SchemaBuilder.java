package dev.switchboard.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects the parts of a {@link Schema} while the normaliser merges keywords, {@code allOf} branches and
 * {@code $ref} siblings. {@code merge} keeps what is already set: the schema's own keywords win over the
 * branches it merges in.
 */
final class SchemaBuilder {
  Optional<String> componentName = Optional.empty();
  // Collections start as shared empty ones and become mutable copies on first write: most schemas set only
  // a few of them, and allocating all of them per schema was most of the engine's garbage.
  Set<String> types = Set.of();
  boolean typesSet;
  boolean nullable;
  Optional<String> format = Optional.empty();
  Optional<String> title = Optional.empty();
  /** Not merged: a title behind a $ref or in a branch is the branch's, and the normaliser decides. */
  Optional<String> ownTitle = Optional.empty();
  Optional<String> description = Optional.empty();
  List<JsonNode> enumValues = List.of();
  boolean enumValuesShared = true;
  Optional<JsonNode> defaultValue = Optional.empty();
  Optional<JsonNode> constValue = Optional.empty();
  boolean readOnly;
  boolean writeOnly;
  Map<String, JsonNode> properties = Map.of();
  boolean propertiesShared = true;
  Set<String> required = Set.of();
  boolean requiredShared = true;
  Optional<JsonNode> items = Optional.empty();
  boolean additionalProperties;
  List<JsonNode> variants = List.of();
  Optional<String> discriminator = Optional.empty();
  Optional<BigDecimal> minimum = Optional.empty();
  Optional<BigDecimal> maximum = Optional.empty();
  boolean exclusiveMinimum;
  boolean exclusiveMaximum;
  Optional<BigDecimal> multipleOf = Optional.empty();
  Optional<Integer> minLength = Optional.empty();
  Optional<Integer> maxLength = Optional.empty();
  Optional<String> pattern = Optional.empty();
  Optional<Integer> minItems = Optional.empty();
  Optional<Integer> maxItems = Optional.empty();
  boolean uniqueItems;
  Map<String, JsonNode> extensions = Map.of();
  boolean extensionsShared = true;
  /** 3.1's contentMediaType or contentEncoding: without a format of its own, the schema is binary. */
  boolean binaryContent;
  // The reference and composition keywords, noted while the normaliser reads the node's keys (not part of the
  // Schema).
  JsonNode ref;
  JsonNode allOf;
  JsonNode anyOf;
  JsonNode oneOf;

  /** Merges another schema in (an {@code allOf} branch, a {@code $ref} target, the one non-null branch). */
  SchemaBuilder merge(Schema other) {
    if (componentName.isEmpty()) {
      componentName = other.componentName();
    }
    if (!typesSet && !other.types().isEmpty()) {
      if (types.isEmpty()) {
        types = other.types(); // immutable: shared until something adds to it
      } else {
        mutableTypes().addAll(other.types());
      }
      typesSet = true;
    }
    nullable |= other.nullable();
    if (format.isEmpty()) {
      format = other.format();
    }
    if (title.isEmpty()) {
      title = other.title();
    }
    if (description.isEmpty()) {
      description = other.description();
    }
    if (enumValues.isEmpty() && !other.enumValues().isEmpty()) {
      enumValues = other.enumValues();
      enumValuesShared = true;
    }
    if (defaultValue.isEmpty()) {
      defaultValue = other.defaultValue();
    }
    readOnly |= other.readOnly();
    writeOnly |= other.writeOnly();
    if (!other.properties().isEmpty()) {
      if (properties.isEmpty()) {
        properties = other.properties();
        propertiesShared = true;
      } else {
        ownProperties().putAll(merged(properties, other.properties()));
      }
    }
    if (!other.required().isEmpty()) {
      if (required.isEmpty()) {
        required = other.required();
        requiredShared = true;
      } else {
        ownRequired().addAll(other.required());
      }
    }
    if (items.isEmpty()) {
      items = other.items();
    }
    additionalProperties |= other.additionalProperties();
    if (variants.isEmpty() && !other.variants().isEmpty()) {
      variants = other.variants();
    }
    if (discriminator.isEmpty()) {
      discriminator = other.discriminator();
    }
    if (minimum.isEmpty()) {
      minimum = other.minimum();
    }
    if (maximum.isEmpty()) {
      maximum = other.maximum();
    }
    exclusiveMinimum |= other.exclusiveMinimum();
    exclusiveMaximum |= other.exclusiveMaximum();
    if (multipleOf.isEmpty()) {
      multipleOf = other.multipleOf();
    }
    if (minLength.isEmpty()) {
      minLength = other.minLength();
    }
    if (maxLength.isEmpty()) {
      maxLength = other.maxLength();
    }
    if (pattern.isEmpty()) {
      pattern = other.pattern();
    }
    if (minItems.isEmpty()) {
      minItems = other.minItems();
    }
    if (maxItems.isEmpty()) {
      maxItems = other.maxItems();
    }
    uniqueItems |= other.uniqueItems();
    if (!other.extensions().isEmpty()) {
      if (extensions.isEmpty()) {
        extensions = other.extensions();
        extensionsShared = true;
      } else {
        ownExtensions().putAll(merged(extensions, other.extensions()));
      }
    }
    return this;
  }

  // Merging mostly takes one branch whole (a $ref's target, the non-null branch of an anyOf): its immutable
  // collections are shared, and copied only if a second branch adds to them. Copying them on every merge
  // was a third of the engine's allocation on large documents.

  Set<String> mutableTypes() {
    if (!(types instanceof LinkedHashSet)) {
      types = new LinkedHashSet<>(types);
    }
    return types;
  }

  List<JsonNode> mutableEnumValues() {
    if (enumValuesShared) {
      enumValues = new ArrayList<>(enumValues);
      enumValuesShared = false;
    }
    return enumValues;
  }

  List<JsonNode> mutableVariants() {
    if (!(variants instanceof ArrayList)) {
      variants = new ArrayList<>(variants);
    }
    return variants;
  }

  Map<String, JsonNode> ownProperties() {
    if (propertiesShared) {
      properties = new LinkedHashMap<>(properties);
      propertiesShared = false;
    }
    return properties;
  }

  Set<String> ownRequired() {
    if (requiredShared) {
      required = new LinkedHashSet<>(required);
      requiredShared = false;
    }
    return required;
  }

  Map<String, JsonNode> ownExtensions() {
    if (extensionsShared) {
      extensions = new LinkedHashMap<>(extensions);
      extensionsShared = false;
    }
    return extensions;
  }

  /** The entries of {@code added} that {@code existing} lacks: what is already set wins. */
  private static Map<String, JsonNode> merged(Map<String, JsonNode> existing, Map<String, JsonNode> added) {
    Map<String, JsonNode> missing = new LinkedHashMap<>();
    added.forEach((key, value) -> {
      if (!existing.containsKey(key)) {
        missing.put(key, value);
      }
    });
    return missing;
  }

  /** A one-type set for each JSON type: almost every schema has exactly one, and they need no copy. */
  private static final Map<String, Set<String>> SINGLE_TYPES = Map.of("string", Set.of("string"),
      "integer", Set.of("integer"), "number", Set.of("number"), "boolean", Set.of("boolean"),
      "object", Set.of("object"), "array", Set.of("array"));

  /** Adds a non-null type; the first is a shared constant, a second one makes the set a copy. */
  void addType(String type) {
    if (types.isEmpty()) {
      Set<String> single = SINGLE_TYPES.get(type);
      if (single != null) {
        types = single;
        return;
      }
    }
    mutableTypes().add(type);
  }

  /**
   * The builder hands its collections over: it must not be used after this. Collections still shared are
   * immutable already (constants, another schema's, a node's property view) and are not wrapped again.
   */
  Schema build() {
    return new Schema(componentName, types instanceof LinkedHashSet ? unmodifiable(types) : types, nullable,
        format, title, ownTitle, description,
        enumValuesShared ? enumValues : Collections.unmodifiableList(enumValues),
        defaultValue, readOnly, writeOnly, propertiesShared ? properties : unmodifiable(properties),
        requiredShared ? required : unmodifiable(required), items,
        additionalProperties, variants.isEmpty() ? List.of() : Collections.unmodifiableList(variants),
        discriminator, minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, minLength, maxLength,
        pattern, minItems, maxItems, uniqueItems, extensionsShared ? extensions : unmodifiable(extensions));
  }

  private static <K, V> Map<K, V> unmodifiable(Map<K, V> map) {
    return map.isEmpty() ? Map.of() : Collections.unmodifiableMap(map);
  }

  private static <T> Set<T> unmodifiable(Set<T> set) {
    return set.isEmpty() ? Set.of() : Collections.unmodifiableSet(set);
  }
}
