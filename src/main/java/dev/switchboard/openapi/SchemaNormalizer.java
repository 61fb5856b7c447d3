package dev.switchboard.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
  /**
   * The schemas of nodes without a memo slot of their own (see {@link TreeNodeFactory#remember}): trees that
   * were not parsed by the loader, in tests.
   */
  private final Map<JsonNode, Schema> memo = new IdentityHashMap<>();
  /**
   * The nodes whose schemas are being built and that can reach themselves (they follow a $ref or compose),
   * outermost first: the chain of the recursion, a few nodes long, so a scan by identity finds a loop.
   */
  private final List<JsonNode> inProgress = new ArrayList<>();

  SchemaNormalizer(RefResolver refs) {
    this.refs = refs;
  }

  Schema normalize(JsonNode node) {
    if (node == null || !node.isObject()) {
      return Schema.ANY;
    }
    boolean slotted = TreeNodeFactory.hasSlot(node);
    Schema cached = (Schema) (slotted ? TreeNodeFactory.remembered(node, this) : memo.get(node));
    if (cached != null) {
      return cached;
    }
    if (isInProgress(node)) {
      return Schema.ANY; // the node reaches itself (allOf or $ref loop)
    }
    Schema schema = build(node);
    if (slotted) {
      TreeNodeFactory.remember(node, this, schema);
    } else {
      memo.put(node, schema);
    }
    return schema;
  }

  private boolean isInProgress(JsonNode node) {
    for (int i = inProgress.size() - 1; i >= 0; i--) {
      if (inProgress.get(i) == node) {
        return true;
      }
    }
    return false;
  }

  /** The node a {@code $ref} chain ends at (the node itself when it is no reference). */
  JsonNode resolve(JsonNode node) {
    return node == null ? null : refs.resolve(node);
  }

  private Schema build(JsonNode node) {
    SchemaBuilder builder = new SchemaBuilder();
    // $ref, allOf, anyOf and oneOf are taken from the one pass over the keys: looking each up again in every
    // schema node was ~5% of infer's JFR samples.
    readOwnKeywords(node, builder);
    builder.ownTitle = builder.title;
    if (builder.ref == null && builder.allOf == null && builder.anyOf == null && builder.oneOf == null) {
      // Most schemas (a property's type and description) follow nothing, so no loop can pass through them:
      // they need no in-progress mark in the memo.
      return finish(node, builder);
    }
    inProgress.add(node);
    try {
      return compose(node, builder);
    } finally {
      inProgress.remove(inProgress.size() - 1);
    }
  }

  /** Merges what the node refers to and composes into its own keywords. */
  private Schema compose(JsonNode node, SchemaBuilder builder) {
    if (builder.ownTitle.isEmpty() && builder.ref == null) {
      builder.ownTitle = wrappedTitle(builder.allOf, builder.anyOf, builder.oneOf);
    }
    JsonNode ref = builder.ref;
    if (ref != null) {
      Schema target = normalize(ref.isTextual() ? refs.follow(ref.asText()) : node);
      Optional<String> name = componentName(ref);
      if (node.size() == 1 && (target.componentName().equals(name) || name.isEmpty())) {
        // A bare reference is its target: share the target's Schema instead of building a copy per use.
        return target;
      }
      builder.componentName = name;
      builder.merge(target);
    }
    if (builder.allOf != null) {
      for (JsonNode branch : builder.allOf) {
        builder.merge(normalize(branch));
      }
    }
    mergeUnion(builder.anyOf, builder);
    mergeUnion(builder.oneOf, builder);
    return finish(node, builder);
  }

  private Schema finish(JsonNode node, SchemaBuilder builder) {
    inferMissingType(builder);
    if (builder.componentName.isEmpty()) {
      // A component read directly, not through a $ref, knows its name too: a cycle back to it is then seen
      // at the first loop.
      builder.componentName = refs.componentNameOf(node);
    }
    return builder.build();
  }

  /**
   * The title of what a node without a title of its own wraps: in order, its {@code allOf} branches, then the
   * one non-null branch of {@code anyOf}, then of {@code oneOf}; the titles of a real union's branches name
   * the variants, not the node. Read from the raw branches: a title behind a {@code $ref} does not count.
   */
  private static Optional<String> wrappedTitle(JsonNode allOf, JsonNode anyOf, JsonNode oneOf) {
    if (allOf != null) {
      for (JsonNode branch : allOf) {
        Optional<String> title = titleOf(branch);
        if (title.isPresent()) {
          return title;
        }
      }
    }
    for (JsonNode union : new JsonNode[] {anyOf, oneOf}) {
      JsonNode only = union == null ? null : onlyNonNullBranch(union);
      if (only != null) {
        Optional<String> title = titleOf(only);
        if (title.isPresent()) {
          return title;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> titleOf(JsonNode node) {
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    JsonNode title = node.get("title");
    if (title != null && title.isTextual()) {
      return Optional.of(title.asText());
    }
    JsonNode allOf = node.get("allOf");
    JsonNode anyOf = node.get("anyOf");
    JsonNode oneOf = node.get("oneOf");
    if ((allOf == null && anyOf == null && oneOf == null) || node.has("$ref")) {
      return Optional.empty();
    }
    return wrappedTitle(allOf, anyOf, oneOf);
  }

  /** The one branch whose type is not {@code null}, or null when there are none or several. */
  private static JsonNode onlyNonNullBranch(JsonNode union) {
    JsonNode only = null;
    for (JsonNode branch : union) {
      if (!branch.path("type").asText().equals("null")) {
        if (only != null) {
          return null;
        }
        only = branch;
      }
    }
    return only;
  }

  private Optional<String> componentName(JsonNode ref) {
    return ref.isTextual() ? refs.componentName(ref.asText()) : Optional.empty();
  }

  /** One pass over the node's keys: a schema node is read once, whatever it holds. */
  private void readOwnKeywords(JsonNode node, SchemaBuilder b) {
    PropertyMap parsed = TreeNodeFactory.properties(node);
    if (parsed != null) {
      // By position: no iterator and no entry per key, for each of the document's thousands of schemas.
      for (int i = 0; i < parsed.size(); i++) {
        readKeyword(parsed.nameAt(i), parsed.valueAt(i), b);
      }
    } else {
      Iterator<Map.Entry<String, JsonNode>> keys = node.fields();
      while (keys.hasNext()) {
        Map.Entry<String, JsonNode> entry = keys.next();
        readKeyword(entry.getKey(), entry.getValue(), b);
      }
    }
    if (b.constValue.isPresent() && b.enumValues.isEmpty()) {
      b.mutableEnumValues().add(b.constValue.get());
    }
    if (b.format.isEmpty() && b.binaryContent) {
      b.format = Optional.of("binary"); // OpenAPI 3.1 spells file uploads this way
    }
  }

  private static void readKeyword(String key, JsonNode value, SchemaBuilder b) {
    switch (key) {
      case "type" -> {
        if (value.isArray()) {
          value.forEach(t -> addType(t.asText(), b));
        } else {
          addType(value.asText(), b);
        }
        b.typesSet = !b.types.isEmpty();
      }
      case "nullable", "x-nullable", "x-isnullable" -> b.nullable |= value.asBoolean(false);
      case "format" -> b.format = text(value);
      case "contentMediaType", "contentEncoding" -> b.binaryContent = true;
      case "title" -> b.title = text(value);
      case "description" -> b.description = text(value);
      case "default" -> b.defaultValue = Optional.of(value);
      case "readOnly" -> b.readOnly = value.asBoolean(false);
      case "writeOnly" -> b.writeOnly = value.asBoolean(false);
      case "enum" -> value.forEach(v -> {
        if (v.isNull()) {
          b.nullable = true;
        } else {
          b.mutableEnumValues().add(v);
        }
      });
      case "const" -> {
        if (value.isNull()) {
          b.nullable = true;
        } else {
          b.constValue = Optional.of(value);
        }
      }
      case "properties" -> {
        Map<String, JsonNode> view = TreeNodeFactory.propertiesView(value);
        if (view != null && b.properties.isEmpty()) {
          b.properties = view; // the node's own map, read-only: no copy (see TreeNodeFactory)
          b.propertiesShared = true;
        } else {
          value.fields().forEachRemaining(e -> b.ownProperties().put(e.getKey(), e.getValue()));
        }
      }
      case "required" -> value.forEach(r -> b.ownRequired().add(r.asText()));
      case "items" -> b.items = Optional.of(value.isArray() && value.size() > 0 ? value.get(0) : value);
      case "additionalProperties" -> b.additionalProperties = !(value.isBoolean() && !value.asBoolean());
      case "discriminator" -> b.discriminator = text(value.get("propertyName"));
      case "minimum" -> b.minimum = b.minimum.or(() -> decimal(value));
      case "maximum" -> b.maximum = b.maximum.or(() -> decimal(value));
      case "exclusiveMinimum" -> readExclusive(value, b, true);
      case "exclusiveMaximum" -> readExclusive(value, b, false);
      case "multipleOf" -> b.multipleOf = decimal(value);
      case "minLength" -> b.minLength = integer(value);
      case "maxLength" -> b.maxLength = integer(value);
      case "pattern" -> b.pattern = text(value);
      case "minItems" -> b.minItems = integer(value);
      case "maxItems" -> b.maxItems = integer(value);
      case "uniqueItems" -> b.uniqueItems = value.asBoolean(false);
      case "$ref" -> b.ref = value;
      case "allOf" -> b.allOf = value;
      case "anyOf" -> b.anyOf = value;
      case "oneOf" -> b.oneOf = value;
      default -> {
        if (key.startsWith("x-")) {
          b.ownExtensions().put(key, value);
        }
      }
    }
  }

  private static void addType(String type, SchemaBuilder b) {
    if (type.equals("null")) {
      b.nullable = true;
    } else {
      b.addType(type);
    }
  }

  /** OpenAPI 3.0 writes exclusive bounds as booleans beside minimum/maximum; 3.1 writes the bound itself. */
  private static void readExclusive(JsonNode value, SchemaBuilder b, boolean lower) {
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
    if (branches == null || !branches.isArray() || branches.isEmpty()) {
      return;
    }
    // pydantic v2 writes every optional field as anyOf [X, null]: find the one non-null branch without
    // collecting the branches in a list first. Each branch is checked once, and the checks below are loops:
    // polar's 1,250 unions made their streams a tenth of the engine's garbage.
    JsonNode only = null;
    List<JsonNode> nonNull = List.of();
    int nonNullCount = 0;
    for (JsonNode branch : branches) {
      if (isNullBranch(branch)) {
        b.nullable = true;
        continue;
      }
      if (nonNullCount == 1) {
        nonNull = new ArrayList<>(4);
        nonNull.add(only);
      }
      if (nonNullCount == 0) {
        only = branch;
      } else {
        nonNull.add(branch);
      }
      nonNullCount++;
    }
    if (nonNullCount == 1) {
      b.merge(normalize(only));
      return;
    }
    List<Schema> schemas = new ArrayList<>(nonNull.size());
    boolean allScalar = true;
    boolean allEnums = true;
    boolean allObjects = true;
    for (JsonNode branch : nonNull) {
      Schema s = normalize(branch);
      schemas.add(s);
      allScalar &= s.properties().isEmpty() && s.variants().isEmpty() && s.items().isEmpty()
          && !s.types().isEmpty() && !s.is("object") && !s.is("array");
      allEnums &= !s.enumValues().isEmpty();
      allObjects &= s.is("object") || !s.properties().isEmpty();
    }
    if (allScalar) {
      // anyOf [string, integer] or anyOf [const "a", const "b"]: one scalar field with merged types/values.
      for (Schema s : schemas) {
        if (!b.typesSet) {
          b.mutableTypes().addAll(s.types());
        }
        b.nullable |= s.nullable();
      }
      if (allEnums) {
        for (Schema s : schemas) {
          for (JsonNode v : s.enumValues()) {
            if (!b.enumValues.contains(v)) {
              b.mutableEnumValues().add(v);
            }
          }
        }
      }
      if (b.format.isEmpty()) {
        b.format = schemas.get(0).format();
      }
      b.typesSet = !b.types.isEmpty();
      return;
    }
    b.mutableVariants().addAll(nonNull);
    if (allObjects) {
      b.mutableTypes().add("object");
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
      b.addType("object");
    } else if (b.items.isPresent()) {
      b.addType("array");
    } else if (!b.enumValues.isEmpty() && b.enumValues.stream().allMatch(JsonNode::isTextual)) {
      b.addType("string");
    } else if (!b.enumValues.isEmpty() && b.enumValues.stream().allMatch(JsonNode::isIntegralNumber)) {
      b.addType("integer");
    }
  }

  private static Optional<String> text(JsonNode value) {
    return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }

  private static Optional<BigDecimal> decimal(JsonNode value) {
    return value.isNumber() ? Optional.of(value.decimalValue()) : Optional.empty();
  }

  private static Optional<Integer> integer(JsonNode value) {
    return value.isNumber() ? Optional.of(value.intValue()) : Optional.empty();
  }
}
