package dev.switchboard.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the parts of an operation the engine needs: its parameters (path-level ones merged in), its request
 * body schema and its success response schema, preferring JSON over form encodings.
 */
final class Operations {

  static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete", "head", "options", "trace");

  private final RefResolver refs;

  Operations(RefResolver refs) {
    this.refs = refs;
  }

  /** Path-level and operation-level parameters, resolved; the operation's win on the same name and place. */
  List<JsonNode> parameters(JsonNode pathItem, JsonNode operation) {
    Map<String, JsonNode> byKey = new LinkedHashMap<>();
    for (JsonNode source : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
      for (JsonNode raw : source) {
        JsonNode parameter = refs.resolve(raw);
        byKey.put(parameter.path("in").asText() + ":" + parameter.path("name").asText(), parameter);
      }
    }
    return new ArrayList<>(byKey.values());
  }

  static List<JsonNode> parametersIn(List<JsonNode> parameters, String in) {
    return parameters.stream().filter(p -> p.path("in").asText().equals(in)).toList();
  }

  /** The schema of the request body, by media type preference; empty when there is no body. */
  Optional<JsonNode> requestSchema(JsonNode operation) {
    JsonNode body = refs.resolve(operation.path("requestBody"));
    return preferredSchema(body.path("content"));
  }

  /** The schema of the first 2xx response (then {@code default}); empty when it has no content. */
  Optional<JsonNode> responseSchema(JsonNode operation) {
    JsonNode responses = operation.path("responses");
    Iterator<Map.Entry<String, JsonNode>> fields = responses.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> entry = fields.next();
      String code = entry.getKey();
      if (code.startsWith("2")) {
        JsonNode response = refs.resolve(entry.getValue());
        Optional<JsonNode> schema = preferredSchema(response.path("content"));
        if (schema.isPresent() || !code.equals("204")) {
          return schema;
        }
      }
    }
    return preferredSchema(refs.resolve(responses.path("default")).path("content"));
  }

  JsonNode resolve(JsonNode node) {
    return refs.resolve(node);
  }

  boolean hasRequestBody(JsonNode operation) {
    return operation.has("requestBody");
  }

  private static Optional<JsonNode> preferredSchema(JsonNode content) {
    if (!content.isObject() || content.isEmpty()) {
      return Optional.empty();
    }
    JsonNode best = null;
    int bestRank = Integer.MAX_VALUE;
    Iterator<Map.Entry<String, JsonNode>> types = content.fields();
    while (types.hasNext()) {
      Map.Entry<String, JsonNode> type = types.next();
      int rank = rank(type.getKey());
      if (rank < bestRank) {
        bestRank = rank;
        best = type.getValue();
      }
    }
    JsonNode schema = best == null ? null : best.get("schema");
    return Optional.ofNullable(schema);
  }

  private static int rank(String mediaType) {
    String type = mediaType.toLowerCase(java.util.Locale.ROOT);
    if (type.startsWith("application/json")) {
      return 0;
    }
    if (type.contains("json")) {
      return 1;
    }
    if (type.startsWith("application/x-www-form-urlencoded")) {
      return 2;
    }
    if (type.startsWith("multipart/")) {
      return 3;
    }
    return 4;
  }
}
