package dev.switchboard.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * A request as a handler sees it: authenticated, its path and query parameters converted to the types the
 * document gives them (with the documented defaults filled in), and its body validated against the document's
 * schema. {@code body} is a missing node when the operation takes none.
 */
record Request(Optional<Caller> caller, ObjectNode path, ObjectNode query, JsonNode body) {

  /** The signed-in user; every documented operation with security has one. */
  Caller requireCaller() {
    return caller.orElseThrow(() -> new IllegalStateException("This operation has no security in the document."));
  }

  /** A query parameter, or empty when it was absent or null and has no default. */
  Optional<JsonNode> queryParam(String name) {
    JsonNode value = query.path(name);
    return value.isMissingNode() || value.isNull() ? Optional.empty() : Optional.of(value);
  }
}
