package dev.switchboard.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** A phone call, as the {@code Call} schema shows it. Nullable components are the schema's nullable fields. */
record Call(String id, String direction, String callerNumber, Integer agentId, String queue, String status,
    Instant startedAt, Instant endedAt, Long durationS, String notes, List<String> tags, String recordingUrl,
    Integer satisfaction, Instant createdAt, Instant updatedAt) {

  Call {
    tags = List.copyOf(tags);
  }

  /** The {@code Call} schema's JSON, with {@code agent_name} looked up in {@code names} (it is not stored). */
  ObjectNode toJson(UserNames names) {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("direction", direction);
    node.put("caller_number", callerNumber);
    node.put("agent_id", agentId);
    node.put("agent_name", names.of(agentId));
    node.put("queue", queue);
    node.put("status", status);
    Json.putTime(node, "started_at", startedAt);
    Json.putTime(node, "ended_at", endedAt);
    node.put("duration_s", durationS);
    node.put("notes", notes);
    node.set("tags", Json.strings(tags));
    node.put("recording_url", recordingUrl);
    node.put("satisfaction", satisfaction);
    Json.putTime(node, "created_at", createdAt);
    Json.putTime(node, "updated_at", updatedAt);
    return node;
  }
}
