package dev.switchboard.http;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.Filter;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Sort;
import dev.switchboard.model.FilterDef;
import dev.switchboard.model.ListCapabilities;
import dev.switchboard.model.Pagination;
import dev.switchboard.model.SortDef;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;

/**
 * Writes a {@link ListQuery} as the query parameters the model found for one list endpoint.
 *
 * <ul>
 *   <li><b>Paging</b>: skip-limit and limit-offset send the offset ({@code (page - 1) * size}) and the size;
 *       page-size sends the page number (from 1) and the size; cursor sends the cursor (if any) and the size;
 *       none sends the size where a limit exists, so a bare list still comes back bounded.
 *   <li><b>Sort</b>: minus-prefix writes {@code -field} for descending, several keys as one comma list
 *       ({@code order_by=-started_at,status}) or as a repeated parameter when the document's parameter is an
 *       array; direction-param sends the first key and {@code asc}/{@code desc}; parallel arrays repeat both
 *       parameters side by side ({@code sortBy[]=a&descending[]=true}). A sort the endpoint cannot take
 *       (several keys where it takes one) keeps the first key.
 *   <li><b>Filters</b>: the parameter the model decoded for the field and operator; several values as a comma
 *       list, or repeated when the parameter repeats; date-times as ISO 8601 instants with {@code Z}.
 *   <li><b>Search</b>: the search parameter.
 * </ul>
 * A filter or search the endpoint does not offer is refused with an {@link ApiProblem} naming it, rather than
 * silently dropped: a list that quietly ignores a filter shows the wrong records as if they were right.
 */
final class ListParameters {

  private ListParameters() {}

  static void apply(HttpUrl.Builder url, ListCapabilities list, ListQuery query, String resource) {
    paging(url, list.pagination(), query);
    if (!query.sort().isEmpty()) {
      SortDef sort = list.sort().orElseThrow(() -> unsupported(
          "The " + resource + " list cannot be sorted: its endpoint has no sort parameter."));
      sort(url, sort, query.sort());
    }
    for (Filter filter : query.filters()) {
      FilterDef def = list.filters().stream()
          .filter(f -> f.field().equals(filter.field()) && f.op() == filter.op())
          .findFirst()
          .orElseThrow(() -> unsupported("The " + resource + " list has no '" + filter.op().id() + "' filter on "
              + filter.field() + "."));
      filterValue(url, def, filter);
    }
    query.search().ifPresent(text -> url.addQueryParameter(list.searchParam().orElseThrow(() -> unsupported(
        "The " + resource + " list has no search.")), text));
  }

  private static void paging(HttpUrl.Builder url, Pagination pagination, ListQuery query) {
    String size = Integer.toString(query.pageSize());
    switch (pagination.style()) {
      case SKIP_LIMIT -> {
        pagination.param("skip").ifPresent(p -> url.addQueryParameter(p, Long.toString(query.offset())));
        pagination.param("limit").ifPresent(p -> url.addQueryParameter(p, size));
      }
      case LIMIT_OFFSET -> {
        pagination.param("offset").ifPresent(p -> url.addQueryParameter(p, Long.toString(query.offset())));
        pagination.param("limit").ifPresent(p -> url.addQueryParameter(p, size));
      }
      case PAGE_SIZE -> {
        pagination.param("page").ifPresent(p -> url.addQueryParameter(p, Integer.toString(query.page())));
        pagination.param("size").ifPresent(p -> url.addQueryParameter(p, size));
      }
      case CURSOR -> {
        query.cursor().ifPresent(c -> pagination.param("cursor").ifPresent(p -> url.addQueryParameter(p, c)));
        pagination.param("limit").ifPresent(p -> url.addQueryParameter(p, size));
      }
      case NONE -> pagination.param("limit").ifPresent(p -> url.addQueryParameter(p, size));
    }
  }

  private static void sort(HttpUrl.Builder url, SortDef sort, List<Sort> keys) {
    List<Sort> used = sort.multi() ? keys : keys.subList(0, 1);
    switch (sort.style()) {
      case MINUS_PREFIX -> {
        List<String> values = used.stream().map(k -> (k.descending() ? "-" : "") + k.field()).toList();
        addAll(url, sort.param(), values, sort.repeated());
      }
      case DIRECTION_PARAM -> {
        url.addQueryParameter(sort.param(), used.get(0).field());
        sort.directionParam().ifPresent(p -> url.addQueryParameter(p, used.get(0).descending() ? "desc" : "asc"));
      }
      case PARALLEL_ARRAYS -> {
        for (Sort key : used) {
          url.addQueryParameter(sort.param(), key.field());
          sort.directionParam().ifPresent(p -> url.addQueryParameter(p, Boolean.toString(key.descending())));
        }
      }
    }
  }

  private static void filterValue(HttpUrl.Builder url, FilterDef def, Filter filter) {
    List<String> values = filter.values().stream().map(QueryValues::text).toList();
    addAll(url, def.param(), values, def.repeated());
  }

  private static void addAll(HttpUrl.Builder url, String param, List<String> values, boolean repeated) {
    if (repeated) {
      values.forEach(v -> url.addQueryParameter(param, v));
    } else {
      url.addQueryParameter(param, values.stream().collect(Collectors.joining(",")));
    }
  }

  private static ApiProblem unsupported(String message) {
    return ApiProblem.of(ApiProblem.Kind.UNSUPPORTED, message);
  }
}
