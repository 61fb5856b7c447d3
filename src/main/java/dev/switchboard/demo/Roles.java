package dev.switchboard.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The three roles and the scopes each implies: what {@code GET /api/v1/roles/} serves and what the seeder gives
 * the generated users, so the two cannot drift apart. The seed accounts keep their own explicit scopes.
 */
final class Roles {

  /** One role, as the {@code RoleRead} schema shows it. */
  record Role(String name, String description, List<String> scopes) {

    Role {
      scopes = Scopes.ordered(scopes);
    }

    ObjectNode toJson() {
      ObjectNode node = Json.object();
      node.put("name", name);
      node.put("description", description);
      node.set("scopes", Json.strings(scopes));
      return node;
    }
  }

  /** In the order of the {@code Role} enum. */
  static final List<Role> ALL = List.of(
      new Role("agent", "Answers and updates calls", List.of(Scopes.CALLS_READ, Scopes.CALLS_WRITE)),
      new Role("supervisor", "Runs a team; reads users and teams",
          List.of(Scopes.CALLS_READ, Scopes.CALLS_WRITE, Scopes.USERS_READ)),
      new Role("admin", "Manages users, teams and permissions", Scopes.ALL));

  private Roles() {}

  /** The scopes the role implies; an unknown role is a bug in the caller, not a request to refuse. */
  static List<String> scopesOf(String role) {
    return ALL.stream().filter(r -> r.name().equals(role)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No role named '" + role + "'; expected agent,"
            + " supervisor or admin"))
        .scopes();
  }
}
