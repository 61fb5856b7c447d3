package dev.switchboard.viewmodel;

import dev.switchboard.data.Session;
import dev.switchboard.model.ActionDef;
import dev.switchboard.model.OperationDef;
import dev.switchboard.model.OperationKind;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.model.SecurityRequirements;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the logged-in person may call, from the two signals FastAPI gives:
 *
 * <ul>
 *   <li><b>Declared scopes.</b> An operation's security requirements are alternatives, any one of which grants
 *       access; an alternative needs every scope it lists. Only alternatives of the scheme the person logged in
 *       with are judged: when the document names none for it (or allows anonymous calls), or the server said
 *       nothing about the granted scopes, the operation is allowed and the server decides.
 *   <li><b>Learned refusals.</b> A 403 on an operation (a backend that declares no scopes, or one whose scopes
 *       say less than its rules) turns it off for the rest of the session, with the server's reason.
 * </ul>
 *
 * <p>A refusal has a reason for a tooltip: "Needs the calls:write permission", or the server's own words. Another
 * person's session (switch user) starts with nothing learned; the same person logging in again keeps it.
 *
 * <p>Lives on the UI thread; {@link #changesProperty()} ticks when something was learned, so views can update.
 */
public final class Permissions {

  /** Whether an operation may be called, and if not, why, in a sentence fit for a tooltip. */
  public record Verdict(boolean allowed, String reason) {
    public static final Verdict ALLOWED = new Verdict(true, "");

    static Verdict refused(String reason) {
      return new Verdict(false, reason);
    }
  }

  private final Supplier<Session> session;
  private final Map<String, String> learned = new HashMap<>();
  private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper(this, "changes");
  private final ReadOnlyStringWrapper news = new ReadOnlyStringWrapper(this, "news", "");
  private Session learnedIn;

  /** {@code session} gives the current session each time. */
  public Permissions(Supplier<Session> session) {
    this.session = session;
  }

  /** Everything allowed: for views made without a connection (tests, previews). */
  public static Permissions everything() {
    return new Permissions(() -> Session.ANONYMOUS);
  }

  public ReadOnlyIntegerProperty changesProperty() {
    return changes.getReadOnlyProperty();
  }

  public Verdict check(OperationDef operation) {
    return check(operation.method(), operation.path(), operation.security());
  }

  public Verdict check(ActionDef action) {
    return check(action.method(), action.path(), action.security());
  }

  /** The verdict on {@code kind} of {@code resource}; an operation the resource lacks is refused, saying so. */
  public Verdict check(ResourceDef resource, OperationKind kind) {
    return resource.operation(kind).map(this::check)
        .orElseGet(() -> Verdict.refused(resource.label() + " cannot be " + verb(kind) + " through this API."));
  }

  /** Whether the person may see the resource's list; else its entry in the navigator is hidden. */
  public Verdict mayList(ResourceDef resource) {
    return resource.operation(OperationKind.LIST).map(this::check).orElse(Verdict.ALLOWED);
  }

  /** Whether the person may change records: update, or replace where the API only replaces. */
  public Verdict mayUpdate(ResourceDef resource) {
    Optional<OperationDef> update = resource.operation(OperationKind.UPDATE)
        .or(() -> resource.operation(OperationKind.REPLACE));
    return update.map(this::check).orElseGet(() -> check(resource, OperationKind.UPDATE));
  }

  /** Remembers the server's refusal of {@code method path} for this session. */
  public void learnRefused(String method, String path, String reason) {
    learnRefused(method, path, reason, "");
  }

  /**
   * Remembers the server's refusal of {@code method path} for this session and, the first time, says so in
   * {@link #newsProperty()}: {@code what} is the operation in words ("Deleting Calls records").
   */
  public void learnRefused(String method, String path, String reason, String what) {
    forgetIfNewSession();
    String key = method + " " + path;
    if (!reason.equals(learned.put(key, reason))) {
      changes.set(changes.get() + 1);
      String operation = what.isBlank() ? method + " " + path : what;
      news.set(operation + " is turned off for this session: the server refused it (" + reason.replaceAll("\\.$", "")
          + "). Ask an administrator if you need it.");
    }
  }

  /** The latest thing learned from a refusal, said once for the person to read; "" until then. */
  public ReadOnlyStringProperty newsProperty() {
    return news.getReadOnlyProperty();
  }

  private Verdict check(String method, String path, SecurityRequirements security) {
    forgetIfNewSession();
    String refusal = learned.get(method + " " + path);
    if (refusal != null) {
      return Verdict.refused(refusal);
    }
    Session current = session.get();
    if (current.isAnonymous() || !current.scopesKnown() || security.anonymousAllowed()) {
      return Verdict.ALLOWED;
    }
    List<List<String>> missingPerAlternative = new ArrayList<>();
    for (Map<String, List<String>> alternative : security.alternatives()) {
      if (!alternative.keySet().equals(java.util.Set.of(current.scheme()))) {
        continue; // another scheme (an API key, say): not for this session to judge
      }
      List<String> missing = alternative.get(current.scheme()).stream()
          .filter(scope -> !current.grantedScopes().contains(scope)).toList();
      if (missing.isEmpty()) {
        return Verdict.ALLOWED;
      }
      missingPerAlternative.add(missing);
    }
    if (missingPerAlternative.isEmpty()) {
      return Verdict.ALLOWED;
    }
    List<String> fewest = missingPerAlternative.stream().min((a, b) -> a.size() - b.size()).orElseThrow();
    return Verdict.refused("Needs the " + and(fewest) + (fewest.size() == 1 ? " permission" : " permissions"));
  }

  private void forgetIfNewSession() {
    Session current = session.get();
    if (!current.equals(learnedIn)) {
      learnedIn = current;
      learned.clear(); // quietly: a new session rebuilds the window's controls anyway
    }
  }

  private static String and(List<String> scopes) {
    if (scopes.size() == 1) {
      return scopes.get(0);
    }
    return String.join(", ", scopes.subList(0, scopes.size() - 1)) + " and " + scopes.get(scopes.size() - 1);
  }

  private static String verb(OperationKind kind) {
    return switch (kind) {
      case LIST -> "listed";
      case GET -> "read";
      case CREATE -> "created";
      case UPDATE, REPLACE -> "changed";
      case DELETE -> "deleted";
    };
  }
}
