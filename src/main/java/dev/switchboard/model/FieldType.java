package dev.switchboard.model;

import java.util.Locale;

/** The kind of value a field holds, which decides its editor, its table cell and how it is sent. */
public enum FieldType {
  STRING, TEXT, INTEGER, NUMBER, BOOLEAN, DATE, DATE_TIME, TIME, DURATION, EMAIL, URI, UUID, ENUM, OBJECT,
  ARRAY, JSON, BINARY, PASSWORD;

  /** The lower-case, dash-separated name used in {@code describe} output ({@code date-time}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
