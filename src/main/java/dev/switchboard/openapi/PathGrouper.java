package dev.switchboard.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The path grouper sorts a document's paths into resources, by position and never by parameter name.
 *
 * <p>Rules:
 * <ol>
 *   <li>A path whose last segment is a parameter is an <em>item path</em>; the path without that segment is
 *       its <em>collection</em>. Trailing slashes and parameter names are ignored when matching, so
 *       {@code /api/v1/items/} pairs with {@code /api/v1/items/{id}}, and {@code /exam-attempts/{id}} and
 *       {@code /exam-attempts/{attempt_id}} are the same item.
 *   <li>A path ending in a static segment is a collection when an item path pairs with it, or when its GET
 *       returns a list and it does not extend another resource's collection ({@code /calls/{call_id}/notes}
 *       is a sub-resource; {@code /calls/search} is not).
 *   <li>Every other path extending a resource's item or collection path with static segments only is an
 *       action of that resource ({@code /calls/{call_id}/transfer}, {@code /users/me}); the longest match
 *       wins.
 *   <li>An item path without a collection that extends a resource's collection by static segments is a
 *       lookup action of that resource ({@code /sources/name/{source_name}}).
 *   <li>A collection must have a static segment to be named after; the rest is reported, except the
 *       OAuth2 token paths, which are understood as the login.
 * </ol>
 */
final class PathGrouper {

  /** One path of the document with its path item, and the item's operations in method order. */
  record PathEntry(PathTemplate template, JsonNode item, List<Operations.MethodOperation> operations) {

    PathEntry(PathTemplate template, JsonNode item) {
      this(template, item, Operations.operationsOf(item));
    }
  }

  /** The paths of one resource, keyed by the collection's template key. */
  static final class Group {
    final String key;
    final int keyLength;
    final List<PathEntry> collectionPaths = new ArrayList<>();
    final List<PathEntry> itemPaths = new ArrayList<>();
    final List<PathEntry> itemActions = new ArrayList<>();
    final List<PathEntry> collectionActions = new ArrayList<>();

    Group(String key, int keyLength) {
      this.key = key;
      this.keyLength = keyLength;
    }
  }

  /** The groups in document order, and the paths that fit none. */
  record Result(List<Group> groups, List<PathEntry> unpaired) {}

  Result group(List<PathEntry> entries, Predicate<PathEntry> returnsList) {
    Map<String, Group> groups = new LinkedHashMap<>();
    Set<String> itemKeys = new HashSet<>();
    for (PathEntry entry : entries) {
      PathTemplate t = entry.template();
      if (t.endsWithParam() && hasStaticSegment(t, t.size() - 1)) {
        itemKeys.add(t.key());
      }
    }
    // Visit in document order so groups keep the order of their first path.
    for (PathEntry entry : entries) {
      PathTemplate t = entry.template();
      if (itemKeys.contains(t.key())) {
        group(groups, t.keyOf(t.size() - 1), t.size() - 1).itemPaths.add(entry);
      } else if (!t.endsWithParam() && hasStaticSegment(t, t.size())) {
        boolean pairedWithItem = itemKeys.contains(t.key() + "/{}");
        if (pairedWithItem || (returnsList.test(entry) && !extendsCollection(t, itemKeys))) {
          group(groups, t.key(), t.size()).collectionPaths.add(entry);
        }
      }
    }
    foldLookupsIntoTheirCollection(groups);
    List<PathEntry> unpaired = new ArrayList<>();
    for (PathEntry entry : entries) {
      PathTemplate t = entry.template();
      boolean placed = itemKeys.contains(t.key()) || groups.containsKey(t.key()) && !t.endsWithParam();
      if (!placed && !attachAction(entry, groups)) {
        unpaired.add(entry);
      }
    }
    groups.values().removeIf(g -> g.collectionPaths.isEmpty() && g.itemPaths.isEmpty());
    return new Result(new ArrayList<>(groups.values()), unpaired);
  }

  /**
   * An item path with no collection of its own whose key extends another resource's collection by static
   * segments only ({@code /sources/name/{source_name}} beside {@code /sources/}) is a lookup: a collection
   * action of that resource, not a resource.
   */
  private static void foldLookupsIntoTheirCollection(Map<String, Group> groups) {
    for (Group group : new ArrayList<>(groups.values())) {
      if (!group.collectionPaths.isEmpty() || group.itemPaths.isEmpty()) {
        continue;
      }
      PathTemplate t = group.itemPaths.get(0).template();
      for (int length = group.keyLength - 1; length > 0; length--) {
        if (PathTemplate.isParam(t.segments().get(length))) {
          break;
        }
        Group host = groups.get(t.keyOf(length));
        if (host != null && host != group && !host.collectionPaths.isEmpty()) {
          host.collectionActions.addAll(group.itemPaths);
          host.collectionActions.addAll(group.collectionActions);
          host.collectionActions.addAll(group.itemActions);
          groups.remove(group.key);
          break;
        }
      }
    }
  }

  private static Group group(Map<String, Group> groups, String key, int length) {
    return groups.computeIfAbsent(key, k -> new Group(k, length));
  }

  /** True when a static tail follows some known collection key (that is, it reads like an action). */
  private static boolean extendsCollection(PathTemplate t, Set<String> itemKeys) {
    for (int length = t.size() - 1; length > 0; length--) {
      if (itemKeys.contains(t.keyOf(length) + "/{}") && !t.staticTailAfter(length).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static boolean attachAction(PathEntry entry, Map<String, Group> groups) {
    PathTemplate t = entry.template();
    for (int length = t.size() - 1; length > 0; length--) {
      if (t.staticTailAfter(length).isEmpty()) {
        continue;
      }
      String prefix = t.keyOf(length);
      Group asCollection = groups.get(prefix);
      if (asCollection != null && !PathTemplate.isParam(t.segments().get(length - 1))) {
        asCollection.collectionActions.add(entry);
        return true;
      }
      if (PathTemplate.isParam(t.segments().get(length - 1))) {
        Group asItem = groups.get(t.keyOf(length - 1));
        if (asItem != null && !asItem.itemPaths.isEmpty()) {
          asItem.itemActions.add(entry);
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasStaticSegment(PathTemplate t, int length) {
    for (int i = 0; i < length; i++) {
      if (!PathTemplate.isParam(t.segments().get(i))) {
        return true;
      }
    }
    return false;
  }
}
