package dev.switchboard.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The demo's OpenAPI document, read once from {@code openapi.json} beside this class. */
final class ApiDocument {

  static final String RESOURCE = "openapi.json";
  static final String SECURITY_SCHEME = "OAuth2PasswordBearer";

  private final byte[] bytes;
  private final JsonNode root;
  private final List<Operation> operations;

  private ApiDocument(byte[] bytes) throws IOException {
    this.bytes = bytes;
    this.root = Json.MAPPER.readTree(bytes);
    this.operations = readOperations();
  }

  static ApiDocument load() {
    try (InputStream in = ApiDocument.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The demo's " + RESOURCE + " is missing from the class path.");
      }
      return new ApiDocument(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the demo's " + RESOURCE, e);
    }
  }

  /** The parsed document, for {@code GET /api/v1/openapi.json}; nobody changes it. */
  JsonNode root() {
    return root;
  }

  String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  List<Operation> operations() {
    return operations;
  }

  Optional<Operation> operation(String method, String path) {
    return operations.stream().filter(o -> o.method().equals(method) && o.path().equals(path)).findFirst();
  }

  /** The pointers of every parameter and request body schema, for {@link SchemaValidator#preload}. */
  List<String> schemaPointers() {
    List<String> pointers = new ArrayList<>();
    for (Operation operation : operations) {
      operation.parameters().forEach(p -> pointers.add(p.schemaPointer()));
      operation.body().ifPresent(b -> pointers.add(b.schemaPointer()));
    }
    return pointers;
  }

  /** Follows a local {@code $ref} chain ({@code #/components/schemas/X}). */
  JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    Set<String> seen = new HashSet<>();
    while (current.has("$ref")) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#") || !seen.add(ref)) {
        throw new IllegalStateException("Unresolvable $ref in the demo document: " + ref);
      }
      current = root.at(ref.substring(1));
      if (current.isMissingNode()) {
        throw new IllegalStateException("Dangling $ref in the demo document: " + ref);
      }
    }
    return current;
  }

  /** The schema itself, or for pydantic's {@code anyOf: [X, {"type": "null"}]} its X, resolved. */
  JsonNode nonNull(JsonNode schema) {
    JsonNode resolved = resolve(schema);
    if (resolved.has("anyOf")) {
      for (JsonNode branch : resolved.get("anyOf")) {
        if (!"null".equals(branch.path("type").asText())) {
          return resolve(branch);
        }
      }
    }
    return resolved;
  }

  private List<Operation> readOperations() {
    List<Operation> list = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
        String pointer = "/paths/" + escape(path.getKey()) + "/" + entry.getKey();
        list.add(readOperation(path.getKey(), entry.getKey(), entry.getValue(), pointer));
      }
    }
    return List.copyOf(list);
  }

  private Operation readOperation(String path, String method, JsonNode node, String pointer) {
    Optional<Set<String>> scopes = Optional.empty();
    if (node.has("security")) {
      Set<String> required = new HashSet<>();
      node.get("security").forEach(requirement -> requirement.path(SECURITY_SCHEME)
          .forEach(scope -> required.add(scope.asText())));
      scopes = Optional.of(required);
    }
    List<Operation.Parameter> parameters = new ArrayList<>();
    JsonNode params = node.path("parameters");
    for (int i = 0; i < params.size(); i++) {
      JsonNode param = params.get(i);
      JsonNode schema = param.path("schema");
      JsonNode value = nonNull(schema);
      parameters.add(new Operation.Parameter(param.path("name").asText(), param.path("in").asText(),
          param.path("required").asBoolean(false), pointer + "/parameters/" + i + "/schema",
          value.path("type").asText("string"), Optional.ofNullable(schema.get("default"))));
    }
    Optional<Operation.Body> body = Optional.empty();
    Iterator<Map.Entry<String, JsonNode>> content = node.path("requestBody").path("content").properties()
        .iterator();
    if (content.hasNext()) {
      Map.Entry<String, JsonNode> media = content.next();
      String schemaPointer = pointer + "/requestBody/content/" + escape(media.getKey()) + "/schema";
      body = Optional.of(new Operation.Body(media.getKey(), schemaPointer,
          resolve(media.getValue().path("schema"))));
    }
    return new Operation(method.toUpperCase(java.util.Locale.ROOT), path, node.path("operationId").asText(),
        scopes, parameters, body);
  }

  /** JSON pointer escaping (RFC 6901). */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
