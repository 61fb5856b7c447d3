package dev.switchboard.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds the records array, the total and the next cursor in a list response schema. The rules are written
 * down on {@link ListInferrer}.
 */
final class ListEnvelope {

  private static final List<String> ITEMS = List.of("items", "data", "results", "records", "entries");
  private static final List<String> TOTALS = List.of("total", "count", "totalcount", "totalentries", "totalitems");
  private static final List<String> CURSORS = List.of("nextcursor", "nextpage", "cursor", "next", "nextpagetoken");

  private final SchemaNormalizer normalizer;

  ListEnvelope(SchemaNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  Optional<ListShape> shape(JsonNode responseSchema) {
    return shape(responseSchema, true);
  }

  private Optional<ListShape> shape(JsonNode responseSchema, boolean unionAllowed) {
    Schema body = normalizer.normalize(responseSchema);
    if (body.isArray()) {
      return Optional.of(new ListShape(Optional.empty(), Optional.empty(), Optional.empty(), body.items()));
    }
    if (!body.variants().isEmpty()) {
      return unionAllowed ? union(body.variants()) : Optional.empty();
    }
    if (!body.isObject() || hasId(body)) {
      return Optional.empty();
    }
    return records(body, "", true).map(records -> new ListShape(Optional.of(records.path()),
        find(body, TOTALS, s -> s.is("integer") || s.is("number")),
        find(body, CURSORS, s -> s.is("string")),
        normalizer.normalize(records.array()).items()));
  }

  /**
   * A union of envelopes that keep their records in the same place (polar's events: page or cursor
   * pagination) reads as its first envelope, with the total and next cursor of whichever names them.
   */
  private Optional<ListShape> union(List<JsonNode> variants) {
    List<ListShape> shapes = new ArrayList<>();
    for (JsonNode variant : variants) {
      Optional<ListShape> shape = shape(variant, false);
      if (shape.isEmpty() || (!shapes.isEmpty() && !shapes.get(0).itemsField().equals(shape.get().itemsField()))) {
        return Optional.empty();
      }
      shapes.add(shape.get());
    }
    ListShape first = shapes.get(0);
    return Optional.of(new ListShape(first.itemsField(),
        shapes.stream().flatMap(s -> s.totalField().stream()).findFirst(),
        shapes.stream().flatMap(s -> s.nextCursorField().stream()).findFirst(), first.itemSchema()));
  }

  /** A records array found in an envelope: its dotted path and its raw schema node. */
  private record Records(String path, JsonNode array) {}

  private Optional<Records> records(Schema envelope, String prefix, boolean descend) {
    Map<String, JsonNode> properties = envelope.properties();
    List<String> arrays = new ArrayList<>();
    List<String> recordArrays = new ArrayList<>();
    properties.forEach((name, node) -> {
      Schema s = normalizer.normalize(node);
      if (s.isArray()) {
        arrays.add(name);
        if (s.items().map(normalizer::normalize).filter(ListEnvelope::isRecord).isPresent()) {
          recordArrays.add(name);
        }
      }
    });
    Optional<String> chosen = byPreferredName(recordArrays)
        .or(() -> recordArrays.size() == 1 && othersAreMetadata(envelope, recordArrays.get(0))
            ? Optional.of(recordArrays.get(0)) : Optional.empty())
        .or(() -> byPreferredName(arrays));
    if (chosen.isPresent()) {
      return Optional.of(new Records(prefix + chosen.get(), properties.get(chosen.get())));
    }
    if (!descend) {
      return Optional.empty();
    }
    List<Records> nested = new ArrayList<>();
    properties.forEach((name, node) -> {
      Schema s = normalizer.normalize(node);
      if (s.isObject() && !hasId(s)) {
        records(s, prefix + name + ".", false).ifPresent(nested::add);
      }
    });
    return nested.size() == 1 ? Optional.of(nested.get(0)) : Optional.empty();
  }

  private static Optional<String> byPreferredName(List<String> names) {
    if (names.isEmpty()) {
      return Optional.empty();
    }
    List<String> keys = names.stream().map(ListEnvelope::key).toList();
    for (String preferred : ITEMS) {
      int at = keys.indexOf(preferred);
      if (at >= 0) {
        return Optional.of(names.get(at));
      }
    }
    return Optional.empty();
  }

  /** The first property with one of {@code keys} that passes {@code type}, at the top, else one level down. */
  private Optional<String> find(Schema envelope, List<String> keys, Predicate<Schema> type) {
    Optional<String> top = findIn(envelope, keys, type);
    if (top.isPresent()) {
      return top;
    }
    for (Map.Entry<String, JsonNode> property : envelope.properties().entrySet()) {
      Schema s = normalizer.normalize(property.getValue());
      if (s.isObject()) {
        Optional<String> inner = findIn(s, keys, type);
        if (inner.isPresent()) {
          return Optional.of(property.getKey() + "." + inner.get());
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> findIn(Schema object, List<String> keys, Predicate<Schema> type) {
    // Each property's key once, not once per wanted key.
    String[] names = object.properties().keySet().toArray(String[]::new);
    String[] propertyKeys = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      propertyKeys[i] = key(names[i]);
    }
    for (String wanted : keys) {
      for (int i = 0; i < names.length; i++) {
        if (propertyKeys[i].equals(wanted) && type.test(normalizer.normalize(object.properties().get(names[i])))) {
          return Optional.of(names[i]);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether every property beside the records array is paging metadata: a scalar or a list of scalars, or an
   * object of those ({@code pagination: {total_count, max_page}}). A response such as polar's metrics
   * ({@code periods} beside objects of objects) is a report that happens to hold an array, not a page.
   */
  private boolean othersAreMetadata(Schema envelope, String recordsName) {
    for (Map.Entry<String, JsonNode> property : envelope.properties().entrySet()) {
      if (property.getKey().equals(recordsName)) {
        continue;
      }
      Schema s = normalizer.normalize(property.getValue());
      boolean metadata = isFlat(s) || (s.isObject()
          && s.properties().values().stream().map(normalizer::normalize).allMatch(this::isFlat));
      if (!metadata) {
        return false;
      }
    }
    return true;
  }

  /** A scalar or a list of scalars (PagerDuty's {@code privileges: {permissions: [string]}}). */
  private boolean isFlat(Schema s) {
    return isScalar(s) || (s.isArray() && isScalar(s.items().map(normalizer::normalize).orElse(Schema.ANY)));
  }

  private static boolean isScalar(Schema s) {
    return s.properties().isEmpty() && s.variants().isEmpty() && s.items().isEmpty() && !s.is("array")
        && !s.is("object");
  }

  private static boolean isRecord(Schema s) {
    return s.is("object") || !s.properties().isEmpty() || !s.variants().isEmpty();
  }

  /** An object with an {@code id} is a record (an order and its lines), not a page of records. */
  private static boolean hasId(Schema object) {
    return object.properties().containsKey("id");
  }

  /** Names compared ignoring case, {@code _} and {@code -}: {@code total_count} is {@code totalCount}. */
  static String key(String name) {
    // Most names are already lower case without separators: skip the three copies (the envelope checks ask
    // for the key of every property of every list response several times).
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_' || c == '-' || Character.isUpperCase(c) || c > 0x7f) {
        return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
      }
    }
    return name;
  }
}
