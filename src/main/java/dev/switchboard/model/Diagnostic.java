package dev.switchboard.model;

import java.util.Objects;

/**
 * A diagnostic is one thing the schema engine could not understand, said plainly, with the document path
 * (an API path such as {@code /calls/{id}/x}, or a JSON pointer such as {@code #/components/schemas/Call})
 * where it happened.
 */
public record Diagnostic(Level level, String path, String message) {

  public enum Level {
    WARNING, ERROR;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Diagnostic {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  public static Diagnostic warning(String path, String message) {
    return new Diagnostic(Level.WARNING, path, message);
  }

  public static Diagnostic error(String path, String message) {
    return new Diagnostic(Level.ERROR, path, message);
  }
}
