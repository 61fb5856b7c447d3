package dev.switchboard.data;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is logged in and what they may do: the security scheme used, the user name when known, and the granted
 * scopes when the server said (in the token response or the token itself). {@code scopesKnown} is false when the
 * server gave no scopes at all: then the UI must not hide anything and learns from 403s instead.
 */
public record Session(String scheme, Optional<String> username, Set<String> grantedScopes, boolean scopesKnown) {

  public static final Session ANONYMOUS = new Session("", Optional.empty(), Set.of(), false);

  public Session {
    grantedScopes = Collections.unmodifiableSet(new LinkedHashSet<>(grantedScopes));
  }

  public boolean isAnonymous() {
    return scheme.isEmpty();
  }
}
