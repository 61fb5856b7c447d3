package dev.switchboard.backends;

import static dev.switchboard.backends.ApiClient.API;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What every group of claims needs: the client of the backend under test and a few steps that many claims
 * share (make a call, make a user, read a page). The claims themselves are default {@code @Test} methods of the
 * interfaces that extend this one, so that {@link CallCenterScenario} can run them all against any backend.
 */
interface Scenario {

  ApiClient api();

  default String token(SeedUser user) {
    return api().token(user);
  }

  /** {@code GET /api/v1/calls/<query>} as admin; asserts 200. */
  default JsonNode callsPage(String query) {
    return api().get(API + "/calls/" + query, token(SeedUser.ADMIN)).expect(200).json();
  }

  /** A valid {@code CallCreate} with every optional field set, started five minutes ago. */
  default ObjectNode newCall() {
    ObjectNode call = api().object()
        .put("direction", "inbound")
        .put("caller_number", "+44 20 7946 0018")
        .put("queue", "support")
        .put("status", "active")
        .put("started_at", utc(Instant.now().minus(Duration.ofMinutes(5))))
        .put("notes", "Customer asks about invoice 4471")
        .put("recording_url", "https://recordings.example.com/4471.mp3")
        .put("satisfaction", 4);
    call.putArray("tags").add("billing").add("callback");
    return call;
  }

  /** Creates a call as admin; asserts 201 and returns the created call. */
  default JsonNode createCall(ObjectNode body) {
    return api().post(API + "/calls/", token(SeedUser.ADMIN), body).expect(201).json();
  }

  /** A valid {@code UserCreate} with a username no other test uses. */
  default ObjectNode newUser() {
    String username = unique("u");
    return api().object()
        .put("username", username)
        .put("email", username + "@example.com")
        .put("password", "first-password-1")
        .put("full_name", "Test " + username)
        .put("role", "agent");
  }

  /** Creates a user as admin; asserts 201 and returns the created user. */
  default JsonNode createUser(ObjectNode body) {
    return api().post(API + "/users/", token(SeedUser.ADMIN), body).expect(201).json();
  }

  /** The id of a seed user, read from {@code /users/me} with its own token. */
  default int idOf(SeedUser user) {
    return api().get(API + "/users/me", token(user)).expect(200).json().path("id").asInt();
  }

  /** A lowercase name, unique in this JVM, usable as a username or team name. */
  default String unique(String prefix) {
    return prefix + Long.toString(System.nanoTime(), 36);
  }

  static String utc(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** Parses a date-time as the backends write it (ISO 8601; the contract wants UTC with {@code Z}). */
  static Instant instant(JsonNode dateTime) {
    assertThat(dateTime.isTextual()).as("a date-time string, not %s", dateTime).isTrue();
    return OffsetDateTime.parse(dateTime.asText()).toInstant();
  }

  static List<JsonNode> items(JsonNode page) {
    List<JsonNode> items = new ArrayList<>();
    page.path("items").forEach(items::add);
    return items;
  }

  static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }
}
