package dev.switchboard.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A schema is one JSON Schema as the engine understands it after normalisation: {@code $ref}s followed,
 * {@code allOf} merged, the {@code null} branch of {@code anyOf}/{@code oneOf} turned into {@link #nullable},
 * {@code nullable}/{@code x-nullable} read, {@code const} made a one-value enum.
 *
 * <p>Properties, items and variants stay raw nodes, normalised only when read: that keeps cyclic schemas
 * finite and large documents cheap.
 *
 * @param componentName the component it was reached through, or is when read directly ({@code Call}), if any
 * @param ownTitle the title written on the node itself or on what it wraps ({@code allOf} branches, the one
 *     non-null branch of a union), never one reached through a {@code $ref}: what names a property. Read in the
 *     normaliser's one pass over the node's keys rather than by looking the keys up again for every field.
 * @param types its non-null JSON types; empty means any value
 * @param enumValues its allowed non-null values (for {@code const}, the one value)
 * @param variants the non-null branches of a union that could not be merged into one shape
 * @param discriminator the discriminator property of such a union
 * @param additionalProperties true when the object accepts properties it does not name
 * @param extensions its {@code x-} keys
 */
record Schema(
    Optional<String> componentName,
    Set<String> types,
    boolean nullable,
    Optional<String> format,
    Optional<String> title,
    Optional<String> ownTitle,
    Optional<String> description,
    List<JsonNode> enumValues,
    Optional<JsonNode> defaultValue,
    boolean readOnly,
    boolean writeOnly,
    Map<String, JsonNode> properties,
    Set<String> required,
    Optional<JsonNode> items,
    boolean additionalProperties,
    List<JsonNode> variants,
    Optional<String> discriminator,
    Optional<BigDecimal> minimum,
    Optional<BigDecimal> maximum,
    boolean exclusiveMinimum,
    boolean exclusiveMaximum,
    Optional<BigDecimal> multipleOf,
    Optional<Integer> minLength,
    Optional<Integer> maxLength,
    Optional<String> pattern,
    Optional<Integer> minItems,
    Optional<Integer> maxItems,
    boolean uniqueItems,
    Map<String, JsonNode> extensions) {

  static final Schema ANY = new SchemaBuilder().build();

  boolean is(String type) {
    return types.contains(type);
  }

  boolean isArray() {
    return types.size() == 1 && is("array");
  }

  boolean isObject() {
    return (types.isEmpty() || (types.size() == 1 && is("object"))) && !properties.isEmpty();
  }

  boolean isAny() {
    return types.isEmpty() && properties.isEmpty() && enumValues.isEmpty() && variants.isEmpty()
        && items.isEmpty();
  }
}
