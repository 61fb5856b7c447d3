package dev.switchboard.viewmodel;

import java.time.Instant;
import java.util.Optional;

/**
 * Which activity entries to read: each present part must match exactly; {@code from} is inclusive and {@code
 * until} exclusive; at most {@code limit} entries, newest first.
 */
public record ActivityFilter(Optional<String> backend, Optional<String> user, Optional<String> resource,
    Optional<String> recordId, Optional<Instant> from, Optional<Instant> until, int limit) {

  /** Enough for a screen; the export asks for more. */
  public static final int SCREEN_LIMIT = 1000;

  public static final ActivityFilter ALL = new ActivityFilter(Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty(), SCREEN_LIMIT);

  public ActivityFilter {
    if (limit < 1) {
      throw new IllegalArgumentException("An activity filter's limit must be at least 1, not " + limit);
    }
  }

  public ActivityFilter withBackend(Optional<String> value) {
    return new ActivityFilter(value, user, resource, recordId, from, until, limit);
  }

  public ActivityFilter withUser(Optional<String> value) {
    return new ActivityFilter(backend, value, resource, recordId, from, until, limit);
  }

  public ActivityFilter withResource(Optional<String> value) {
    return new ActivityFilter(backend, user, value, recordId, from, until, limit);
  }

  public ActivityFilter withRecordId(Optional<String> value) {
    return new ActivityFilter(backend, user, resource, value, from, until, limit);
  }

  public ActivityFilter withPeriod(Optional<Instant> newFrom, Optional<Instant> newUntil) {
    return new ActivityFilter(backend, user, resource, recordId, newFrom, newUntil, limit);
  }

  public ActivityFilter withLimit(int newLimit) {
    return new ActivityFilter(backend, user, resource, recordId, from, until, newLimit);
  }

  /** Whether {@code entry} passes every part of the filter (the limit aside). */
  public boolean matches(ActivityEntry entry) {
    return backend.map(entry.backend()::equals).orElse(true)
        && user.map(entry.user()::equals).orElse(true)
        && resource.map(entry.resource()::equals).orElse(true)
        && recordId.map(entry.recordId()::equals).orElse(true)
        && from.map(f -> !entry.time().isBefore(f)).orElse(true)
        && until.map(u -> entry.time().isBefore(u)).orElse(true);
  }
}
