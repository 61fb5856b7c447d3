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
    List<?> items;
    Map<?, ?> envelope = null;
    if (body instanceof List<?> list) {
      items = list;
    } else if (body instanceof Map<?, ?> map) {
      envelope = map;
      String path = pagination.itemsField().orElseThrow(() -> notAList(resource,
          "an object, but the document gives no records field to read"));
      Object at = at(map, path);
      if (!(at instanceof List<?> list)) {
        throw notAList(resource, "an object without the records array '" + path + "' the document describes");
      }
      items = list;
    } else {
      throw notAList(resource, body == null ? "null" : "a single value");
    }
    List<Record> records = new ArrayList<>(items.size());
    for (Object item : items) {
      if (!(item instanceof Map<?, ?> map)) {
        throw notAList(resource, "a list whose entries are not records");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> values = (Map<String, Object>) map;
      records.add(Record.wrap(values));
    }
    Map<?, ?> outer = envelope;
    OptionalLong total = outer == null ? OptionalLong.empty() : number(outer, pagination.totalField());
    Optional<String> nextCursor = outer == null ? Optional.empty() : pagination.nextCursorField()
        .map(path -> at(outer, path)).filter(c -> c instanceof String s && !s.isEmpty()).map(String.class::cast);
    boolean hasNext = hasNext(pagination, query, records.size(), total, nextCursor, envelope);
    if (pagination.style() == PagingStyle.CURSOR && pagination.nextCursorField().isEmpty() && hasNext) {
      nextCursor = records.get(records.size() - 1).id(idField);
      hasNext = nextCursor.isPresent();
    }
    return new Page(records, total, hasNext, nextCursor);
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

  private static ApiProblem notAList(String resource, String what) {
    return ApiProblem.of(ApiProblem.Kind.BAD_RESPONSE, "The server answered the " + resource + " list with "
        + what + ". Check that the address points at the API the document describes.");
  }
}
