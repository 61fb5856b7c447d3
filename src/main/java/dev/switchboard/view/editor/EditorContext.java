package dev.switchboard.view.editor;

import dev.switchboard.view.cell.CellRegistry;
import java.time.ZoneId;
import java.util.Locale;

/**
 * What editors share: the person's time zone and locale (dates are picked in local time and sent as ISO 8601,
 * numbers typed with the locale's separators), and the table's cell views to show read-only values the same way.
 */
public record EditorContext(ZoneId zone, Locale locale, CellRegistry cells) {}
