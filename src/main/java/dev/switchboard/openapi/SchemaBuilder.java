package dev.switchboard.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
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
  Set<String> types = new LinkedHashSet<>();
  boolean typesSet;
  boolean nullable;
  Optional<String> format = Optional.empty();
  Optional<String> title = Optional.empty();
  Optional<String> description = Optional.empty();
  List<JsonNode> enumValues = new ArrayList<>();
  Optional<JsonNode> defaultValue = Optional.empty();
  boolean readOnly;
  boolean writeOnly;
  Map<String, JsonNode> properties = new LinkedHashMap<>();
  Set<String> required = new LinkedHashSet<>();
  Optional<JsonNode> items = Optional.empty();
  boolean additionalProperties;
  List<JsonNode> variants = new ArrayList<>();
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
  Map<String, JsonNode> extensions = new LinkedHashMap<>();

  /** Merges another schema in (an {@code allOf} branch, a {@code $ref} target, the one non-null branch). */
  SchemaBuilder merge(Schema other) {
    if (componentName.isEmpty()) {
      componentName = other.componentName();
    }
    if (!typesSet && !other.types().isEmpty()) {
      types.addAll(other.types());
      typesSet = true;
    }
    nullable |= other.nullable();
    format = format.or(other::format);
    title = title.or(other::title);
    description = description.or(other::description);
    if (enumValues.isEmpty()) {
      enumValues.addAll(other.enumValues());
    }
    defaultValue = defaultValue.or(other::defaultValue);
    readOnly |= other.readOnly();
    writeOnly |= other.writeOnly();
    other.properties().forEach(properties::putIfAbsent);
    required.addAll(other.required());
    items = items.or(other::items);
    additionalProperties |= other.additionalProperties();
    if (variants.isEmpty()) {
      variants.addAll(other.variants());
    }
    discriminator = discriminator.or(other::discriminator);
    minimum = minimum.or(other::minimum);
    maximum = maximum.or(other::maximum);
    exclusiveMinimum |= other.exclusiveMinimum();
    exclusiveMaximum |= other.exclusiveMaximum();
    multipleOf = multipleOf.or(other::multipleOf);
    minLength = minLength.or(other::minLength);
    maxLength = maxLength.or(other::maxLength);
    pattern = pattern.or(other::pattern);
    minItems = minItems.or(other::minItems);
    maxItems = maxItems.or(other::maxItems);
    uniqueItems |= other.uniqueItems();
    other.extensions().forEach(extensions::putIfAbsent);
    return this;
  }

  Schema build() {
    return new Schema(componentName, Set.copyOf(types).isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(
        new LinkedHashSet<>(types)), nullable, format, title, description, List.copyOf(enumValues), defaultValue,
        readOnly, writeOnly, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties)),
        java.util.Collections.unmodifiableSet(new LinkedHashSet<>(required)), items, additionalProperties,
        List.copyOf(variants), discriminator, minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf,
        minLength, maxLength, pattern, minItems, maxItems, uniqueItems,
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extensions)));
  }
}
