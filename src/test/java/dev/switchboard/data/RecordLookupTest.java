package dev.switchboard.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.model.ResourceDef;
import dev.switchboard.testing.UnsupportedRecordClient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class RecordLookupTest {

  private static final ResourceDef USERS = new ResourceDef("users", "Users", "users", Optional.of("/users/"),
      Optional.of("/users/{user_id}"), Optional.of("user_id"), Optional.of("id"), List.of(), Map.of(), List.of(),
      Optional.empty(), List.of(), List.of(), List.of());

  /** Answers getMany from a fixed set of users and remembers what it was asked. */
  private static final class CountingClient extends UnsupportedRecordClient {
    final List<List<String>> asked = new ArrayList<>();
    CompletableFuture<List<Record>> next;

    @Override
    public CompletableFuture<List<Record>> getMany(ResourceDef resource, Collection<String> ids) {
      asked.add(List.copyOf(ids));
      if (next != null) {
        return next;
      }
      return CompletableFuture.completedFuture(ids.stream().filter(id -> !id.equals("404"))
          .map(id -> Record.of(Map.of("id", Long.parseLong(id), "username", "user" + id))).toList());
    }
  }

  @Test
  void eachIdIsFetchedOnceAndTogetherWithTheOthersAskedAtTheSameTime() {
    CountingClient client = new CountingClient();
    RecordLookup lookup = new RecordLookup(client);
    Map<String, Record> first = lookup.find(USERS, List.of("1", "2", "2", "3")).join();
    Map<String, Record> second = lookup.find(USERS, List.of("3", "4")).join();
    assertThat(first).containsOnlyKeys("1", "2", "3");
    assertThat(second).containsOnlyKeys("3", "4");
    assertThat(client.asked).containsExactly(List.of("1", "2", "3"), List.of("4"));
  }

  @Test
  void missingIdsAreRememberedAsMissing() {
    CountingClient client = new CountingClient();
    RecordLookup lookup = new RecordLookup(client);
    assertThat(lookup.find(USERS, List.of("404", "5")).join()).containsOnlyKeys("5");
    assertThat(lookup.find(USERS, List.of("404")).join()).isEmpty();
    assertThat(client.asked).hasSize(1);
  }

  @Test
  void aRequestInFlightIsSharedNotRepeated() {
    CountingClient client = new CountingClient();
    client.next = new CompletableFuture<>();
    RecordLookup lookup = new RecordLookup(client);
    CompletableFuture<Map<String, Record>> a = lookup.find(USERS, List.of("7"));
    CompletableFuture<Map<String, Record>> b = lookup.find(USERS, List.of("7"));
    assertThat(lookup.cached(USERS, "7")).isEmpty();
    client.next.complete(List.of(Record.of(Map.of("id", 7L))));
    assertThat(a.join()).containsOnlyKeys("7");
    assertThat(b.join()).containsOnlyKeys("7");
    assertThat(client.asked).hasSize(1);
    assertThat(lookup.cached(USERS, "7")).isPresent();
  }

  @Test
  void aFailedLookupIsTriedAgainNextTime() {
    CountingClient client = new CountingClient();
    client.next = CompletableFuture.failedFuture(ApiProblem.of(ApiProblem.Kind.TIMEOUT, "slow"));
    RecordLookup lookup = new RecordLookup(client);
    assertThat(lookup.find(USERS, List.of("1"))).isCompletedExceptionally();
    client.next = null;
    assertThat(lookup.find(USERS, List.of("1")).join()).containsOnlyKeys("1");
    assertThat(client.asked).hasSize(2);
  }

  @Test
  void aForgottenRecordIsFetchedAgain() {
    CountingClient client = new CountingClient();
    RecordLookup lookup = new RecordLookup(client);
    lookup.find(USERS, List.of("1")).join();
    lookup.forget(USERS, "1");
    lookup.find(USERS, List.of("1")).join();
    assertThat(client.asked).containsExactly(List.of("1"), List.of("1"));
  }
}
