package dev.switchboard.view.editor;

import dev.switchboard.view.cell.CellRegistry;
import dev.switchboard.viewmodel.ReferenceNames;
import dev.switchboard.viewmodel.ReferenceSearches;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What editors share: the person's time zone and locale (dates are picked in local time and sent as ISO 8601,
 * numbers typed with the locale's separators), the table's cell views to show read-only values the same way,
 * and, on a connection, the searches and names that let reference fields be picked by name and the JSON codec
 * of free-form objects.
 */
public record EditorContext(ZoneId zone, Locale locale, CellRegistry cells, Optional<References> references,
    Optional<JsonCodec> json, Map<String, String> scopes) {

  /** {@code scopes}: every OAuth2 scope the document declares, with its description, for permission checklists. */
  public EditorContext {
    scopes = Map.copyOf(scopes);
  }

  public EditorContext(ZoneId zone, Locale locale, CellRegistry cells, Optional<References> references,
      Optional<JsonCodec> json) {
    this(zone, locale, cells, references, json, Map.of());
  }

  /** The same context, knowing the document's scopes and what each allows. */
  public EditorContext withScopes(Map<String, String> declared) {
    return new EditorContext(zone, locale, cells, references, json, declared);
  }

  /** Searching referenced records, and their names, for the connection. */
  public record References(ReferenceSearches searches, ReferenceNames names) {}

  /** Without reference pickers: a reference field is then typed as its id. */
  public EditorContext(ZoneId zone, Locale locale, CellRegistry cells) {
    this(zone, locale, cells, Optional.empty(), Optional.empty());
  }
}
