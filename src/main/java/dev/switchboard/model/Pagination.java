package dev.switchboard.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a list endpoint pages, and where records and totals sit in its response.
 *
 * @param style the paging style
 * @param params the query parameter for each role, by role name: {@code skip}, {@code limit}, {@code offset},
 *     {@code page}, {@code size}, {@code cursor} (only the roles the style uses)
 * @param itemsField the dotted path of the records array in the response body, or empty for a bare array
 * @param totalField the dotted path of the total count ({@code total}, {@code pagination.total_count}), if any
 * @param nextCursorField the dotted path of the next cursor in the response body, for cursor paging
 */
public record Pagination(
    PagingStyle style,
    Map<String, String> params,
    Optional<String> itemsField,
    Optional<String> totalField,
    Optional<String> nextCursorField) {

  public Pagination {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  public Optional<String> param(String role) {
    return Optional.ofNullable(params.get(role));
  }
}
