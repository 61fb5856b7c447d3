package dev.switchboard.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.FilterDef;
import dev.switchboard.model.FilterOp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the query parameters that neither page, sort nor search into {@link FilterDef}s, decoding operators
 * from their names. The rules are written down on {@link ListInferrer}.
 */
final class ListFilters {

  /**
   * One query parameter of a list operation, its schema normalised; {@code key} is its name compared ignoring
   * case, {@code _} and {@code -}, worked out once (the paging and sort rules compare it many times).
   */
  record Param(String name, Schema schema, boolean required, boolean deprecated, String key) {

    Param(String name, Schema schema, boolean required, boolean deprecated) {
      this(name, schema, required, deprecated, ListEnvelope.key(name));
    }
  }

  private static final Map<String, FilterOp> DOUBLE_UNDERSCORE = Map.ofEntries(Map.entry("in", FilterOp.IN),
      Map.entry("neq", FilterOp.NEQ), Map.entry("ne", FilterOp.NEQ), Map.entry("not", FilterOp.NEQ),
      Map.entry("gt", FilterOp.GT), Map.entry("gte", FilterOp.GTE), Map.entry("lt", FilterOp.LT),
      Map.entry("lte", FilterOp.LTE), Map.entry("like", FilterOp.LIKE), Map.entry("ilike", FilterOp.ILIKE),
      Map.entry("isnull", FilterOp.ISNULL));
  private static final Map<String, FilterOp> SINGLE_UNDERSCORE = Map.of("in", FilterOp.IN, "eq", FilterOp.EQ,
      "neq", FilterOp.NEQ, "gt", FilterOp.GT, "gte", FilterOp.GTE, "lt", FilterOp.LT, "lte", FilterOp.LTE);
  private static final Set<String> EXCLUDING = Set.of("not_in", "nin");
  private static final Set<FieldType> TEMPORAL = Set.of(FieldType.DATE, FieldType.DATE_TIME, FieldType.TIME);

  private final SchemaNormalizer normalizer;
  private final DiagnosticsCollector diagnostics;

  ListFilters(SchemaNormalizer normalizer, DiagnosticsCollector diagnostics) {
    this.normalizer = normalizer;
    this.diagnostics = diagnostics;
  }

  /** The filter a parameter offers, or empty (with a warning naming it) when it offers none the UI can build. */
  Optional<FilterDef> filter(String path, Param param, ListShape shape) {
    String name = param.name();
    if (param.deprecated()) {
      return skip(path, "Query parameter '" + name + "' is deprecated, so it is not offered as a filter.");
    }
    Schema schema = param.schema();
    if (schema.format().filter("json-string"::equalsIgnoreCase).isPresent()) {
      return skip(path, "Query parameter '" + name + "' takes a JSON filter expression; Switchboard does not"
          + " build those yet.");
    }
    // A name ending in [] is repeated to send several values, whatever its schema says (PagerDuty's statuses[]).
    boolean many = name.endsWith("[]");
    boolean repeated = many;
    Schema value = schema;
    if (schema.isArray()) {
      many = true;
      repeated = true;
      value = schema.items().map(normalizer::normalize).orElse(Schema.ANY);
    } else {
      Optional<Schema> one = oneOfMany(schema);
      if (one.isPresent()) {
        many = true;
        repeated = true;
        value = one.get();
      }
    }
    FieldType type = value.isAny() ? FieldType.STRING : FieldBuilder.typeOf(value);
    if (type == FieldType.OBJECT || type == FieldType.JSON || type == FieldType.ARRAY) {
      return skip(path, "Query parameter '" + name + "' takes " + (type == FieldType.ARRAY ? "nested lists"
          : "an object or a mix of types") + "; Switchboard offers no filter for it yet.");
    }
    String plain = plainName(name);
    Decoded decoded = decode(plain, type, shape);
    if (decoded.excluding()) {
      return skip(path, "Query parameter '" + name + "' excludes values (not_in), an operator Switchboard does"
          + " not offer yet.");
    }
    FilterOp op = decoded.op() == FilterOp.EQ && many ? FilterOp.IN : decoded.op();
    if (op == FilterOp.ISNULL) {
      return Optional.of(new FilterDef(name, decoded.field(), op, FieldType.BOOLEAN, List.of(), false,
          param.required(), false));
    }
    List<String> enumValues = type == FieldType.ENUM
        ? value.enumValues().stream().map(JsonNode::asText).toList() : List.of();
    return Optional.of(new FilterDef(name, decoded.field(), op, type, enumValues, many || op == FilterOp.IN,
        param.required(), repeated));
  }

