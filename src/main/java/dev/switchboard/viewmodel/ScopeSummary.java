package dev.switchboard.viewmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scopes said in words, for people: {@code calls:read calls:write users:read} becomes "read and change calls,
 * read users". Scopes written {@code thing:verb} or {@code verb:thing} are grouped by thing; any other scope is
 * kept as written.
 */
public final class ScopeSummary {

  private static final Map<String, String> VERBS = Map.of(
      "read", "read", "write", "change", "admin", "administer", "delete", "delete", "create", "create",
      "list", "list", "manage", "manage", "update", "change");

  private ScopeSummary() {}

  /** "May read and change calls, read users", or "No permissions" for none. */
  public static String mayDo(List<String> scopes) {
    return scopes.isEmpty() ? "No permissions" : "May " + words(scopes);
  }

  /** The scopes in words, without the leading "May". */
  public static String words(List<String> scopes) {
    Map<String, List<String>> byThing = new LinkedHashMap<>();
    List<String> others = new ArrayList<>();
    for (String scope : scopes) {
      String[] parts = scope.split(":", 2);
      if (parts.length == 2 && VERBS.containsKey(parts[1].toLowerCase(Locale.ROOT))) {
        add(byThing, parts[0], VERBS.get(parts[1].toLowerCase(Locale.ROOT)));
      } else if (parts.length == 2 && VERBS.containsKey(parts[0].toLowerCase(Locale.ROOT))) {
        add(byThing, parts[1], VERBS.get(parts[0].toLowerCase(Locale.ROOT)));
      } else {
        others.add(scope);
      }
    }
    List<String> phrases = new ArrayList<>();
    byThing.forEach((thing, verbs) -> phrases.add(and(verbs) + " " + thing.replace('_', ' ')));
    phrases.addAll(others);
    return String.join(", ", phrases);
  }

  private static void add(Map<String, List<String>> byThing, String thing, String verb) {
    List<String> verbs = byThing.computeIfAbsent(thing, t -> new ArrayList<>());
    if (!verbs.contains(verb)) {
      verbs.add(verb);
    }
  }

  private static String and(List<String> verbs) {
    if (verbs.size() == 1) {
      return verbs.get(0);
    }
    return String.join(", ", verbs.subList(0, verbs.size() - 1)) + " and " + verbs.get(verbs.size() - 1);
  }
}
