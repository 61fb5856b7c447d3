package dev.switchboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensTest {

  /** A clock the test moves by hand. */
  private static final class ManualClock extends Clock {
    private Instant now = Instant.parse("2024-05-01T09:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aTokenGrantsItsScopesUntilItsLifetimeIsOver() {
    ManualClock clock = new ManualClock();
    Tokens tokens = new Tokens(clock, Duration.ofMinutes(30), new SecureRandom());
    String token = tokens.issue(7, Set.of("calls:read"));

    clock.now = clock.now.plus(Duration.ofMinutes(29));
    assertThat(tokens.find(token)).hasValueSatisfying(grant -> {
      assertThat(grant.userId()).isEqualTo(7);
      assertThat(grant.scopes()).containsExactly("calls:read");
    });

    clock.now = clock.now.plus(Duration.ofMinutes(1));
    assertThat(tokens.find(token)).isEmpty();
  }

  @Test
  void tokensAreOpaqueAndDistinct() {
    Tokens tokens = new Tokens(Clock.systemUTC(), Duration.ofMinutes(1), new SecureRandom());

    String first = tokens.issue(1, Set.of());
    String second = tokens.issue(1, Set.of());

    assertThat(first).isNotEqualTo(second).matches("[A-Za-z0-9_-]{43}");
  }
}
