package dev.switchboard.backends;

import static dev.switchboard.backends.ApiClient.API;
import static dev.switchboard.backends.ApiClient.query;
import static dev.switchboard.backends.Scenario.instant;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code GET /calls/{call_id}/history}: every write through the API, newest first, ending with "created". */
interface CallHistoryClaims extends Scenario {

  @Test
  default void aNewCallsHistoryIsItsCreatedEventByItsCreator() {
    JsonNode call = createCall(newCall());
    JsonNode history = history(call, SeedUser.ADMIN);
    assertThat(history).as("history of %s", call).hasSize(1);
    assertEvent(history.path(0), "created", idOf(SeedUser.ADMIN), "Created");
    assertThat(instant(history.path(0).path("at"))).isEqualTo(instant(call.path("created_at")));
  }

  @Test
  default void writesAreListedNewestFirstWithTheirActorsAndSummaries() {
    JsonNode call = createCall(newCall());
    String path = API + "/calls/" + call.path("id").asText();
    int admin = idOf(SeedUser.ADMIN);
    int agent = idOf(SeedUser.AGENT);
    // Sent as notes, queue: CallUpdate declares queue first, so the summary shows the body's order is kept.
    api().patch(path, token(SeedUser.AGENT), api().object().put("notes", "Asked for a refund").put("queue", "billing")
        .put("colour", "red")).expect(200);
    api().post(path + "/transfer", token(SeedUser.ADMIN), api().object().put("agent_id", agent)
        .put("reason", "Needs billing")).expect(200);
    api().post(path + "/close", token(SeedUser.AGENT), api().object().put("outcome", "resolved")).expect(200);
    JsonNode agentUser = api().get(API + "/users/" + agent, token(SeedUser.ADMIN)).expect(200).json();
    String agentName = agentUser.path("full_name").asText(agentUser.path("username").asText());

    JsonNode history = history(call, SeedUser.VIEWER);
    assertThat(history).as("history of %s", call).hasSize(4);
    assertEvent(history.path(0), "closed", agent, "Closed: resolved");
    assertEvent(history.path(1), "transferred", admin, "Transferred to " + agentName + " (reason: Needs billing)");
    assertEvent(history.path(2), "updated", agent, "Changed notes, queue");
    assertEvent(history.path(3), "created", admin, "Created");
    List<Instant> times = new ArrayList<>();
    history.forEach(event -> times.add(instant(event.path("at"))));
    assertThat(times).as("times of %s, newest first", history).isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  default void aTransferWithoutAReasonSaysOnlyToWhom() {
    JsonNode call = createCall(newCall());
    int viewer = idOf(SeedUser.VIEWER);
    api().post(API + "/calls/" + call.path("id").asText() + "/transfer", token(SeedUser.ADMIN),
        api().object().put("agent_id", viewer)).expect(200);
    JsonNode viewerUser = api().get(API + "/users/" + viewer, token(SeedUser.ADMIN)).expect(200).json();
    assertEvent(history(call, SeedUser.ADMIN).path(0), "transferred", idOf(SeedUser.ADMIN),
        "Transferred to " + viewerUser.path("full_name").asText(viewerUser.path("username").asText()));
  }

  @Test
  default void aPatchThatSetsNoFieldAddsNoEvent() {
    JsonNode call = createCall(newCall());
    api().patch(API + "/calls/" + call.path("id").asText(), token(SeedUser.ADMIN), api().object().put("colour",
        "red")).expect(200);
    assertThat(history(call, SeedUser.ADMIN)).as("history of %s", call).hasSize(1);
  }

  @Test
  default void closingStaleCallsAddsAClosedEventByTheCaller() {
    JsonNode stale = createCall(newCall().put("started_at", Scenario.utc(Instant.now().minus(Duration.ofHours(5)))));
    api().post(API + "/calls/close-stale", token(SeedUser.AGENT), api().object().put("older_than_minutes", 240))
        .expect(200);
    JsonNode history = history(stale, SeedUser.ADMIN);
    assertThat(history).as("history of %s", stale).hasSize(2);
    assertEvent(history.path(0), "closed", idOf(SeedUser.AGENT), "Closed: no_answer");
  }

  @Test
  default void aSeededCallsHistoryIsACreatedEventByNobodyAtItsCreation() {
    // No claim makes voicemails: the oldest one is seeded (a claim's call may have started earlier).
    JsonNode oldest = callsPage(query("status", "voicemail", "order_by", "started_at", "size", 1)).path("items")
        .path(0);
    JsonNode history = history(oldest, SeedUser.VIEWER);
    assertThat(history).as("history of %s", oldest).hasSize(1);
    assertThat(history.path(0).path("actor_id").isNull()).as("actor of %s", history).isTrue();
    assertThat(history.path(0).path("event").asText()).isEqualTo("created");
    assertThat(history.path(0).path("summary").asText()).isEqualTo("Created");
    assertThat(instant(history.path(0).path("at"))).isEqualTo(instant(oldest.path("created_at")));
  }

  @Test
  default void theHistoryOfAnUnknownOrDeletedCallIs404() {
    String admin = token(SeedUser.ADMIN);
    api().get(API + "/calls/ffffffffffffffffffffffff/history", admin).expectDetail(404, "Call not found");
    JsonNode call = createCall(newCall());
    String path = API + "/calls/" + call.path("id").asText();
    api().patch(path, admin, api().object().put("queue", "vip")).expect(200);
    api().delete(path, admin).expect(204);
    api().get(path + "/history", admin).expectDetail(404, "Call not found");
    api().get(path + "/history", null).expectDetail(401, "Not authenticated");
  }

  private JsonNode history(JsonNode call, SeedUser reader) {
    JsonNode history = api().get(API + "/calls/" + call.path("id").asText() + "/history", token(reader))
        .expect(200).json();
    assertThat(history.isArray()).as("history is a bare array: %s", history).isTrue();
    return history;
  }

  private static void assertEvent(JsonNode event, String kind, int actorId, String summary) {
    assertThat(event.path("event").asText()).as("event of %s", event).isEqualTo(kind);
    assertThat(event.path("actor_id").isIntegralNumber() && event.path("actor_id").asInt() == actorId)
        .as("actor_id %d in %s", actorId, event).isTrue();
    assertThat(event.path("summary").asText()).as("summary of %s", event).isEqualTo(summary);
  }
}
