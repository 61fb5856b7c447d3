package dev.switchboard.viewmodel;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.Authentication;
import dev.switchboard.data.Credentials;
import dev.switchboard.data.Session;
import dev.switchboard.model.AdminApi;
import dev.switchboard.model.SecurityDef;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The login dialog's state, generated from the document's security schemes: user name and password (and a
 * choice of scopes) for OAuth2 password, a token for bearer, a key for API keys, user name and password for
 * basic. A refused login shows the server's reason and keeps the user name; only the password is cleared.
 *
 * <p>Remembering: when the shell says where secrets may be kept ({@link #offerRemembering}), the form offers to
 * keep the password, token or key in that store, and a saved profile's secret is read (off the UI thread) and
 * filled in. What is written or forgotten is decided only after a successful login ({@link #settleSecret}), so a
 * wrong password is never kept, and a refused login forgets nothing by itself: the person decides.
 */
public final class LoginViewModel {

  /** What the dialog asks for under one scheme. */
  public enum Fields { USER_AND_PASSWORD, TOKEN, API_KEY, NONE }

  /** One scope to ask for, with the document's description of it. */
  public record ScopeChoice(String scope, String description, BooleanProperty selected) {}

  private final Authentication auth;
  private final Executor ui;
  private final ObservableList<SecurityDef> schemes;
  private final ObjectProperty<SecurityDef> scheme = new SimpleObjectProperty<>();
  private final StringProperty username = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final StringProperty token = new SimpleStringProperty("");
  private final ObservableList<ScopeChoice> scopes = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final BooleanProperty remember = new SimpleBooleanProperty(false);
  private final ReadOnlyBooleanWrapper rememberOffered = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper secretSource = new ReadOnlyStringWrapper("");
  private SecretStore secrets = SecretStore.NONE;
  private boolean submitted;
  // A saved profile's secret asked for but not yet seen by the person (the login began first, e.g. from
  // --password-env): an unticked box then says nothing about it, so it is not forgotten.
  private boolean storedUnseen;
  // What the last successful login sent, held only until settleSecret decides where it goes.
  private Optional<String> acceptedSecret = Optional.empty();
  private CompletableFuture<Session> pending;

  public LoginViewModel(AdminApi api, Authentication auth, Executor ui) {
    this.auth = auth;
    this.ui = ui;
    this.schemes = FXCollections.observableArrayList(api.security().stream()
        .filter(s -> s.type() != SecurityDef.Type.UNSUPPORTED).toList());
    scheme.addListener((obs, old, now) -> scopes.setAll(now == null ? List.of() : now.scopes().entrySet().stream()
        .map(e -> new ScopeChoice(e.getKey(), e.getValue(), new SimpleBooleanProperty(false))).toList()));
    if (!schemes.isEmpty()) {
      scheme.set(schemes.get(0));
    }
    // A filled-in secret that is changed or cleared (a refused login clears the password) is no longer the
    // keyring's; the note goes, the person's choice to remember stays.
    password.addListener((obs, old, now) -> secretSource.set(""));
    token.addListener((obs, old, now) -> secretSource.set(""));
  }

  public ObservableList<SecurityDef> schemes() {
    return schemes;
  }

  public ObjectProperty<SecurityDef> schemeProperty() {
    return scheme;
  }

  public Fields fields() {
    SecurityDef current = scheme.get();
    if (current == null) {
      return Fields.NONE;
    }
    return switch (current.type()) {
      case OAUTH2_PASSWORD, HTTP_BASIC -> Fields.USER_AND_PASSWORD;
      case HTTP_BEARER -> Fields.TOKEN;
      case API_KEY -> Fields.API_KEY;
      case UNSUPPORTED -> Fields.NONE;
    };
  }

  public StringProperty usernameProperty() {
    return username;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  /** The bearer token or API key, whichever the scheme takes. */
  public StringProperty tokenProperty() {
    return token;
  }

  /** The scopes the scheme offers; none ticked means "whatever my account has". */
  public ObservableList<ScopeChoice> scopes() {
    return scopes;
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** Whether the secret is to be kept in the store after a successful login; ticked when it came from there. */
  public BooleanProperty rememberProperty() {
    return remember;
  }

  /** Whether remembering is offered at all: a store is available and the login is for a (future) profile. */
  public ReadOnlyBooleanProperty rememberOfferedProperty() {
    return rememberOffered.getReadOnlyProperty();
  }

  /** "Password from the system keyring" while the filled-in secret is the stored one, else empty. */
  public ReadOnlyStringProperty secretSourceProperty() {
    return secretSource.getReadOnlyProperty();
  }

  /**
   * Offers to keep this login's secret in {@code store}; for a saved profile, also reads its secret and fills it
   * in (ticking "remember"), unless the person has typed one or a login has started meanwhile. An unavailable
   * store offers nothing: the secret is asked for each time.
   */
  public void offerRemembering(SecretStore store, Optional<String> savedProfileId) {
    if (!store.available()) {
      return;
    }
    secrets = store;
    rememberOffered.set(true);
    storedUnseen = savedProfileId.isPresent();
    savedProfileId.ifPresent(id -> store.read(id).whenCompleteAsync((secret, failure) -> {
      if (!submitted) {
        storedUnseen = false;
        if (failure == null) {
          secret.filter(s -> !s.isEmpty()).ifPresent(this::fillStoredSecret);
        }
      }
    }, ui));
  }

  private void fillStoredSecret(String secret) {
    remember.set(true);
    boolean userAndPassword = fields() == Fields.USER_AND_PASSWORD;
    StringProperty field = userAndPassword ? password : token;
    if (!field.get().isEmpty()) {
      return; // typed while the keyring answered: what the person typed wins
    }
    field.set(secret);
    secretSource.set((userAndPassword ? "Password" : fields() == Fields.TOKEN ? "Token" : "API key")
        + " from the system keyring");
  }

  /**
   * After a successful login, keeps its secret under {@code profileId} when "remember" is ticked, or forgets any
   * secret kept there when it is not. Does nothing when remembering was not offered or no login has succeeded,
   * and forgets nothing the person never saw (the stored secret arrived only after the login began).
   */
  public CompletableFuture<Void> settleSecret(String profileId) {
    Optional<String> secret = acceptedSecret;
    acceptedSecret = Optional.empty();
    if (!rememberOffered.get() || secret.isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    if (remember.get()) {
      return secrets.write(profileId, secret.get());
    }
    return storedUnseen ? CompletableFuture.completedFuture(null) : secrets.forget(profileId);
  }

  /** Whether everything the scheme needs is filled in and no login is under way. */
  public BooleanBinding canSubmitProperty() {
    return Bindings.createBooleanBinding(() -> !busy.get() && switch (fields()) {
      case USER_AND_PASSWORD -> !username.get().isBlank() && !password.get().isEmpty();
      case TOKEN, API_KEY -> !token.get().isBlank();
      case NONE -> false;
    }, busy, username, password, token, scheme);
  }

  /** Logs in; on failure the error shows, the user name stays and the password empties. */
  public CompletableFuture<Session> submit() {
    SecurityDef current = scheme.get();
    Credentials credentials = switch (fields()) {
      case USER_AND_PASSWORD -> current.type() == SecurityDef.Type.HTTP_BASIC
          ? new Credentials.Basic(username.get().trim(), password.get())
          : new Credentials.Password(username.get().trim(), password.get(),
              scopes.stream().filter(s -> s.selected().get()).map(ScopeChoice::scope).toList());
      case TOKEN -> new Credentials.BearerToken(token.get().trim());
      case API_KEY -> new Credentials.ApiKey(token.get().trim());
      case NONE -> new Credentials.None();
    };
    busy.set(true);
    error.set("");
    submitted = true;
    acceptedSecret = Optional.empty();
    pending = auth.logIn(current.name(), credentials);
    CompletableFuture<Session> result = new CompletableFuture<>();
    pending.whenCompleteAsync((session, failure) -> {
      busy.set(false);
      if (failure != null) {
        error.set(ApiProblem.in(failure).map(Throwable::getMessage).orElse("Login failed: " + failure.getMessage()));
        password.set("");
        result.completeExceptionally(failure);
      } else {
        acceptedSecret = secretOf(credentials);
        result.complete(session);
      }
    }, ui);
    return result;
  }

  private static Optional<String> secretOf(Credentials credentials) {
    if (credentials instanceof Credentials.Password p) {
      return Optional.of(p.password());
    } else if (credentials instanceof Credentials.Basic b) {
      return Optional.of(b.password());
    } else if (credentials instanceof Credentials.BearerToken t) {
      return Optional.of(t.token());
    } else if (credentials instanceof Credentials.ApiKey k) {
      return Optional.of(k.key());
    }
    return Optional.empty();
  }

  /** Stops a login under way (the dialog was closed). */
  public void cancel() {
    Optional.ofNullable(pending).ifPresent(p -> p.cancel(true));
    busy.set(false);
  }
}
