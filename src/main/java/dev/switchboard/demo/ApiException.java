package dev.switchboard.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Map;

/**
 * An answer other than success, thrown anywhere below the {@link Dispatcher} and written by it as FastAPI
 * writes {@code HTTPException}s: {@code {"detail": ...}} with the given headers.
 */
final class ApiException extends RuntimeException {

  private final int status;
  private final transient JsonNode detail;
  private final Map<String, String> headers;

  ApiException(int status, JsonNode detail, Map<String, String> headers) {
    super(detail.isTextual() ? detail.asText() : "HTTP " + status, null, false, false);
    this.status = status;
    this.detail = detail;
    this.headers = Map.copyOf(headers);
  }

  static ApiException of(int status, String detail) {
    return new ApiException(status, Json.NODES.textNode(detail), Map.of());
  }

  static ApiException notFound(String what) {
    return of(404, what + " not found");
  }

  /** A 422 with pydantic-style items. */
  static ApiException invalid(List<ErrorItem> errors) {
    ArrayNode items = Json.NODES.arrayNode();
    errors.forEach(e -> items.add(e.toJson()));
    return new ApiException(422, items, Map.of());
  }

  static ApiException invalid(ErrorItem error) {
    return invalid(List.of(error));
  }

  int status() {
    return status;
  }

  JsonNode detail() {
    return detail;
  }

  Map<String, String> headers() {
    return headers;
  }
}
