package dev.switchboard.demo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** JSON helpers: one configured mapper, and date-times written as pydantic writes UTC ones ({@code ...Z}). */
final class Json {

  /**
   * Shared, and configured only here. Fractions are read as BigDecimal so nothing is rounded before validation;
   * anything after the JSON value is an error, as for Python's {@code json.loads}; and nesting is capped far below
   * what could exhaust a request thread's stack.
   */
  static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build()).build())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Json() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static ArrayNode strings(Collection<String> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }

  static ArrayNode ints(Collection<Integer> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }

  static List<String> stringList(JsonNode array) {
    List<String> values = new ArrayList<>(array.size());
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  /** Microseconds, as Python's datetime keeps them. */
  static Instant now(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  static String time(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  /** Writes a nullable instant as a string or JSON null. */
  static void putTime(ObjectNode node, String field, Instant instant) {
    if (instant == null) {
      node.putNull(field);
    } else {
      node.put(field, time(instant));
    }
  }

  /**
   * Reads a date-time as pydantic does: ISO 8601 with {@code T} or a space, lower-case letters allowed, and an
   * offset; without one the time is taken as UTC (pydantic would keep it naive, the demo stores UTC).
   */
  static Optional<Instant> parseTime(String text) {
    String normal = text.trim().toUpperCase(Locale.ROOT);
    if (normal.length() > 10 && normal.charAt(10) == ' ') {
      normal = normal.substring(0, 10) + 'T' + normal.substring(11);
    }
    try {
      TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(normal, OffsetDateTime::from,
          LocalDateTime::from);
      Instant instant = parsed instanceof OffsetDateTime offset ? offset.toInstant()
          : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
      return Optional.of(instant.truncatedTo(ChronoUnit.MICROS));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A date-time the schema has already accepted (see {@link #parseTime}). */
  static Instant time(JsonNode node) {
    return parseTime(node.asText()).orElseThrow(() -> new IllegalArgumentException(
        "Not a date-time, although the schema accepted it: " + node));
  }

  static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode read(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
