package dev.switchboard.viewmodel;

import dev.switchboard.model.SecurityDef;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A connection profile is a backend the person has used or saved: a name, the address they typed, how they log
 * in and as whom. Secrets are never part of it: the app keeps them in the OS keyring, keyed by {@link #id}.
 *
 * @param id a stable identifier that survives renaming
 * @param name what the person calls it ("Production")
 * @param url the address as typed (a base URL, the document's URL, or a {@code /docs} page)
 * @param authMethod the kind of security scheme to log in with; empty means "ask"
 * @param username the user name to pre-fill, if any
 * @param lastUsed when it was last opened, for the most-recent-first list
 */
public record ConnectionProfile(String id, String name, String url, Optional<SecurityDef.Type> authMethod,
    Optional<String> username, Instant lastUsed) {

  public ConnectionProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(authMethod, "authMethod");
    username = username.filter(u -> !u.isBlank());
    Objects.requireNonNull(lastUsed, "lastUsed");
  }

  public ConnectionProfile withLastUsed(Instant when) {
    return new ConnectionProfile(id, name, url, authMethod, username, when);
  }
}
