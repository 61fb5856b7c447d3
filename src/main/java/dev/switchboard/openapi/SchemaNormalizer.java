package dev.switchboard.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The schema normaliser turns a raw JSON Schema node into a {@link Schema}, memoised per node.
 *
 * <p>Nullability is read from its shape, never from the OpenAPI version: {@code anyOf}/{@code oneOf} with a
 * {@code {"type": "null"}} branch (pydantic v2), {@code type: [X, "null"]} (3.1), {@code nullable: true}
 * (3.0), {@code x-nullable}/{@code x-isnullable} (Swagger-era generators), an enum containing {@code null},
 * or {@code const: null}. (The pydantic v1 rule, "optional means not in {@code required}", belongs to the
 * property, so {@link FieldBuilder} applies it.)
 *
 * <p>A schema that reaches itself through {@code allOf} or a {@code $ref} loop normalises to "any value"
 * at the point of the loop, so every document terminates.
 */
final class SchemaNormalizer {

  private final RefResolver refs;
  private final Map<JsonNode, Schema> memo = new IdentityHashMap<>();
  private final Set<JsonNode> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());

  SchemaNormalizer(RefResolver refs) {
    this.refs = refs;
  }

  Schema normalize(JsonNode node) {
    if (node == null || !node.isObject()) {
      return Schema.ANY;
    }
    Schema cached = memo.get(node);
    if (cached != null) {
      return cached;
    }
    if (!inProgress.add(node)) {
      return Schema.ANY;
    }
    try {
      Schema schema = build(node);
      memo.put(node, schema);
      return schema;
    } finally {
      inProgress.remove(node);
    }
  }

  /** The node a {@code $ref} chain ends at (the node itself when it is no reference). */
  JsonNode resolve(JsonNode node) {
    return node == null ? null : refs.resolve(node);
  }

  private Schema build(JsonNode node) {
    SchemaBuilder builder = new SchemaBuilder();
    readOwnKeywords(node, builder);
    if (node.has("$ref")) {
      builder.componentName = RefResolver.componentName(node);
      builder.merge(normalize(refs.resolve(node)));
    }
    for (JsonNode branch : node.path("allOf")) {
      builder.merge(normalize(branch));
    }
    mergeUnion(node.path("anyOf"), builder);
    mergeUnion(node.path("oneOf"), builder);
    inferMissingType(builder);
    if (builder.componentName.isEmpty()) {
      // A component read directly, not through a $ref, knows its name too: a cycle back to it is then seen
      // at the first loop.
      builder.componentName = refs.componentNameOf(node);
    }
    return builder.build();
  }

  private void readOwnKeywords(JsonNode node, SchemaBuilder b) {
    JsonNode type = node.get("type");
    if (type != null) {
      if (type.isArray()) {
        type.forEach(t -> addType(t.asText(), b));
      } else {
        addType(type.asText(), b);
      }
      b.typesSet = !b.types.isEmpty();
    }
    b.nullable |= node.path("nullable").asBoolean(false) || node.path("x-nullable").asBoolean(false)
        || node.path("x-isnullable").asBoolean(false);
    b.format = text(node, "format");
    if (b.format.isEmpty() && (node.has("contentMediaType") || node.has("contentEncoding"))) {
      b.format = Optional.of("binary"); // OpenAPI 3.1 spells file uploads this way
    }
    b.title = text(node, "title");
    b.description = text(node, "description");
    b.defaultValue = Optional.ofNullable(node.get("default"));
    b.readOnly = node.path("readOnly").asBoolean(false);
    b.writeOnly = node.path("writeOnly").asBoolean(false);
    for (JsonNode value : node.path("enum")) {
      if (value.isNull()) {
        b.nullable = true;
      } else {
        b.enumValues.add(value);
      }
    }
    JsonNode constant = node.get("const");
    if (constant != null) {
      if (constant.isNull()) {
        b.nullable = true;
      } else if (b.enumValues.isEmpty()) {
        b.enumValues.add(constant);
      }
    }
    Iterator<Map.Entry<String, JsonNode>> properties = node.path("properties").fields();
    properties.forEachRemaining(e -> b.properties.put(e.getKey(), e.getValue()));
    node.path("required").forEach(r -> b.required.add(r.asText()));
    JsonNode items = node.get("items");
    if (items != null) {
      b.items = Optional.of(items.isArray() && items.size() > 0 ? items.get(0) : items);
    }
    JsonNode additional = node.get("additionalProperties");
    b.additionalProperties = additional != null && !(additional.isBoolean() && !additional.asBoolean());
    b.discriminator = text(node.path("discriminator"), "propertyName");
    b.minimum = decimal(node, "minimum");
    b.maximum = decimal(node, "maximum");
    readExclusive(node, "exclusiveMinimum", b, true);
    readExclusive(node, "exclusiveMaximum", b, false);
    b.multipleOf = decimal(node, "multipleOf");
    b.minLength = integer(node, "minLength");
    b.maxLength = integer(node, "maxLength");
    b.pattern = text(node, "pattern");
    b.minItems = integer(node, "minItems");
    b.maxItems = integer(node, "maxItems");
    b.uniqueItems = node.path("uniqueItems").asBoolean(false);
    node.fields().forEachRemaining(e -> {
      if (e.getKey().startsWith("x-")) {
        b.extensions.put(e.getKey(), e.getValue());
      }
    });
  }

  private static void addType(String type, SchemaBuilder b) {
    if (type.equals("null")) {
      b.nullable = true;
    } else {
      b.types.add(type);
    }
  }

  /** OpenAPI 3.0 writes exclusive bounds as booleans beside minimum/maximum; 3.1 writes the bound itself. */
  private static void readExclusive(JsonNode node, String key, SchemaBuilder b, boolean lower) {
    JsonNode value = node.get(key);
    if (value == null) {
      return;
    }
    if (value.isNumber()) {
      if (lower) {
        b.minimum = Optional.of(value.decimalValue());
        b.exclusiveMinimum = true;
      } else {
        b.maximum = Optional.of(value.decimalValue());
        b.exclusiveMaximum = true;
      }
    } else if (value.asBoolean(false)) {
      if (lower) {
        b.exclusiveMinimum = true;
      } else {
        b.exclusiveMaximum = true;
      }
    }
  }

  private void mergeUnion(JsonNode branches, SchemaBuilder b) {
    if (!branches.isArray() || branches.isEmpty()) {
      return;
    }
    List<JsonNode> nonNull = new ArrayList<>();
    for (JsonNode branch : branches) {
      if (isNullBranch(branch)) {
        b.nullable = true;
      } else {
        nonNull.add(branch);
      }
    }
    if (nonNull.size() == 1) {
      b.merge(normalize(nonNull.get(0)));
      return;
    }
    List<Schema> schemas = nonNull.stream().map(this::normalize).toList();
    boolean allScalar = schemas.stream().allMatch(s -> s.properties().isEmpty() && s.variants().isEmpty()
        && s.items().isEmpty() && !s.types().isEmpty() && !s.is("object") && !s.is("array"));
    if (allScalar) {
      // anyOf [string, integer] or anyOf [const "a", const "b"]: one scalar field with merged types/values.
      schemas.forEach(s -> {
        if (!b.typesSet) {
          b.types.addAll(s.types());
        }
        b.nullable |= s.nullable();
      });
      if (schemas.stream().allMatch(s -> !s.enumValues().isEmpty())) {
        schemas.forEach(s -> s.enumValues().forEach(v -> {
          if (!b.enumValues.contains(v)) {
            b.enumValues.add(v);
          }
        }));
      }
      b.format = b.format.or(() -> schemas.get(0).format());
      b.typesSet = !b.types.isEmpty();
      return;
    }
    b.variants.addAll(nonNull);
    if (schemas.stream().allMatch(s -> s.is("object") || !s.properties().isEmpty())) {
      b.types.add("object");
      b.typesSet = true;
    }
  }

  private boolean isNullBranch(JsonNode branch) {
    JsonNode target = refs.resolve(branch);
    JsonNode type = target.get("type");
    if (type != null && type.isTextual() && type.asText().equals("null")) {
      return true;
    }
    JsonNode values = target.get("enum");
    if (values != null && values.size() == 1 && values.get(0).isNull()) {
      return true;
    }
    JsonNode constant = target.get("const");
    return constant != null && constant.isNull();
  }

  private static void inferMissingType(SchemaBuilder b) {
    if (!b.types.isEmpty() || !b.variants.isEmpty()) {
      return;
    }
    if (!b.properties.isEmpty()) {
      b.types.add("object");
    } else if (b.items.isPresent()) {
      b.types.add("array");
    } else if (!b.enumValues.isEmpty() && b.enumValues.stream().allMatch(JsonNode::isTextual)) {
      b.types.add("string");
    } else if (!b.enumValues.isEmpty() && b.enumValues.stream().allMatch(JsonNode::isIntegralNumber)) {
      b.types.add("integer");
    }
  }

  private static Optional<String> text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }

  private static Optional<BigDecimal> decimal(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value != null && value.isNumber() ? Optional.of(value.decimalValue()) : Optional.empty();
  }

  private static Optional<Integer> integer(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value != null && value.isNumber() ? Optional.of(value.intValue()) : Optional.empty();
  }
}
