package dev.switchboard.backends;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpHeaders;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The validator behind the contract tests bites: each rule of {@link ResponseSchemas} on a small document. */
class ResponseSchemasTest {

  private static final String PATHS = """
      "paths": {"/calls/{call_id}": {
        "get": {"responses": {"200": {"content": {"application/json": {"schema":
        {"$ref": "#/components/schemas/Call"}}}}}},
        "delete": {"responses": {"204": {"description": "Gone"}}}}}""";
  private static final String OPENAPI_31 = """
      {"openapi": "3.1.0", %s, "components": {"schemas": {"Call": {
        "type": "object", "required": ["id", "started_at", "ended_at"],
        "properties": {
        "id": {"type": "string", "pattern": "^[0-9a-f]{24}$"},
        "started_at": {"type": "string", "format": "date-time"},
        "ended_at": {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "null"}]},
        "queue": {"type": "string", "x-switchboard-reference": "queues"}}}}}}""".formatted(PATHS);
  private static final String OPENAPI_30 = """
      {"openapi": "3.0.2", %s, "components": {"schemas": {"Call": {
        "type": "object", "required": ["id", "started_at"],
        "properties": {
        "id": {"type": "string"},
        "started_at": {"type": "string", "format": "date-time"},
        "ended_at": {"type": "string", "format": "date-time"},
        "satisfaction": {"type": "integer", "maximum": 5.0, "minimum": 1.0}}}}}}""".formatted(PATHS);
  private static final String ID = "0123456789abcdef01234567";

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aConformingResponsePasses() throws Exception {
    assertThatCode(() -> schemas(OPENAPI_31).assertConforms(ok("""
        {"id": "%s", "started_at": "2026-01-15T10:30:00Z", "ended_at": null, "queue": "vip"}"""
        .formatted(ID)), "GET", "/calls/{call_id}")).doesNotThrowAnyException();
  }

  @Test
  void aWrongTypeAPatternOrAFormatFailsNamingTheField() throws Exception {
    ResponseSchemas schemas = schemas(OPENAPI_31);
    assertThatThrownBy(() -> schemas.assertConforms(ok("""
        {"id": "xyz", "started_at": "2026-01-15T10:30:00Z", "ended_at": null}"""), "GET", "/calls/{call_id}"))
        .hasMessageContaining("/id");
    assertThatThrownBy(() -> schemas.assertConforms(ok("""
        {"id": "%s", "started_at": "yesterday", "ended_at": null}""".formatted(ID)), "GET",
        "/calls/{call_id}")).hasMessageContaining("/started_at");
    assertThatThrownBy(() -> schemas.assertConforms(ok("""
        {"id": "%s", "started_at": "2026-01-15T10:30:00Z", "ended_at": 5}""".formatted(ID)), "GET",
        "/calls/{call_id}")).hasMessageContaining("/ended_at");
  }

  @Test
  void aMissingRequiredFieldFails() throws Exception {
    assertThatThrownBy(() -> schemas(OPENAPI_31).assertConforms(ok("""
        {"id": "%s", "started_at": "2026-01-15T10:30:00Z"}""".formatted(ID)), "GET", "/calls/{call_id}"))
        .hasMessageContaining("ended_at");
  }

  @Test
  void anUndeclaredStatusOrABodyWhereNoneIsDeclaredFails() throws Exception {
    ResponseSchemas schemas = schemas(OPENAPI_31);
    assertThatThrownBy(() -> schemas.assertConforms(response(418, "{}"), "GET", "/calls/{call_id}"))
        .hasMessageContaining("declares no 418 response for GET /calls/{call_id}");
    assertThatThrownBy(() -> schemas.assertConforms(response(204, "{}"), "DELETE", "/calls/{call_id}"))
        .hasMessageContaining("declares no content");
    assertThatCode(() -> schemas.assertConforms(response(204, ""), "DELETE", "/calls/{call_id}"))
        .doesNotThrowAnyException();
  }

  @Test
  void openApi30OptionalFieldsAcceptNullButRequiredOnesAndBoundsStillHold() throws Exception {
    ResponseSchemas schemas = schemas(OPENAPI_30);
    assertThatCode(() -> schemas.assertConforms(ok("""
        {"id": "a", "started_at": "2026-01-15T10:30:00+00:00", "ended_at": null, "satisfaction": null}"""),
        "GET", "/calls/{call_id}")).doesNotThrowAnyException();
    assertThatThrownBy(() -> schemas.assertConforms(ok("""
        {"id": null, "started_at": "2026-01-15T10:30:00Z"}"""), "GET", "/calls/{call_id}"))
        .hasMessageContaining("/id");
    assertThatThrownBy(() -> schemas.assertConforms(ok("""
        {"id": "a", "started_at": "2026-01-15T10:30:00Z", "satisfaction": 6}"""), "GET", "/calls/{call_id}"))
        .hasMessageContaining("/satisfaction");
  }

  private ResponseSchemas schemas(String document) throws Exception {
    JsonNode tree = json.readTree(document);
    return ResponseSchemas.of(tree);
  }

  private static ApiResponse ok(String body) {
    return response(200, body);
  }

  private static ApiResponse response(int status, String body) {
    return new ApiResponse("GET /calls/x", status, HttpHeaders.of(Map.of(), (name, value) -> true), body);
  }
}