  private Optional<FilterDef> skip(String path, String message) {
    diagnostics.warning(path, message);
    return Optional.empty();
  }

  /** The X of a union of X and an array of X (polar's {@code organization_id: UUID | list[UUID]}). */
  private Optional<Schema> oneOfMany(Schema union) {
    if (union.variants().size() != 2) {
      return Optional.empty();
    }
    Schema first = normalizer.normalize(union.variants().get(0));
    Schema second = normalizer.normalize(union.variants().get(1));
    Schema scalar = first.isArray() ? second : first;
    Schema array = first.isArray() ? first : second;
    if (scalar.isArray() || !array.isArray() || array.items().isEmpty()) {
      return Optional.empty();
    }
    Schema element = normalizer.normalize(array.items().get());
    return FieldBuilder.typeOf(element) == FieldBuilder.typeOf(scalar) ? Optional.of(scalar) : Optional.empty();
  }

  /** {@code include[]} is {@code include}; JSON:API's {@code filter[status]} is {@code status}. */
  static String plainName(String name) {
    String plain = name.endsWith("[]") ? name.substring(0, name.length() - 2) : name;
    if (plain.startsWith("filter[") && plain.endsWith("]") && plain.length() > 8) {
      plain = plain.substring(7, plain.length() - 1);
    }
    return plain;
  }

  private record Decoded(String field, FilterOp op, boolean excluding) {}

  private Decoded decode(String name, FieldType type, ListShape shape) {
    int dunder = name.lastIndexOf("__");
    if (dunder > 0) {
      String suffix = name.substring(dunder + 2);
      String stem = name.substring(0, dunder);
      if (EXCLUDING.contains(suffix)) {
        return new Decoded(stem, FilterOp.IN, true);
      }
      FilterOp op = DOUBLE_UNDERSCORE.get(suffix);
      // A segment that is no operator is a nested filter: fastapi-filter's author__name is author.name.
      return op == null ? new Decoded(name.replace("__", "."), FilterOp.EQ, false)
          : new Decoded(stem.replace("__", "."), op, false);
    }
    int underscore = name.lastIndexOf('_');
    if (underscore > 0 && underscore < name.length() - 1) {
      String suffix = name.substring(underscore + 1);
      String stem = name.substring(0, underscore);
      FilterOp op = SINGLE_UNDERSCORE.get(suffix);
      if (op != null && type != FieldType.BOOLEAN) {
        return new Decoded(stem, op, false);
      }
      if (TEMPORAL.contains(type) && (suffix.equals("after") || suffix.equals("before"))) {
        return new Decoded(recordField(stem, shape), suffix.equals("after") ? FilterOp.GT : FilterOp.LT, false);
      }
    }
    return new Decoded(name, FilterOp.EQ, false);
  }

  /** {@code created_after} filters {@code created_at} when the record has that field and no {@code created}. */
  private String recordField(String stem, ListShape shape) {
    Map<String, JsonNode> fields = shape.itemSchema().map(normalizer::normalize).map(Schema::properties)
        .orElse(Map.of());
    return !fields.containsKey(stem) && fields.containsKey(stem + "_at") ? stem + "_at" : stem;
  }
}
