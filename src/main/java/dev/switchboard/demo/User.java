package dev.switchboard.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** A user as {@code UserRead} shows it: never with the password. */
record User(int id, String username, String fullName, String email, boolean active, String role,
    List<String> scopes, Instant createdAt) {

  User {
    scopes = List.copyOf(scopes);
  }

  ObjectNode toJson() {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("username", username);
    node.put("full_name", fullName);
    node.put("email", email);
    node.put("is_active", active);
    node.put("role", role);
    node.set("scopes", Json.strings(scopes));
    Json.putTime(node, "created_at", createdAt);
    return node;
  }
}
