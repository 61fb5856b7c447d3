package dev.switchboard.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.Session;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class StatusBarViewModelTest {

  private final ActivityTracker tracker = new ActivityTracker(Runnable::run);

  @Test
  void showsTheUserAndTheGrantedScopes() {
    var status = new StatusBarViewModel("http://backend.test",
        new Session("oauth", Optional.of("ana"), Set.of("calls:read"), true), tracker);

    assertThat(status.address()).isEqualTo("http://backend.test");
    assertThat(status.userProperty().get()).isEqualTo("ana");
    assertThat(status.scopesProperty().get()).isEqualTo("calls:read");
    assertThat(status.scopesDetailProperty().get()).isEqualTo("May read calls.");
  }

  @Test
  void saysSoWhenTheServerDidNotTellThePermissions() {
    var status = new StatusBarViewModel("x", new Session("key", Optional.empty(), Set.of(), false), tracker);

    assertThat(status.userProperty().get()).isEqualTo("Logged in");
    assertThat(status.scopesProperty().get()).isEqualTo("all permissions unknown");
  }

  @Test
  void followsANewSession() {
    var status = new StatusBarViewModel("x", Session.ANONYMOUS, tracker);
    assertThat(status.userProperty().get()).isEqualTo("Not logged in");

    status.sessionProperty().set(new Session("oauth", Optional.of("bob"), Set.of(), true));
    assertThat(status.userProperty().get()).isEqualTo("bob");
    assertThat(status.scopesProperty().get()).isEqualTo("no scopes granted");
  }

  @Test
  void isBusyWhileRequestsAreInFlight() {
    var status = new StatusBarViewModel("x", Session.ANONYMOUS, tracker);
    CompletableFuture<String> one = tracker.track(new CompletableFuture<>());
    CompletableFuture<String> two = tracker.track(new CompletableFuture<>());

    assertThat(status.busyProperty().get()).isTrue();
    assertThat(status.activityProperty().get()).isEqualTo("2 requests");
    one.complete("a");
    assertThat(status.activityProperty().get()).isEqualTo("1 request");
    two.completeExceptionally(new RuntimeException("x"));
    assertThat(status.busyProperty().get()).isFalse();
    assertThat(status.activityProperty().get()).isEqualTo("Idle");
  }
}
