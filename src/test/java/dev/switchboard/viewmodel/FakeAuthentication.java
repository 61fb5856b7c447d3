package dev.switchboard.viewmodel;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.Authentication;
import dev.switchboard.data.Credentials;
import dev.switchboard.data.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * An {@link Authentication} that knows one user, {@code ana} with password {@code right}, granted
 * {@code calls:read calls:write}; anyone else gets the server's "Incorrect username or password". With
 * {@link #holdAnswers} set, logins wait until the test completes {@link #pending}.
 */
public final class FakeAuthentication implements Authentication {

  public static final String REFUSAL = "Incorrect username or password";

  public final List<String> schemesUsed = new ArrayList<>();
  public final List<Credentials> credentialsUsed = new ArrayList<>();
  public boolean holdAnswers;
  public CompletableFuture<Session> pending;
  public int logOuts;
  private Session session = Session.ANONYMOUS;

  @Override
  public CompletableFuture<Session> logIn(String scheme, Credentials credentials) {
    schemesUsed.add(scheme);
    credentialsUsed.add(credentials);
    pending = new CompletableFuture<>();
    if (!holdAnswers) {
      answer(scheme, credentials);
    }
    return pending;
  }

  private void answer(String scheme, Credentials credentials) {
    boolean right;
    if (credentials instanceof Credentials.Password p) {
      right = p.username().equals("ana") && p.password().equals("right");
    } else if (credentials instanceof Credentials.Basic b) {
      right = b.username().equals("ana") && b.password().equals("right");
    } else if (credentials instanceof Credentials.BearerToken t) {
      right = t.token().equals("right");
    } else if (credentials instanceof Credentials.ApiKey k) {
      right = k.key().equals("right");
    } else {
      right = false;
    }
    if (right) {
      Optional<String> user = credentials instanceof Credentials.Password p ? Optional.of(p.username())
          : Optional.empty();
      session = new Session(scheme, user, Set.of("calls:read", "calls:write"), user.isPresent());
      pending.complete(session);
    } else {
      pending.completeExceptionally(ApiProblem.of(ApiProblem.Kind.UNAUTHORIZED, REFUSAL));
    }
  }

  /** Answers a held login as if it had not been held. */
  public void release() {
    answer(schemesUsed.get(schemesUsed.size() - 1), credentialsUsed.get(credentialsUsed.size() - 1));
  }

  @Override
  public void logOut() {
    logOuts++;
    session = Session.ANONYMOUS;
  }

  @Override
  public Session session() {
    return session;
  }

  @Override
  public void onSessionExpired(Consumer<Session> listener) {}
}
