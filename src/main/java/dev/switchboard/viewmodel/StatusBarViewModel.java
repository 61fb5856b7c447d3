package dev.switchboard.viewmodel;

import dev.switchboard.data.Session;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The main window's status bar: which backend, who is logged in, what they may do, and whether requests are
 * under way. The session changes when the person logs in again.
 */
public final class StatusBarViewModel {

  private final String address;
  private final ObjectProperty<Session> session;
  private final StringBinding user;
  private final StringBinding scopes;
  private final StringBinding scopesDetail;
  private final BooleanBinding busy;
  private final StringBinding activity;

  public StatusBarViewModel(String address, Session initial, ActivityTracker tracker) {
    this.address = address;
    this.session = new SimpleObjectProperty<>(initial);
    this.user = Bindings.createStringBinding(() -> userOf(session.get()), session);
    this.scopes = Bindings.createStringBinding(() -> scopesOf(session.get()), session);
    this.scopesDetail = Bindings.createStringBinding(() -> detailOf(session.get()), session);
    this.busy = tracker.inFlightProperty().greaterThan(0);
    this.activity = Bindings.createStringBinding(() -> switch (tracker.inFlightProperty().get()) {
      case 0 -> "Idle";
      case 1 -> "1 request";
      default -> tracker.inFlightProperty().get() + " requests";
    }, tracker.inFlightProperty());
  }

  public String address() {
    return address;
  }

  public ObjectProperty<Session> sessionProperty() {
    return session;
  }

  /** The user name, "Not logged in", or "Logged in" when the server did not say who. */
  public StringBinding userProperty() {
    return user;
  }

  /** The granted scopes as written, or "all permissions unknown" when the server did not say. */
  public StringBinding scopesProperty() {
    return scopes;
  }

  /** The granted scopes in words, for the tooltip. */
  public StringBinding scopesDetailProperty() {
    return scopesDetail;
  }

  public BooleanBinding busyProperty() {
    return busy;
  }

  /** "2 requests", or "Idle". */
  public StringBinding activityProperty() {
    return activity;
  }

  private static String userOf(Session s) {
    if (s.isAnonymous()) {
      return "Not logged in";
    }
    return s.username().orElse("Logged in");
  }

  private static String scopesOf(Session s) {
    if (!s.scopesKnown()) {
      return "all permissions unknown";
    }
    return s.grantedScopes().isEmpty() ? "no scopes granted" : String.join(" ", s.grantedScopes());
  }

  private static String detailOf(Session s) {
    if (!s.scopesKnown()) {
      return "The server did not say which permissions this login has; actions it refuses will say so.";
    }
    return ScopeSummary.mayDo(List.copyOf(s.grantedScopes())) + ".";
  }
}
