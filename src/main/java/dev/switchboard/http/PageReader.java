package dev.switchboard.http;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Page;
import dev.switchboard.data.Record;
import dev.switchboard.model.Pagination;
import dev.switchboard.model.PagingStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Turns a parsed list body into a {@link Page}, by the envelope the model found: the records at {@code
 * itemsField} (a dotted path, {@code data} or {@code result.items}) or the body itself when it is an array,
 * the total at {@code totalField}, the next cursor at {@code nextCursorField}.
 *
 * <p>Whether there is a next page, in order: a cursor style has one when the body names a non-empty next
 * cursor; a body with a total has one when the records so far fall short of it; a body that says so itself
 * ({@code has_more}, {@code has_next}, {@code has_next_page}, {@code more}, at the top or in the object that
 * holds the records' paging) is believed; otherwise a full page means there may be more.
 *
 * <p>A cursor style whose answer names no next cursor pages Stripe's way: the cursor for the next page is the
 * last record's id ({@code starting_after=<id>}).
 */
final class PageReader {

  private static final List<String> MORE_FLAGS = List.of("has_more", "has_next", "has_next_page", "more",
      "hasMore", "hasNext", "hasNextPage");

  private PageReader() {}

  static Page read(Object body, Pagination pagination, ListQuery query, String resource) {
    return read(body, pagination, query, resource, "id");
  }

  static Page read(Object body, Pagination pagination, ListQuery query, String resource, String idField) {
    List<?> items = items(body, pagination, resource);
    List<Record> records = new ArrayList<>(items.size());
    for (Object item : items) {
      if (!(item instanceof Map<?, ?> map)) {
        throw notRecords(resource);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> values = (Map<String, Object>) map;
      records.add(Record.wrap(values));
    }
    End end = end(body instanceof Map<?, ?> envelope ? envelope : null, pagination, query, records.size(),
        () -> records.get(records.size() - 1).id(idField));
    return new Page(records, end.total(), end.hasNext(), end.nextCursor());
  }

  /** The records array of a parsed body: the body itself, or the envelope's records field. */
  static List<?> items(Object body, Pagination pagination, String resource) {
    if (body instanceof List<?> list) {
      return list;
    }
    if (!(body instanceof Map<?, ?> map)) {
      throw notAList(resource, body == null ? "null" : "a single value");
    }
    String path = pagination.itemsField().orElseThrow(() -> notAList(resource,
        "an object, but the document gives no records field to read"));
    Object at = at(map, path);
    if (!(at instanceof List<?> list)) {
      throw notAList(resource, "an object without the records array '" + path + "' the document describes");
    }
    return list;
  }

  /** What a page says about the rest of its list, by the rules above. */
  record End(OptionalLong total, boolean hasNext, Optional<String> nextCursor) {}

  /**
   * The rules above for a page of {@code count} records whose envelope is {@code envelope} ({@code null} for a
   * bare array); {@code lastId} is asked only for Stripe's cursor, and only when the page has records.
   */
  static End end(Map<?, ?> envelope, Pagination pagination, ListQuery query, int count,
      Supplier<Optional<String>> lastId) {
    OptionalLong total = envelope == null ? OptionalLong.empty() : number(envelope, pagination.totalField());
    Optional<String> nextCursor = envelope == null ? Optional.empty() : pagination.nextCursorField()
        .map(path -> at(envelope, path)).filter(c -> c instanceof String s && !s.isEmpty()).map(String.class::cast);
    boolean hasNext = hasNext(pagination, query, count, total, nextCursor, envelope);
    if (pagination.style() == PagingStyle.CURSOR && pagination.nextCursorField().isEmpty() && hasNext) {
      nextCursor = count == 0 ? Optional.empty() : lastId.get();
      hasNext = nextCursor.isPresent();
    }
    return new End(total, hasNext, nextCursor);
  }

  private static boolean hasNext(Pagination pagination, ListQuery query, int count, OptionalLong total,
      Optional<String> nextCursor, Map<?, ?> envelope) {
    if (pagination.style() == PagingStyle.CURSOR && pagination.nextCursorField().isPresent()) {
      return nextCursor.isPresent() && count > 0;
    }
    if (total.isPresent()) {
      return query.offset() + count < total.getAsLong() && count > 0;
    }
    Optional<Boolean> flag = envelope == null ? Optional.empty() : moreFlag(envelope, pagination);
    if (flag.isPresent()) {
      return flag.get();
    }
    boolean bounded = pagination.style() != PagingStyle.NONE || pagination.param("limit").isPresent();
    return bounded && count >= query.pageSize();
  }

  private static Optional<Boolean> moreFlag(Map<?, ?> envelope, Pagination pagination) {
    List<Map<?, ?>> places = new ArrayList<>();
    places.add(envelope);
    pagination.itemsField().filter(p -> p.contains("."))
        .map(p -> at(envelope, p.substring(0, p.lastIndexOf('.'))))
        .filter(Map.class::isInstance).ifPresent(m -> places.add((Map<?, ?>) m));
    for (Object value : envelope.values()) {
      if (value instanceof Map<?, ?> nested) {
        places.add(nested);
      }
    }
    for (Map<?, ?> place : places) {
      for (String flag : MORE_FLAGS) {
        if (place.get(flag) instanceof Boolean b) {
          return Optional.of(b);
        }
      }
    }
    return Optional.empty();
  }

  private static OptionalLong number(Map<?, ?> envelope, Optional<String> path) {
    if (path.isEmpty()) {
      return OptionalLong.empty();
    }
    Object value = at(envelope, path.get());
    return value instanceof Number n ? OptionalLong.of(n.longValue()) : OptionalLong.empty();
  }

  static Object at(Map<?, ?> map, String dottedPath) {
    Object here = map;
    for (String part : dottedPath.split("\\.")) {
      if (!(here instanceof Map<?, ?> m)) {
        return null;
      }
      here = m.get(part);
    }
    return here;
  }

  static ApiProblem notRecords(String resource) {
    return notAList(resource, "a list whose entries are not records");
  }

  static ApiProblem notAList(String resource, String what) {
    return ApiProblem.of(ApiProblem.Kind.BAD_RESPONSE, "The server answered the " + resource + " list with "
        + what + ". Check that the address points at the API the document describes.");
  }
}
