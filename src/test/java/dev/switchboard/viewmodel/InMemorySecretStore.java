package dev.switchboard.viewmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link SecretStore} in a map, answering at once, recording every call; with {@link #available} false it is the
 * "no keyring" machine; with {@link #holdReads} set, reads wait until the test completes {@link #pendingRead}.
 */
public final class InMemorySecretStore implements SecretStore {

  public final Map<String, String> secrets = new LinkedHashMap<>();
  public final List<String> calls = new ArrayList<>();
  public boolean available = true;
  public boolean holdReads;
  public CompletableFuture<Optional<String>> pendingRead;

  @Override
  public boolean available() {
    return available;
  }

  @Override
  public CompletableFuture<Optional<String>> read(String profileId) {
    calls.add("read " + profileId);
    Optional<String> stored = Optional.ofNullable(secrets.get(profileId));
    pendingRead = holdReads ? new CompletableFuture<>() : CompletableFuture.completedFuture(stored);
    return pendingRead;
  }

  @Override
  public CompletableFuture<Void> write(String profileId, String secret) {
    calls.add("write " + profileId);
    secrets.put(profileId, secret);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> forget(String profileId) {
    calls.add("forget " + profileId);
    secrets.remove(profileId);
    return CompletableFuture.completedFuture(null);
  }
}
