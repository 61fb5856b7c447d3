package dev.switchboard.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * One entry of a call's history, as the {@code CallEvent} schema shows it: when, what kind ({@code created},
 * {@code updated}, {@code transferred} or {@code closed}), who did it (a user id; null for seeded calls) and a
 * plain sentence saying what happened. The factories write the sentences, the same ones the FastAPI app writes.
 */
record CallEvent(Instant at, String event, Integer actorId, String summary) {

  static CallEvent created(Instant at, Integer actorId) {
    return new CallEvent(at, "created", actorId, "Created");
  }

  /** "Changed status, notes": the fields a PATCH sent, by field name, in the order the body had them. */
  static CallEvent updated(Instant at, int actorId, List<String> fields) {
    return new CallEvent(at, "updated", actorId, "Changed " + String.join(", ", fields));
  }

  /** "Transferred to Sam Lee (reason: ...)", the reason only when one was given. */
  static CallEvent transferred(Instant at, int actorId, String agentName, String reason) {
    return new CallEvent(at, "transferred", actorId,
        "Transferred to " + agentName + (reason == null ? "" : " (reason: " + reason + ")"));
  }

  /** "Closed: resolved", with the outcome as the API spells it. */
  static CallEvent closed(Instant at, int actorId, String outcome) {
    return new CallEvent(at, "closed", actorId, "Closed: " + outcome);
  }

  ObjectNode toJson() {
    ObjectNode node = Json.object();
    Json.putTime(node, "at", at);
    node.put("event", event);
    node.put("actor_id", actorId);
    node.put("summary", summary);
    return node;
  }
}
