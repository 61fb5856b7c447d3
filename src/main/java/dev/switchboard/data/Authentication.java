package dev.switchboard.data;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Logging in and staying logged in. A 401 on a logged-in session fires {@code onSessionExpired} once (not
 * once per failed request); the UI asks the person to log in again and retries what failed.
 */
public interface Authentication {

  /** Logs in with the given scheme of the model's security schemes; fails with an {@link ApiProblem}. */
  CompletableFuture<Session> logIn(String scheme, Credentials credentials);

  /** Forgets the credentials. */
  void logOut();

  /** The current session, {@link Session#ANONYMOUS} before logging in. */
  Session session();

  /** Registers a listener for the session-expired event; called at most once per session. */
  void onSessionExpired(Consumer<Session> listener);
}
