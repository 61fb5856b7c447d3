package dev.switchboard.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.model.Constraints;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.Reference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The field builder turns the properties of a normalised object schema into {@link FieldDef}s.
 *
 * <p>Rules, in order:
 * <ul>
 *   <li>The label is the property's own {@code title} unless pydantic generated it from the name ("Started
 *       At"), in which case the name is turned into a sentence-case label ("Started at"). A title reached only
 *       through a {@code $ref} is the referenced model's ("Agent" for {@code Agent-Output}), not the field's.
 *   <li>A {@code writeOnly} string, or {@code format: password}, is a password.
 *   <li>Enum values (and {@code const}) make an enum, whatever the JSON type.
 *   <li>Strings by format: date, date-time, time, duration/time-delta, email, uri/url/uri-reference, uuid and
 *       uuid1..5 (polar writes {@code uuid4}), binary (and 3.1's {@code contentEncoding: base64} / {@code
 *       contentMediaType}); a {@code maxLength} over 255 makes text instead of a single line.
 *   <li>A plain string named like a password ({@code password}, {@code new_password}) is a password, and one
 *       named {@code email} or {@code *_email} is an email: pydantic v1 writes neither {@code writeOnly} nor,
 *       without email-validator, {@code format: email}.
 *   <li>An object with properties is a nested object, down to 4 levels and never into a component already
 *       being expanded (cyclic schemas); below that, and for free-form objects and unions of different
 *       objects, the field is JSON.
 *   <li>A record that is a union of object kinds has the fields all kinds share (the discriminator among
 *       them), typed JSON where the kinds disagree on a type.
 *   <li>Nullable: from the schema's shape (see {@link SchemaNormalizer}), and in OpenAPI 3.0 documents also
 *       whenever the property is not {@code required} and has no non-null default: pydantic v1 writes
 *       {@code Optional[X] = None} that way, with no {@code nullable}, and sends {@code null} for it, while a
 *       field with a value default ({@code status: Status = Status.ringing}) refuses {@code null}.
 * </ul>
 */
final class FieldBuilder {

  static final int MAX_DEPTH = 4;
  /** SQLModel's default {@code max_length=255} is a one-line name or title, not prose. */
  static final int TEXT_ABOVE = 255;
  private static final List<String> REFERENCE_EXTENSIONS = List.of("x-switchboard-reference", "x-reference",
      "x-foreign-key");

  private final SchemaNormalizer normalizer;
  private final boolean optionalMeansNullable;
  private final Labels labels = new Labels();

  FieldBuilder(SchemaNormalizer normalizer, boolean optionalMeansNullable) {
    this.normalizer = normalizer;
    this.optionalMeansNullable = optionalMeansNullable;
  }

  /** The fields of an object schema; empty when the node is no object with properties. */
  List<FieldDef> fieldsOf(JsonNode schemaNode) {
    return fieldsOf(normalizer.normalize(schemaNode), 0, new HashSet<>());
  }

  /**
   * The same component is read at many places (a list and a read, a create and an update, nested in other
   * records). Its fields depend on the depth and on which components enclose it, but only on those the
   * expansion actually asked about (the cycle checks): an expansion is reused wherever those answers are the
   * same. Keying on the whole set of enclosing components instead made most nested expansions misses.
   */
  private record Expansion(Set<String> asked, Set<String> enclosing, List<FieldDef> fields) {

