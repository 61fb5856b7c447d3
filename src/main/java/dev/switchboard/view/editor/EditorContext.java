package dev.switchboard.view.editor;

import dev.switchboard.view.cell.CellRegistry;
import dev.switchboard.viewmodel.ReferenceNames;
import dev.switchboard.viewmodel.ReferenceSearches;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * What editors share: the person's time zone and locale (dates are picked in local time and sent as ISO 8601,
 * numbers typed with the locale's separators), the table's cell views to show read-only values the same way,
 * and, on a connection, the searches and names that let reference fields be picked by name and the JSON codec
 * of free-form objects.
 */
public record EditorContext(ZoneId zone, Locale locale, CellRegistry cells, Optional<References> references,
    Optional<JsonCodec> json) {

  /** Searching referenced records, and their names, for the connection. */
  public record References(ReferenceSearches searches, ReferenceNames names) {}

  /** Without reference pickers: a reference field is then typed as its id. */
  public EditorContext(ZoneId zone, Locale locale, CellRegistry cells) {
    this(zone, locale, cells, Optional.empty(), Optional.empty());
  }
}
