package dev.switchboard.demo;

import java.util.Collection;
import java.util.List;

/** The four OAuth2 scopes of the API, in the document's order (stored and returned in that order). */
final class Scopes {

  static final String CALLS_READ = "calls:read";
  static final String CALLS_WRITE = "calls:write";
  static final String USERS_READ = "users:read";
  static final String USERS_ADMIN = "users:admin";
  static final List<String> ALL = List.of(CALLS_READ, CALLS_WRITE, USERS_READ, USERS_ADMIN);

  private Scopes() {}

  /** The given scopes in canonical order, duplicates dropped; unknown ones are dropped too. */
  static List<String> ordered(Collection<String> scopes) {
    return ALL.stream().filter(scopes::contains).toList();
  }

  static String join(Collection<String> scopes) {
    return String.join(" ", ordered(scopes));
  }

  /** The words of a space-separated list, known scopes or not. */
  static List<String> splitAny(String joined) {
    return joined.isBlank() ? List.of() : List.of(joined.trim().split("\\s+"));
  }

  static List<String> split(String joined) {
    return joined == null || joined.isBlank() ? List.of() : ordered(List.of(joined.trim().split("\\s+")));
  }
}
