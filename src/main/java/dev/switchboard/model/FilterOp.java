package dev.switchboard.model;

import java.util.Locale;

/** The comparison a filter parameter applies, decoded from fastapi-filter style names ({@code status__in}). */
public enum FilterOp {
  EQ, NEQ, IN, GT, GTE, LT, LTE, LIKE, ILIKE, ISNULL;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
