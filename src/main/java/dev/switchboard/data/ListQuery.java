package dev.switchboard.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a view asks of a list: a page (by number, counted from 1, or by the cursor a previous page gave), its
 * size, the sort keys in order, the filters, and a free-text search. Which query parameters that becomes is the
 * backend adapter's business: the same query works for skip/limit, page/size, limit/offset and cursors.
 *
 * @param page the page number from 1; ignored when {@code cursor} is present
 * @param cursor the next-page cursor a previous {@link Page} returned
 * @param pageSize records per page, above 0
 */
public record ListQuery(
    int page, Optional<String> cursor, int pageSize, List<Sort> sort, List<Filter> filters, Optional<String> search) {

  public static final int DEFAULT_PAGE_SIZE = 50;

  public ListQuery {
    if (page < 1) {
      throw new IllegalArgumentException("page " + page + " must be 1 or more");
    }
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize " + pageSize + " must be 1 or more");
    }
    sort = List.copyOf(sort);
    filters = List.copyOf(filters);
    search = search.filter(s -> !s.isBlank());
  }

  /** The first page of everything, unsorted, unfiltered. */
  public static ListQuery firstPage(int pageSize) {
    return new ListQuery(1, Optional.empty(), pageSize, List.of(), List.of(), Optional.empty());
  }

  public static ListQuery firstPage() {
    return firstPage(DEFAULT_PAGE_SIZE);
  }

  public ListQuery withPage(int newPage) {
    return new ListQuery(newPage, Optional.empty(), pageSize, sort, filters, search);
  }

  public ListQuery withCursor(String newCursor) {
    return new ListQuery(1, Optional.of(newCursor), pageSize, sort, filters, search);
  }

  public ListQuery withPageSize(int newSize) {
    return new ListQuery(1, Optional.empty(), newSize, sort, filters, search);
  }

  /** Sorting or filtering changes what page 1 is, so these go back to it. */
  public ListQuery withSort(List<Sort> newSort) {
    return new ListQuery(1, Optional.empty(), pageSize, newSort, filters, search);
  }

  public ListQuery withFilters(List<Filter> newFilters) {
    return new ListQuery(1, Optional.empty(), pageSize, sort, newFilters, search);
  }

  public ListQuery withFilter(Filter filter) {
    List<Filter> more = new ArrayList<>(filters);
    more.add(filter);
    return withFilters(more);
  }

  public ListQuery withSearch(String text) {
    return new ListQuery(1, Optional.empty(), pageSize, sort, filters, Optional.ofNullable(text));
  }

  /** The page after {@code current}: by its cursor when it gave one, else by number. */
  public ListQuery next(Paging current) {
    return current.nextCursor().map(this::withCursor).orElseGet(() -> withPage(page + 1));
  }

  /** The number of records before this page, for offset-style paging. */
  public long offset() {
    return (long) (page - 1) * pageSize;
  }
}
