package dev.switchboard.backends;

import static dev.switchboard.backends.ApiClient.API;
import static dev.switchboard.backends.Scenario.instant;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Creating, changing, transferring, closing and deleting calls, and who may. */
interface CallWriteClaims extends Scenario {

  @Test
  default void createAnswers201AndTheCallReadsBackTheSame() {
    ObjectNode body = newCall();
    JsonNode created = createCall(body);
    assertThat(created.path("id").asText()).as("id of %s", created).matches("^[0-9a-f]{24}$");
    for (Iterator<String> fields = body.fieldNames(); fields.hasNext(); ) {
      String field = fields.next();
      if (field.equals("started_at")) {
        assertThat(instant(created.path(field))).isEqualTo(instant(body.path(field)));
      } else {
        assertThat(created.path(field)).as("%s of %s", field, created).isEqualTo(body.path(field));
      }
    }
    assertThat(created.path("created_at").isTextual() && created.path("updated_at").isTextual())
        .as("created_at and updated_at in %s", created).isTrue();

    ApiResponse read = api().get(API + "/calls/" + created.path("id").asText(), token(SeedUser.ADMIN));
    assertThat(read.expect(200).json()).as(read.toString()).isEqualTo(created);
  }

  @Test
  default void createFillsTheDefaultsOfOptionalFields() {
    ObjectNode body = api().object()
        .put("direction", "outbound")
        .put("caller_number", "555-0100")
        .put("queue", "outbound")
        .put("started_at", "2026-01-15T10:30:00Z");
    JsonNode created = createCall(body);
    assertThat(created.path("status").asText()).isEqualTo("ringing");
    assertThat(created.path("tags").isArray() && created.path("tags").isEmpty()).as("tags of %s", created)
        .isTrue();
    for (String nullable : List.of("agent_id", "ended_at", "duration_s", "notes", "recording_url",
        "satisfaction")) {
      assertThat(created.path(nullable).isNull()).as("%s of %s is null", nullable, created).isTrue();
    }
  }

  @Test
  default void patchChangesOnlyTheFieldsSent() {
    JsonNode before = createCall(newCall());
    String path = API + "/calls/" + before.path("id").asText();
    String admin = token(SeedUser.ADMIN);

    JsonNode after = api().patch(path, admin, api().object().put("queue", "vip").put("satisfaction", 2))
        .expect(200).json();
    assertThat(after.path("queue").asText()).isEqualTo("vip");
    assertThat(after.path("satisfaction").asInt()).isEqualTo(2);
    assertSameExcept(before, after, Set.of("queue", "satisfaction", "updated_at"));

    // An explicit null clears a nullable field and nothing else.
    JsonNode cleared = api().patch(path, admin, api().object().putNull("notes")).expect(200).json();
    assertThat(cleared.path("notes").isNull()).as("notes of %s", cleared).isTrue();
    assertSameExcept(after, cleared, Set.of("notes", "updated_at"));
    assertThat(api().get(path, admin).expect(200).json()).isEqualTo(cleared);
  }

  @Test
  default void transferHandsTheCallToAnotherAgentAndMarksItTransferred() {
    JsonNode call = createCall(newCall());
    int agentId = idOf(SeedUser.AGENT);
    String path = API + "/calls/" + call.path("id").asText() + "/transfer";
    ObjectNode transfer = api().object().put("agent_id", agentId).put("reason", "Needs a billing specialist");
    JsonNode transferred = api().post(path, token(SeedUser.ADMIN), transfer).expect(200).json();
    assertThat(transferred.path("agent_id").asInt()).isEqualTo(agentId);
    assertThat(transferred.path("status").asText()).isEqualTo("transferred");

    api().post(path, token(SeedUser.ADMIN), api().object().put("agent_id", 987_654_321))
        .expectValidationErrorAt("body", "agent_id");
    // the agent who has the call already cannot take it over
    api().post(path, token(SeedUser.ADMIN), transfer).expectValidationErrorAt("body", "agent_id");
  }

  @Test
  default void closeStaleClosesOnlyUnfinishedCallsOlderThanTheCutoff() {
    JsonNode stale = createCall(newCall().put("started_at", Scenario.utc(Instant.now().minus(Duration.ofHours(3)))));
    JsonNode fresh = createCall(newCall()); // active, started five minutes ago
    String admin = token(SeedUser.ADMIN);

    JsonNode answer = api().post(API + "/calls/close-stale", admin, api().object().put("older_than_minutes", 120)
        .put("outcome", "resolved")).expect(200).json();

    assertThat(answer.path("closed").asInt()).as("closed in %s", answer).isPositive();
    JsonNode closed = api().get(API + "/calls/" + stale.path("id").asText(), admin).expect(200).json();
    assertThat(closed.path("status").asText()).isEqualTo("completed");
    assertThat(closed.path("ended_at").isNull()).as("ended_at of %s", closed).isFalse();
    JsonNode untouched = api().get(API + "/calls/" + fresh.path("id").asText(), admin).expect(200).json();
    assertThat(untouched.path("status").asText()).isEqualTo("active");
    api().post(API + "/calls/close-stale", admin, api().object().put("older_than_minutes", 0))
        .expectValidationErrorAt("body", "older_than_minutes");
    api().post(API + "/calls/close-stale", token(SeedUser.VIEWER), api().object()).expect(403);
  }

