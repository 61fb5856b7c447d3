package dev.switchboard.app;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import dev.switchboard.viewmodel.SecretStore;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Profile secrets in the OS keyring through java-keyring (Secret Service on Linux, Keychain on macOS, Credential
 * Manager on Windows): service "Switchboard", account = the profile's id.
 *
 * <p>The keyring is opened on the executor when the store is made, and every call runs there too: Secret Service
 * talks D-Bus, and a locked keyring may wait for its unlock prompt. Until the keyring is open, and for good after
 * it cannot be opened or a call to it fails (no Secret Service on a headless Linux, a backend that went away),
 * {@link #available()} answers {@code false}; that is logged once, at INFO, and people are asked each time.
 * Secrets themselves are never logged.
 */
final class KeyringSecretStore implements SecretStore, AutoCloseable {

  static final String SERVICE = "Switchboard";

  private static final Logger LOG = LoggerFactory.getLogger(KeyringSecretStore.class);

  private final Executor executor;
  private final CompletableFuture<Optional<Keyring>> keyring;
  private final AtomicBoolean reported = new AtomicBoolean();
  private volatile boolean available;

  KeyringSecretStore(Executor executor) {
    this.executor = executor;
    this.keyring = CompletableFuture.supplyAsync(this::open, executor);
  }

  private Optional<Keyring> open() {
    try {
      Keyring opened = Keyring.create();
      available = true;
      return Optional.of(opened);
    } catch (Exception | LinkageError e) {
      unavailable(e);
      return Optional.empty();
    }
  }

  /** Answers whether the keyring opened, once it has tried (for start-up checks and tests). */
  CompletableFuture<Boolean> opened() {
    return keyring.thenApply(k -> k.isPresent() && available);
  }

  @Override
  public boolean available() {
    return available;
  }

  @Override
  public CompletableFuture<Optional<String>> read(String profileId) {
    return call(profileId, Optional.empty(), k -> {
      try {
        return Optional.ofNullable(k.getPassword(SERVICE, profileId));
      } catch (PasswordAccessException e) {
        // java-keyring says "no such entry" this way; a broken keyring fails differently (and is caught below)
        LOG.debug("No keyring secret for profile {}: {}", profileId, e.getMessage());
        return Optional.empty();
      }
    });
  }

  @Override
  public CompletableFuture<Void> write(String profileId, String secret) {
    return call(profileId, null, k -> {
      k.setPassword(SERVICE, profileId, secret);
      return null;
    });
  }

  @Override
  public CompletableFuture<Void> forget(String profileId) {
    return call(profileId, null, k -> {
      try {
        k.deletePassword(SERVICE, profileId);
      } catch (PasswordAccessException e) {
        LOG.debug("No keyring secret to forget for profile {}: {}", profileId, e.getMessage());
      }
      return null;
    });
  }

  private interface KeyringCall<T> {
    T on(Keyring keyring) throws Exception;
  }

  /** Runs {@code call} on the executor once the keyring is open; any failure leaves {@code otherwise}. */
  private <T> CompletableFuture<T> call(String profileId, T otherwise, KeyringCall<T> call) {
    return keyring.thenApplyAsync(k -> {
      if (k.isEmpty() || !available) {
        return otherwise;
      }
      try {
        synchronized (this) { // one conversation with the keyring at a time
          return call.on(k.get());
        }
      } catch (Exception | LinkageError e) {
        unavailable(e);
        return otherwise;
      }
    }, executor);
  }

  private void unavailable(Throwable cause) {
    available = false;
    if (reported.compareAndSet(false, true)) {
      LOG.info("The system keyring cannot be used ({}); passwords will be asked for each time.",
          cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }
  }

  @Override
  public void close() {
    keyring.thenAccept(k -> k.ifPresent(opened -> {
      try {
        opened.close();
      } catch (Exception e) {
        LOG.debug("Closing the keyring: {}", e.getMessage());
      }
    }));
  }
}
