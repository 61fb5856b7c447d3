package dev.switchboard.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/** What a handler answers: a status, a JSON body (none for 204) and extra headers. */
record Response(int status, Optional<JsonNode> body, Map<String, String> headers) {

  Response {
    headers = Map.copyOf(headers);
  }

  static Response ok(JsonNode body) {
    return new Response(200, Optional.of(body), Map.of());
  }

  static Response created(JsonNode body) {
    return new Response(201, Optional.of(body), Map.of());
  }

  static Response noContent() {
    return new Response(204, Optional.empty(), Map.of());
  }

  /** FastAPI's error body, {@code {"detail": ...}}. */
  static Response error(int status, JsonNode detail, Map<String, String> headers) {
    return new Response(status, Optional.of(Json.object().set("detail", detail)), headers);
  }

  static Response error(int status, String detail) {
    return error(status, Json.NODES.textNode(detail), Map.of());
  }
}