    boolean fits(Set<String> expanding) {
      for (String component : asked) {
        if (expanding.contains(component) != enclosing.contains(component)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Per schema (by identity: a Schema's own equals would compare whole trees), then by depth (0 to
   * {@link #MAX_DEPTH}): an array rather than a map of boxed depths, one lookup less per object field.
   */
  private final Map<Schema, List<Expansion>[]> expansions = new IdentityHashMap<>();
  /** The components whose enclosure the expansions in progress asked about, innermost last. */
  private final java.util.ArrayDeque<Set<String>> asking = new java.util.ArrayDeque<>();

  private List<FieldDef> fieldsOf(Schema object, int depth, Set<String> expanding) {
    List<Expansion>[] byDepth = expansions.computeIfAbsent(object, FieldBuilder::newByDepth);
    if (depth >= byDepth.length) { // not reached today: nesting stops at MAX_DEPTH
      byDepth = java.util.Arrays.copyOf(byDepth, depth + 1);
      expansions.put(object, byDepth);
    }
    List<Expansion> known = byDepth[depth];
    if (known == null) {
      known = byDepth[depth] = new ArrayList<>(1);
    }
    for (Expansion expansion : known) {
      if (expansion.fits(expanding)) {
        asked(expansion.asked());
        return expansion.fields();
      }
    }
    asking.addLast(new HashSet<>());
    List<FieldDef> fields;
    Set<String> asked;
    try {
      fields = List.copyOf(expand(object, depth, expanding));
    } finally {
      asked = asking.removeLast();
    }
    Set<String> enclosing = new HashSet<>();
    for (String component : asked) {
      if (expanding.contains(component)) {
        enclosing.add(component);
      }
    }
    known.add(new Expansion(asked, enclosing, fields));
    asked(asked);
    return fields;
  }

  @SuppressWarnings("unchecked")
  private static List<Expansion>[] newByDepth(Schema schema) {
    return (List<Expansion>[]) new List<?>[MAX_DEPTH + 1];
  }

  /** Records, for every expansion in progress, that its result depends on these components' enclosure. */
  private void asked(Set<String> components) {
    if (!components.isEmpty()) {
      for (Set<String> outer : asking) {
        outer.addAll(components);
      }
    }
  }

  private List<FieldDef> expand(Schema object, int depth, Set<String> expanding) {
    if (object.properties().isEmpty() && !object.variants().isEmpty()) {
      return commonFieldsOf(object, depth, expanding);
    }
    List<FieldDef> fields = new ArrayList<>(object.properties().size());
    boolean entered = object.componentName().map(expanding::add).orElse(false);
    for (Map.Entry<String, JsonNode> property : object.properties().entrySet()) {
      String name = property.getKey();
      fields.add(field(name, property.getValue(), object.required().contains(name), depth, expanding));
    }
    if (entered) {
      expanding.remove(object.componentName().get());
    }
    return fields;
  }

  /**
   * A record that is one of several kinds ({@code oneOf: [CustomerIndividual, CustomerTeam]}) shows the
   * fields every kind has, in the first kind's order; a field is required only when every kind requires it.
   */
  private List<FieldDef> commonFieldsOf(Schema union, int depth, Set<String> expanding) {
    // Loops rather than streams: polar's records are unions, and this runs for each of their properties.
    List<Schema> kinds = new ArrayList<>(union.variants().size());
    for (JsonNode variant : union.variants()) {
      Schema kind = normalizer.normalize(variant);
      kinds.add(kind);
    }
    for (Schema kind : kinds) {
      if (kind.properties().isEmpty()) {
        return List.of();
      }
    }
    Schema first = kinds.get(0);
    List<FieldDef> fields = new ArrayList<>();
    for (Map.Entry<String, JsonNode> property : first.properties().entrySet()) {
      String name = property.getKey();
      boolean everyKindHasIt = true;
      boolean required = true;
      for (Schema kind : kinds) {
        everyKindHasIt &= kind.properties().containsKey(name);
        required &= kind.required().contains(name);
      }
      if (!everyKindHasIt) {
        continue;
      }
      FieldDef field = field(name, property.getValue(), required, depth, expanding);
      FieldType type = field.type();
      boolean sameType = true;
      for (Schema kind : kinds) {
        if (typeOf(normalizer.normalize(kind.properties().get(name))) != type) {
          sameType = false;
          break;
        }
      }
      if (!sameType) {
        field = field.withType(FieldType.JSON);
      } else if (field.type() == FieldType.ENUM) {
        // The discriminator: each kind's const value is one choice of the whole.
        java.util.LinkedHashSet<String> values = new java.util.LinkedHashSet<>();
        kinds.forEach(k -> normalizer.normalize(k.properties().get(name)).enumValues()
            .forEach(v -> values.add(v.asText())));
        field = field.withEnumValues(List.copyOf(values));
      }
      fields.add(field);
    }
    return fields;
  }

  FieldDef field(String name, JsonNode node, boolean required) {
    return field(name, node, required, 0, new HashSet<>());
  }

  private FieldDef field(String name, JsonNode node, boolean required, int depth, Set<String> expanding) {
    Schema s = normalizer.normalize(node);
    boolean defaultsToAValue = s.defaultValue().filter(d -> !d.isNull()).isPresent();
    boolean nullable = s.nullable() || (optionalMeansNullable && !required && !defaultsToAValue);
    FieldType type = refinedByName(name, typeOf(s));
    Optional<FieldDef> items = Optional.empty();
    List<FieldDef> nested = List.of();
    if (type == FieldType.ARRAY && s.items().isPresent()) {
      items = Optional.of(field(name, s.items().get(), true, depth + 1, expanding));
    } else if (type == FieldType.OBJECT) {
      boolean cyclic = s.componentName().map(component -> {
        asked(Set.of(component));
        return expanding.contains(component);
      }).orElse(false);
      if (cyclic || depth >= MAX_DEPTH) {
        type = FieldType.JSON;
      } else {
        nested = fieldsOf(s, depth + 1, expanding);
      }
    }
    List<String> enumValues = type == FieldType.ENUM ? enumTexts(s) : List.of();
    return new FieldDef(name, labels.label(name, ownTitle(node, s)), type, s.format(), nullable, required, s.readOnly(),
        s.writeOnly(), enumValues, items, nested, constraints(s),
        s.defaultValue().map(FieldBuilder::plain), s.description().filter(FieldBuilder::describes),
        declaredReference(s));
  }

  /**
   * Whether a description says something about the field: pydantic v1 gives every Enum class the docstring "An
   * enumeration.", which reaches each field of that type and tells a person nothing.
   */
  static boolean describes(String description) {
    return !description.isBlank() && !description.strip().equals("An enumeration.");
  }

  /**
   * A reference the document declares with an extension. It names a resource that may not exist: {@link
   * RelationInferrer} checks it once all resources are known.
   */
  static Optional<Reference> declaredReference(Schema s) {
    if (s.extensions().isEmpty()) {
      return Optional.empty();
    }
    for (String key : REFERENCE_EXTENSIONS) {
      JsonNode value = s.extensions().get(key);
      if (value == null) {
        continue;
      }
      if (value.isObject() && value.hasNonNull("resource")) {
        return Optional.of(new Reference(value.get("resource").asText(), value.path("field").asText(""),
            Reference.Rule.EXTENSION));
      }
      if (value.isTextual() && !value.asText().isBlank()) {
        String[] parts = value.asText().split("\\.", 2);
        return Optional.of(new Reference(parts[0], parts.length > 1 ? parts[1] : "", Reference.Rule.EXTENSION));
      }
    }
    return Optional.empty();
  }

  static String label(String name, Optional<String> title) {
    // No lambdas: filter and orElseGet would capture the name for every distinct property of the document.
    if (title.isPresent()) {
      String own = title.get();
      if (!own.isBlank() && !Names.isGeneratedTitle(own, name)) {
        return own;
      }
    }
    return Names.label(name);
  }

  /** The same few property names and titles recur thousands of times in a large document: label each once. */
  private static final class Labels {
    /** Most properties have no title of their own: one lookup by name for those. */
    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, Map<String, String>> byNameAndTitle = new HashMap<>();

    // get, then put on a miss: computeIfAbsent with a lambda capturing the name and title made a lambda per
    // field, hit or miss (~3% of infer's JFR samples on PagerDuty's document, its allocations included).
    String label(String name, Optional<String> title) {
      if (title.isEmpty()) {
        String label = byName.get(name);
        if (label == null) {
          label = FieldBuilder.label(name, title);
          byName.put(name, label);
        }
        return label;
      }
      Map<String, String> byTitle = byNameAndTitle.get(name);
      if (byTitle == null) {
        byTitle = new HashMap<>();
        byNameAndTitle.put(name, byTitle);
      }
      String label = byTitle.get(title.get());
      if (label == null) {
        label = FieldBuilder.label(name, title);
        byTitle.put(title.get(), label);
      }
      return label;
    }
  }

  /**
   * The title on the property itself or on what it wraps (see {@link Schema#ownTitle}). A bare {@code $ref}
   * shares its target's Schema, whose own title is the referenced model's, not the field's.
   */
  private static Optional<String> ownTitle(JsonNode node, Schema s) {
    return node.size() == 1 && node.has("$ref") ? Optional.empty() : s.ownTitle();
  }

  static FieldType typeOf(Schema s) {
    String format = s.format().map(f -> f.toLowerCase(Locale.ROOT)).orElse("");
    if (format.equals("password") || (s.writeOnly() && s.is("string"))) {
      return FieldType.PASSWORD;
    }
    if (!s.enumValues().isEmpty()) {
      return FieldType.ENUM;
    }
    if (!s.variants().isEmpty()) {
      return FieldType.JSON;
    }
    if (s.types().size() == 1 || (s.types().size() > 1 && s.is("string"))) {
      String type = s.types().size() == 1 ? s.types().iterator().next() : "string";
      switch (type) {
        case "string":
          return stringType(s, format);
        case "integer":
          return FieldType.INTEGER;
        case "number":
          return FieldType.NUMBER;
        case "boolean":
          return FieldType.BOOLEAN;
        case "array":
          return FieldType.ARRAY;
        case "object":
          return s.properties().isEmpty() ? FieldType.JSON : FieldType.OBJECT;
        default:
          return FieldType.JSON;
      }
    }
    if (s.types().size() > 1 && s.types().stream().allMatch(t -> t.equals("integer") || t.equals("number"))) {
      return FieldType.NUMBER;
    }
    return s.properties().isEmpty() ? FieldType.JSON : FieldType.OBJECT;
  }

  static FieldType refinedByName(String name, FieldType type) {
    if (type != FieldType.STRING) {
      return type;
    }
    // Only a name containing one of these words can change the type: skip splitting all the others.
    String lower = name.toLowerCase(Locale.ROOT);
    if (!lower.contains("pass") && !lower.contains("email")) {
      return type;
    }
    List<String> words = Names.words(name);
    if (words.contains("password") || words.contains("passphrase")) {
      return FieldType.PASSWORD;
    }
    return !words.isEmpty() && words.get(words.size() - 1).equals("email") ? FieldType.EMAIL : type;
  }

  private static FieldType stringType(Schema s, String format) {
    switch (format) {
      case "date":
        return FieldType.DATE;
      case "date-time":
        return FieldType.DATE_TIME;
      case "time":
        return FieldType.TIME;
      case "duration":
      case "time-delta":
        return FieldType.DURATION;
      case "email":
      case "idn-email":
        return FieldType.EMAIL;
      case "uri":
      case "url":
      case "uri-reference":
      case "iri":
        return FieldType.URI;
      case "binary":
        return FieldType.BINARY;
      default:
        break;
    }
    if (format.startsWith("uuid")) {
      return FieldType.UUID;
    }
    return s.maxLength().filter(max -> max > TEXT_ABOVE).isPresent() ? FieldType.TEXT : FieldType.STRING;
  }

  /** Each enum value as text; an enum's values are shared by every field that uses it, so read once. */
  private final Map<Schema, List<String>> enumTexts = new IdentityHashMap<>();

  private List<String> enumTexts(Schema s) {
    if (s.enumValues().isEmpty()) {
      return List.of();
    }
    // List.copyOf, not Stream.toList: FieldDef copies a list that may hold nulls, once per field using it.
    return enumTexts.computeIfAbsent(s, k -> List.copyOf(k.enumValues().stream().map(JsonNode::asText).toList()));
  }

  private static Constraints constraints(Schema s) {
    // Most fields have none: share the one empty value instead of building eleven empty Optionals per field.
    if (s.minimum().isEmpty() && s.maximum().isEmpty() && !s.exclusiveMinimum() && !s.exclusiveMaximum()
        && s.multipleOf().isEmpty() && s.minLength().isEmpty() && s.maxLength().isEmpty() && s.pattern().isEmpty()
        && s.minItems().isEmpty() && s.maxItems().isEmpty() && !s.uniqueItems()) {
      return Constraints.NONE;
    }
    return new Constraints(s.minimum(), s.maximum(), s.exclusiveMinimum(), s.exclusiveMaximum(), s.multipleOf(),
        optionalInt(s.minLength()), optionalInt(s.maxLength()), s.pattern(), optionalInt(s.minItems()),
        optionalInt(s.maxItems()), s.uniqueItems());
  }

  private static OptionalInt optionalInt(Optional<Integer> value) {
    return value.map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  /**
   * A JSON default as a plain Java value, so the model needs nothing but {@code java.*}: what {@code
   * ObjectMapper.convertValue(value, Object.class)} gives (maps keep their order, numbers their parsed type),
   * without making a mapper, which costs a cold command line a tenth of a second.
   */
  static Object plain(JsonNode value) {
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isNumber()) {
      return value.numberValue();
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isObject()) {
      Map<String, Object> object = new java.util.LinkedHashMap<>();
      value.fields().forEachRemaining(e -> object.put(e.getKey(), plain(e.getValue())));
      return object;
    }
    if (value.isArray()) {
      List<Object> array = new ArrayList<>(value.size());
      value.forEach(item -> array.add(plain(item)));
      return array;
    }
    if (value.isPojo()) {
      return ((com.fasterxml.jackson.databind.node.POJONode) value).getPojo();
    }
    if (value.isBinary()) {
      return ((com.fasterxml.jackson.databind.node.BinaryNode) value).binaryValue();
    }
    return null;
  }
}
