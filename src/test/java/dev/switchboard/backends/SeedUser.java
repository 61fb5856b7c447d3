package dev.switchboard.backends;

import java.util.Set;

/** The three seed users every backend ships, with the scopes the contract gives them. */
enum SeedUser {
  ADMIN("admin", "switchboard-admin", Set.of("calls:read", "calls:write", "users:read", "users:admin")),
  AGENT("agent", "switchboard-agent", Set.of("calls:read", "calls:write", "users:read")),
  VIEWER("viewer", "switchboard-viewer", Set.of("calls:read"));

  final String username;
  final String password;
  final Set<String> scopes;

  SeedUser(String username, String password, Set<String> scopes) {
    this.username = username;
    this.password = password;
    this.scopes = scopes;
  }
}
