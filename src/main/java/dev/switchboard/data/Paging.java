package dev.switchboard.data;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where one page leaves its list: how many records it held, the total when the backend counts, whether there
 * is a next page and, for cursor paging, its cursor. A {@link Page} is one; a page whose records stay in the
 * backend's own format (the command line's JSON output) is another, so paging code works on both.
 */
public interface Paging {

  /** The number of records on this page. */
  int size();

  OptionalLong total();

  boolean hasNext();

  Optional<String> nextCursor();
}
