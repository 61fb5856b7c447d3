package dev.switchboard.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One operation of the document, reduced to what the {@link Dispatcher} enforces: who may call it, which
 * parameters it takes and which body. Schemas are named by their JSON pointer into the document, so the
 * validator resolves their {@code $ref}s against the document itself.
 */
record Operation(String method, String path, String operationId, Optional<Set<String>> scopes,
    List<Parameter> parameters, Optional<Body> body) {

  Operation {
    scopes = scopes.map(Set::copyOf);
    parameters = List.copyOf(parameters);
  }

  /**
   * A path or query parameter. {@code type} is the JSON type a query string is converted to ({@code integer},
   * {@code boolean}, {@code number} or {@code string}), read from the schema's non-null branch.
   */
  record Parameter(String name, String in, boolean required, String schemaPointer, String type,
      Optional<JsonNode> defaultValue) {}

  /** The request body: its media type, the pointer to its schema, and the resolved object schema. */
  record Body(String mediaType, String schemaPointer, JsonNode resolvedSchema) {

    boolean isForm() {
      return mediaType.equals("application/x-www-form-urlencoded");
    }
  }
}
