package dev.switchboard.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opaque bearer tokens, held in memory only: a restart signs everyone out, as with any in-memory session
 * store. A token is 32 random bytes; it maps to the user and the scopes granted at login, until it expires.
 */
final class Tokens {

  /** What a token grants, and until when. */
  record Grant(int userId, Set<String> scopes, Instant expiresAt) {

    Grant {
      scopes = Set.copyOf(scopes);
    }
  }

  private static final int SWEEP_EVERY = 256;

  private final Clock clock;
  private final Duration lifetime;
  private final SecureRandom random;
  private final Map<String, Grant> grants = new ConcurrentHashMap<>();
  private int issuedSinceSweep;

  Tokens(Clock clock, Duration lifetime, SecureRandom random) {
    this.clock = clock;
    this.lifetime = lifetime;
    this.random = random;
  }

  Duration lifetime() {
    return lifetime;
  }

  String issue(int userId, Set<String> scopes) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    grants.put(token, new Grant(userId, scopes, clock.instant().plus(lifetime)));
    sweepSometimes();
    return token;
  }

  /** The grant of a live token; an expired one is forgotten on the way. */
  Optional<Grant> find(String token) {
    Grant grant = grants.get(token);
    if (grant == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(grant.expiresAt())) {
      grants.remove(token, grant);
      return Optional.empty();
    }
    return Optional.of(grant);
  }

  /** Drops expired tokens now and then, so a long-running demo does not keep every token it ever issued. */
  private synchronized void sweepSometimes() {
    if (++issuedSinceSweep < SWEEP_EVERY) {
      return;
    }
    issuedSinceSweep = 0;
    Instant now = clock.instant();
    grants.values().removeIf(grant -> !now.isBefore(grant.expiresAt()));
  }
}
