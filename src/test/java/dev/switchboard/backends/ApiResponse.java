package dev.switchboard.backends;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One exchange with a backend: what was asked and what came back, so that a failed assertion can show both.
 *
 * @param request for example {@code POST /api/v1/calls/ {"direction":"sideways"}}, the body cut to 300 chars
 */
record ApiResponse(String request, int status, HttpHeaders headers, String body) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SHOWN_CHARS = 600;

  /** The body as JSON; fails the test, naming the exchange, if it is not JSON or not declared as JSON. */
  JsonNode json() {
    assertThat(headers.firstValue("Content-Type")).as("Content-Type of %s", this)
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new AssertionError("Not JSON: " + this, e);
    }
  }

  /** Asserts the status code and returns this, for chaining. */
  ApiResponse expect(int expectedStatus) {
    assertThat(status).as("status of %s", this).isEqualTo(expectedStatus);
    return this;
  }

  /** Asserts a FastAPI error body {@code {"detail": "<text>"}} with this status. */
  ApiResponse expectDetail(int expectedStatus, String detail) {
    expect(expectedStatus);
    assertThat(json().path("detail").asText(null)).as("detail of %s", this).isEqualTo(detail);
    return this;
  }

  /**
   * Asserts a 422 whose {@code detail} is a list of {@code {loc, msg, type}} errors, one of them at exactly
   * {@code loc} (strings and integers, as FastAPI writes them).
   */
  ApiResponse expectValidationErrorAt(Object... loc) {
    expect(422);
    JsonNode detail = json().path("detail");
    assertThat(detail.isArray() && !detail.isEmpty()).as("422 detail is a non-empty list in %s", this).isTrue();
    List<JsonNode> locs = new ArrayList<>();
    for (JsonNode error : detail) {
      assertThat(error.path("msg").isTextual() && error.path("type").isTextual())
          .as("every 422 error has a text msg and type: %s", this).isTrue();
      locs.add(error.path("loc"));
    }
    assertThat(locs).as("locs of %s", this).contains(JSON.valueToTree(List.of(loc)));
    return this;
  }

  @Override
  public String toString() {
    String shown = body.length() > SHOWN_CHARS ? body.substring(0, SHOWN_CHARS) + "..." : body;
    return request + " -> " + status + " " + shown;
  }
}
