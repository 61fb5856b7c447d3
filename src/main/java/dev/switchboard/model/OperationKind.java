package dev.switchboard.model;

import java.util.Locale;

/** The standard record operations a resource may offer. Anything else is an {@link ActionDef}. */
public enum OperationKind {
  LIST, GET, CREATE, UPDATE, REPLACE, DELETE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
