package dev.switchboard.demo;

import java.util.Set;

/** The user a bearer token belongs to, with the scopes granted to that token. */
record Caller(User user, Set<String> scopes) {

  Caller {
    scopes = Set.copyOf(scopes);
  }
}
