package dev.switchboard.model;

/** How a list endpoint pages through records. */
public enum PagingStyle {
  /** One response holds every record. */
  NONE("none"),
  /** {@code skip} + {@code limit} (FastAPI's tutorial and the full-stack template). */
  SKIP_LIMIT("skip-limit"),
  /** {@code limit} + {@code offset}. */
  LIMIT_OFFSET("limit-offset"),
  /** A page number and a page size ({@code page} + {@code size}, {@code page} + {@code limit}). */
  PAGE_SIZE("page-size"),
  /** An opaque cursor from the previous page ({@code cursor}, {@code after}). */
  CURSOR("cursor");

  private final String id;

  PagingStyle(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
