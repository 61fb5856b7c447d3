package dev.switchboard.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The security requirements of one operation, as OpenAPI states them: any one of the {@code alternatives}
 * grants access, and each alternative needs all its schemes, each with the listed scopes. An empty
 * alternative ({@code {}}) means anonymous access is allowed.
 */
public record SecurityRequirements(List<Map<String, List<String>>> alternatives) {

  public static final SecurityRequirements NONE = new SecurityRequirements(List.of());

  public SecurityRequirements {
    alternatives = alternatives.stream()
        .map(SecurityRequirements::copyInOrder)
        .toList();
  }

  private static Map<String, List<String>> copyInOrder(Map<String, List<String>> alternative) {
    var copy = new LinkedHashMap<String, List<String>>();
    alternative.forEach((scheme, scopes) -> copy.put(scheme, List.copyOf(scopes)));
    return Collections.unmodifiableMap(copy);
  }

  /** The scopes named by any alternative, in document order, without repeats. */
  public List<String> scopes() {
    var scopes = new LinkedHashSet<String>();
    alternatives.forEach(a -> a.values().forEach(scopes::addAll));
    return List.copyOf(scopes);
  }

  public boolean anonymousAllowed() {
    return alternatives.isEmpty() || alternatives.stream().anyMatch(Map::isEmpty);
  }
}
