package dev.switchboard.viewmodel;

import dev.switchboard.model.AdminApi;
import dev.switchboard.model.OperationKind;
import dev.switchboard.model.ResourceDef;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Collections that live under one record ({@code /calls/{call_id}/history}, {@code /teams/{team_id}/members}):
 * listable only with that record's id, so they are shown in the record's view, not in the navigator.
 *
 * <p>A resource is one when its collection path is another resource's item path plus static segments and its
 * parent parameters are exactly that item path's parameters. Path prefixes that belong to no resource's item
 * ({@code /{organization}/calls}) are not: those resources are listed with the connection's own values.
 */
public final class SubCollections {

  private static final Set<String> HISTORY_NAMES = Set.of("history", "histories", "events", "audit", "audit-log",
      "audit_log", "auditlog", "changes", "changelog", "activity", "activities", "log", "logs", "revisions",
      "versions", "timeline");

  private SubCollections() {}

  /** The collections under one of {@code parent}'s records, in the document's order. */
  public static List<ResourceDef> of(AdminApi api, ResourceDef parent) {
    return api.resources().stream().filter(r -> r != parent && isUnder(r, parent)).toList();
  }

  /** Whether {@code resource} lives under some other resource's records. */
  public static boolean isNested(AdminApi api, ResourceDef resource) {
    return api.resources().stream().anyMatch(parent -> parent != resource && isUnder(resource, parent));
  }

  /** Whether the collection is a record's history by its name: what happened to it, as the server saw it. */
  public static boolean isHistory(ResourceDef resource) {
    return HISTORY_NAMES.contains(resource.name().toLowerCase(Locale.ROOT));
  }

  private static boolean isUnder(ResourceDef child, ResourceDef parent) {
    if (child.operation(OperationKind.LIST).isEmpty() || child.collectionPath().isEmpty()
        || parent.itemPath().isEmpty() || parent.idParam().isEmpty()) {
      return false;
    }
    String item = trimmed(parent.itemPath().get());
    String collection = trimmed(child.collectionPath().get());
    if (!collection.startsWith(item + "/")) {
      return false;
    }
    String rest = collection.substring(item.length() + 1);
    List<String> expected = new java.util.ArrayList<>(parent.parentParams());
    expected.add(parent.idParam().get());
    return !rest.contains("{") && child.parentParams().equals(expected);
  }

  private static String trimmed(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
