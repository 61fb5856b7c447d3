package dev.switchboard.openapi;

import dev.switchboard.model.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects diagnostics while a document is read, once each, in the order they were met. */
final class DiagnosticsCollector {

  private final Set<Diagnostic> diagnostics = new LinkedHashSet<>();

  void warning(String path, String message) {
    diagnostics.add(Diagnostic.warning(path, message));
  }

  void error(String path, String message) {
    diagnostics.add(Diagnostic.error(path, message));
  }

  List<Diagnostic> all() {
    return new ArrayList<>(diagnostics);
  }
}
