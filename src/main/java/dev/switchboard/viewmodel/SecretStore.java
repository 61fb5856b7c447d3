package dev.switchboard.viewmodel;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A secret store is where a connection profile's password, token or API key is kept between runs, keyed by the
 * profile's id: the OS keyring in the app, never a file. Every call runs off the UI thread (a keyring may block
 * on D-Bus or on an unlock prompt) and answers through its future.
 *
 * <p>Its futures do not fail: a store that cannot read says "nothing stored", one that cannot write or forget
 * says so in its log and by answering {@code false} from {@link #available()} afterwards. People are then simply
 * asked for their secret each time.
 */
public interface SecretStore {

  /** A store that keeps nothing: remembering is not offered, and every login asks. */
  SecretStore NONE = new SecretStore() {
    @Override
    public boolean available() {
      return false;
    }

    @Override
    public CompletableFuture<Optional<String>> read(String profileId) {
      return CompletableFuture.completedFuture(Optional.empty());
    }

    @Override
    public CompletableFuture<Void> write(String profileId, String secret) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> forget(String profileId) {
      return CompletableFuture.completedFuture(null);
    }
  };

  /** Whether secrets can be kept here now; answers at once, without touching the keyring. */
  boolean available();

  /** The secret kept for this profile, or empty when there is none (or it cannot be read). */
  CompletableFuture<Optional<String>> read(String profileId);

  /** Keeps {@code secret} for this profile, replacing what was there. */
  CompletableFuture<Void> write(String profileId, String secret);

  /** Removes the secret kept for this profile; a profile without one is fine. */
  CompletableFuture<Void> forget(String profileId);
}
