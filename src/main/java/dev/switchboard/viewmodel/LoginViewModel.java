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
    pending = auth.logIn(current.name(), credentials);
    CompletableFuture<Session> result = new CompletableFuture<>();
    pending.whenCompleteAsync((session, failure) -> {
      busy.set(false);
      if (failure != null) {
        error.set(ApiProblem.in(failure).map(Throwable::getMessage).orElse("Login failed: " + failure.getMessage()));
        password.set("");
        result.completeExceptionally(failure);
      } else {
        result.complete(session);
      }
    }, ui);
    return result;
  }

  /** Stops a login under way (the dialog was closed). */
  public void cancel() {
    Optional.ofNullable(pending).ifPresent(p -> p.cancel(true));
    busy.set(false);
  }
}
