package dev.switchboard.viewmodel;

import dev.switchboard.model.ActionDef;
import dev.switchboard.model.AdminApi;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.ResourceDef;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What makes a resource a set of accounts, found by names, paths and types, never by the backend: the switch that
 * lets an account log in ({@code is_active}, {@code active}, {@code enabled}), so a record view can offer Deactivate
 * and Activate; and the path that reads the logged-in person's own record ({@code GET /users/me}), for My account.
 */
public final class AccountFields {

  private static final List<String> ACTIVE_NAMES = List.of("is_active", "active", "isactive", "enabled",
      "is_enabled", "isenabled");

  private static final List<String> ME_NAMES = List.of("me", "whoami", "current", "current-user", "current_user");

  private AccountFields() {}

  /** A resource's way to read the logged-in person's own record: a GET action on {@code /me} ({@code /users/me}). */
  public record CurrentUser(ResourceDef resource, ActionDef action) {}

  /** Where the API tells who is logged in, if it does: a GET on a path ending {@code /me}, {@code /whoami}. */
  public static Optional<CurrentUser> currentUser(AdminApi api) {
    for (ResourceDef resource : api.resources()) {
      for (ActionDef action : resource.actions()) {
        if (isCurrentUser(action)) {
          return Optional.of(new CurrentUser(resource, action));
        }
      }
    }
    return Optional.empty();
  }

  /** The "who am I" action: it belongs in the account menu, not among a table's actions. */
  public static boolean isCurrentUser(ActionDef action) {
    String path = action.path().toLowerCase(Locale.ROOT);
    String last = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    last = last.substring(last.lastIndexOf('/') + 1);
    return action.method().equals("GET") && action.target() == ActionDef.Target.COLLECTION
        && ME_NAMES.contains(last);
  }

  /**
   * An action on the person's own account, under the "who am I" path ({@code POST /users/me/password}): it
   * belongs in My account, not among a table's actions.
   */
  public static boolean isOwnAccountAction(ActionDef action) {
    if (action.target() != ActionDef.Target.COLLECTION || isCurrentUser(action)) {
      return false;
    }
    List<String> segments = List.of(action.path().toLowerCase(Locale.ROOT).split("/"));
    return segments.stream().limit(Math.max(0, segments.size() - 1)).anyMatch(ME_NAMES::contains);
  }

  /** The actions My account offers for {@code resource}'s records, in the document's order. */
  public static List<ActionDef> ownAccountActions(ResourceDef resource) {
    return resource.actions().stream().filter(AccountFields::isOwnAccountAction).toList();
  }

  /** The boolean the update body has for "may log in", if any. */
  public static Optional<FieldDef> activeField(ResourceDef resource) {
    return resource.updateFields().stream()
        .filter(f -> f.type() == FieldType.BOOLEAN && !f.readOnly()
            && ACTIVE_NAMES.contains(f.name().toLowerCase(Locale.ROOT)))
        .findFirst();
  }
}