  @Test
  default void closeCompletesTheCallAndFillsItsTimes() {
    ObjectNode body = newCall(); // active, started five minutes ago, no end
    JsonNode call = createCall(body);
    ObjectNode close = api().object().put("outcome", "resolved").put("notes", "Refund issued");
    JsonNode closed = api().post(API + "/calls/" + call.path("id").asText() + "/close", token(SeedUser.ADMIN),
        close).expect(200).json();
    assertThat(closed.path("status").asText()).isEqualTo("completed");
    assertThat(closed.path("notes").asText()).isEqualTo("Refund issued");
    Duration elapsed = Duration.between(instant(closed.path("started_at")), instant(closed.path("ended_at")));
    assertThat(elapsed).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(10));
    assertThat(closed.path("duration_s").asLong()).as("duration_s of %s", closed)
        .isBetween(elapsed.toSeconds() - 1, elapsed.toSeconds() + 1);

    JsonNode unanswered = createCall(newCall().put("status", "ringing"));
    JsonNode missed = api().post(API + "/calls/" + unanswered.path("id").asText() + "/close",
        token(SeedUser.ADMIN), api().object().put("outcome", "no_answer")).expect(200).json();
    assertThat(missed.path("status").asText()).isEqualTo("missed");
    assertThat(missed.path("notes")).as("notes are kept when none are given").isEqualTo(unanswered.path("notes"));
  }

  @Test
  default void deleteAnswers204ThenTheCallIsNotFound() {
    String path = API + "/calls/" + createCall(newCall()).path("id").asText();
    String admin = token(SeedUser.ADMIN);
    ApiResponse deleted = api().delete(path, admin).expect(204);
    assertThat(deleted.body()).as("body of %s", deleted).isEmpty();
    api().get(path, admin).expectDetail(404, "Call not found");
    api().patch(path, admin, api().object().put("queue", "vip")).expectDetail(404, "Call not found");
    api().delete(path, admin).expectDetail(404, "Call not found");
  }

  @Test
  default void aNoteOver2000CharactersIs422OnBodyNotes() {
    createCall(newCall().put("notes", "n".repeat(2000)));
    api().post(API + "/calls/", token(SeedUser.ADMIN), newCall().put("notes", "n".repeat(2001)))
        .expectValidationErrorAt("body", "notes");
  }

  @Test
  default void aValueOutsideTheEnumIs422OnThatField() {
    api().post(API + "/calls/", token(SeedUser.ADMIN), newCall().put("direction", "sideways"))
        .expectValidationErrorAt("body", "direction");
  }

  @Test
  default void aMissingRequiredFieldIs422OnThatField() {
    ObjectNode body = newCall();
    body.remove("direction");
    api().post(API + "/calls/", token(SeedUser.ADMIN), body).expectValidationErrorAt("body", "direction");
  }

  @Test
  default void viewerCannotCreateChangeOrDeleteCalls() {
    JsonNode call = createCall(newCall());
    String path = API + "/calls/" + call.path("id").asText();
    String viewer = token(SeedUser.VIEWER);
    api().post(API + "/calls/", viewer, newCall()).expectDetail(403, "Not enough permissions");
    api().patch(path, viewer, api().object().put("queue", "vip")).expectDetail(403, "Not enough permissions");
    api().delete(path, viewer).expectDetail(403, "Not enough permissions");
    api().post(path + "/close", viewer, api().object().put("outcome", "resolved"))
        .expectDetail(403, "Not enough permissions");
    assertThat(api().get(path, viewer).expect(200).json()).as("the call after the viewer's attempts")
        .isEqualTo(call);
  }

  @Test
  default void agentCannotAdministerUsersOrTeams() {
    String agent = token(SeedUser.AGENT);
    String user = API + "/users/" + idOf(SeedUser.VIEWER);
    JsonNode team = api().get(API + "/teams/", agent).expect(200).json().path(0);
    String teamPath = API + "/teams/" + team.path("id").asText();
    String denied = "Not enough permissions";
    api().post(API + "/users/", agent, newUser()).expectDetail(403, denied);
    api().patch(user, agent, api().object().put("full_name", "Renamed")).expectDetail(403, denied);
    api().post(user + "/reset-password", agent, api().object().put("new_password", "hijacked-password"))
        .expectDetail(403, denied);
    api().delete(user, agent).expectDetail(403, denied);
    api().post(API + "/teams/", agent, api().object().put("name", unique("team"))).expectDetail(403, denied);
    api().put(teamPath, agent, api().object().put("name", "Renamed")).expectDetail(403, denied);
    api().delete(teamPath, agent).expectDetail(403, denied);
    api().get(API + "/users/", agent).expect(200);
    api().get(API + "/users/", token(SeedUser.VIEWER)).expectDetail(403, denied);
  }

  private static void assertSameExcept(JsonNode before, JsonNode after, Set<String> changed) {
    for (Iterator<String> fields = before.fieldNames(); fields.hasNext(); ) {
      String field = fields.next();
      if (!changed.contains(field)) {
        assertThat(after.path(field)).as("%s, which was not sent, in %s", field, after)
            .isEqualTo(before.path(field));
      }
    }
  }
}
