package dev.switchboard.view.cell;

import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * What formatting a value depends on besides the value: the user's time zone and locale, the names of referenced
 * records as they arrive (keyed by {@link dev.switchboard.viewmodel.ReferenceNames#key}), and what opening a link
 * does (the app passes HostServices; tests record the call).
 */
public record CellContext(ZoneId zone, Locale locale, ObservableMap<String, String> referenceNames,
    Consumer<String> openUri) {

  /** The user's zone and locale, no reference names, links that open nothing. */
  public static CellContext of(ZoneId zone, Locale locale) {
    return new CellContext(zone, locale, FXCollections.observableHashMap(), uri -> {});
  }

  public CellContext withReferenceNames(ObservableMap<String, String> names) {
    return new CellContext(zone, locale, names, openUri);
  }

  public CellContext withOpenUri(Consumer<String> opener) {
    return new CellContext(zone, locale, referenceNames, opener);
  }
}
