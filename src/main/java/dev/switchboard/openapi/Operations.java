package dev.switchboard.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the parts of an operation the engine needs: its parameters (path-level ones merged in), its request
 * body schema and its success response schema, preferring JSON over form encodings.
 */
final class Operations {

  static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete", "head", "options", "trace");

  /** One operation of a path item: its method, lower case as the document keys it, and its node. */
  record MethodOperation(String method, JsonNode node) {}

  /**
   * The operations of a path item in {@link #METHODS} order, read in one pass over its keys: the grouper,
   * the resource builder and the security check each visit every path item, and looking up all eight methods
   * in each (most of them missing) was measurable.
   */
  static List<MethodOperation> operationsOf(JsonNode pathItem) {
    JsonNode[] byMethod = null;
    PropertyMap keys = TreeNodeFactory.propertiesOf(pathItem);
    for (int i = 0; i < keys.size(); i++) {
      int at = methodIndex(keys.nameAt(i));
      if (at >= 0) {
        if (byMethod == null) {
          byMethod = new JsonNode[METHODS.size()];
        }
        byMethod[at] = keys.valueAt(i);
      }
    }
    if (byMethod == null) {
      return List.of();
    }
    List<MethodOperation> operations = new ArrayList<>(2);
    for (int i = 0; i < byMethod.length; i++) {
      if (byMethod[i] != null) {
        operations.add(new MethodOperation(METHODS.get(i), byMethod[i]));
      }
    }
    return operations;
  }

  private static int methodIndex(String key) {
    return switch (key) {
      case "get" -> 0;
      case "post" -> 1;
      case "put" -> 2;
      case "patch" -> 3;
      case "delete" -> 4;
      case "head" -> 5;
      case "options" -> 6;
      case "trace" -> 7;
      default -> -1;
    };
  }

  private final RefResolver refs;

  Operations(RefResolver refs) {
    this.refs = refs;
  }

  /** Path-level and operation-level parameters, resolved; the operation's win on the same name and place. */
  List<JsonNode> parameters(JsonNode pathItem, JsonNode operation) {
    JsonNode shared = pathItem.get("parameters");
    JsonNode own = operation.get("parameters");
    if (shared == null && own == null) {
      return new ArrayList<>(0);
    }
    // An operation has a handful of parameters: a linear search by place and name is cheaper than keying a
    // map on a string built for each (that was ~2% of infer on PagerDuty).
    List<JsonNode> parameters = new ArrayList<>();
    List<String> places = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (JsonNode source : new JsonNode[] {shared, own}) {
      if (source == null) {
        continue;
      }
      for (JsonNode raw : source) {
        JsonNode parameter = refs.resolve(raw);
        String in = parameter.path("in").asText();
        String name = parameter.path("name").asText();
        int at = indexOf(places, names, in, name);
        if (at >= 0) {
          parameters.set(at, parameter);
        } else {
          parameters.add(parameter);
          places.add(in);
          names.add(name);
        }
      }
    }
    return parameters;
  }

  private static int indexOf(List<String> places, List<String> names, String in, String name) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equals(name) && places.get(i).equals(in)) {
        return i;
      }
    }
    return -1;
  }

  static List<JsonNode> parametersIn(List<JsonNode> parameters, String in) {
    List<JsonNode> matching = new ArrayList<>(parameters.size());
    for (JsonNode parameter : parameters) {
      if (parameter.path("in").asText().equals(in)) {
        matching.add(parameter);
      }
    }
    return matching;
  }

  /** The schema of the request body, by media type preference; empty when there is no body. */
  Optional<JsonNode> requestSchema(JsonNode operation) {
    JsonNode body = refs.resolve(operation.path("requestBody"));
    return preferredSchema(body.path("content"));
  }

  /** The schema of the first 2xx response (then {@code default}); empty when it has no content. */
  Optional<JsonNode> responseSchema(JsonNode operation) {
    JsonNode responses = operation.path("responses");
    PropertyMap byCode = TreeNodeFactory.propertiesOf(responses);
    for (int i = 0; i < byCode.size(); i++) {
      String code = byCode.nameAt(i);
      if (code.startsWith("2")) {
        JsonNode response = refs.resolve(byCode.valueAt(i));
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
    PropertyMap types = TreeNodeFactory.propertiesOf(content);
    for (int i = 0; i < types.size(); i++) {
      int rank = rank(types.nameAt(i));
      if (rank < bestRank) {
        bestRank = rank;
        best = types.valueAt(i);
      }
    }
    JsonNode schema = best == null ? null : best.get("schema");
    return Optional.ofNullable(schema);
  }

  private static int rank(String mediaType) {
    for (int i = 0; i < mediaType.length(); i++) {
      if (mediaType.charAt(i) > 0x7f) {
        return rank(mediaType.toLowerCase(java.util.Locale.ROOT), false);
      }
    }
    // ASCII, where ignoring case is lower-casing: no lower-cased copy of every media type of every operation.
    return rank(mediaType, true);
  }

  private static int rank(String type, boolean ignoreCase) {
    if (type.regionMatches(ignoreCase, 0, "application/json", 0, 16)) {
      return 0;
    }
    for (int i = 0; i + 4 <= type.length(); i++) {
      if (type.regionMatches(ignoreCase, i, "json", 0, 4)) {
        return 1;
      }
    }
    if (type.regionMatches(ignoreCase, 0, "application/x-www-form-urlencoded", 0, 33)) {
      return 2;
    }
    if (type.regionMatches(ignoreCase, 0, "multipart/", 0, 10)) {
      return 3;
    }
    return 4;
  }
}
