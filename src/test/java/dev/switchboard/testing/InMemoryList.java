package dev.switchboard.testing;

import dev.switchboard.data.Filter;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Page;
import dev.switchboard.data.Record;
import dev.switchboard.data.Sort;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A list endpoint in memory, for test clients: filters (ranges on numbers, days and date-times, equality and {@code in} on the
 * rest), search (any text value containing the text, any case), sort keys in order, and numbered pages with a
 * total, as a counting API answers; or, with {@link #cursorPage}, pages by cursor without a total.
 */
public final class InMemoryList {

  private InMemoryList() {}

  public static Page page(List<Record> records, ListQuery query) {
    List<Record> all = matching(records, query);
    int from = (int) Math.min(all.size(), query.offset());
    int to = Math.min(all.size(), from + query.pageSize());
    return new Page(all.subList(from, to), OptionalLong.of(all.size()), to < all.size(), Optional.empty());
  }

  /** A page of an API that pages by cursor and never counts: the cursor is where the next page starts. */
  public static Page cursorPage(List<Record> records, ListQuery query) {
    List<Record> all = matching(records, query);
    int from = Math.min(all.size(), query.cursor().map(Integer::parseInt).orElse(0));
    int to = Math.min(all.size(), from + query.pageSize());
    Optional<String> next = to < all.size() ? Optional.of(Integer.toString(to)) : Optional.empty();
    return new Page(all.subList(from, to), OptionalLong.empty(), next.isPresent(), next);
  }

  private static List<Record> matching(List<Record> records, ListQuery query) {
    Stream<Record> matching = records.stream();
    for (Filter filter : query.filters()) {
      matching = matching.filter(matches(filter));
    }
    if (query.search().isPresent()) {
      String text = query.search().get().toLowerCase(Locale.ROOT);
      matching = matching.filter(r -> r.values().values().stream()
          .anyMatch(v -> v instanceof String s && s.toLowerCase(Locale.ROOT).contains(text)));
    }
    List<Record> all = new ArrayList<>(matching.toList());
    Comparator<Record> order = null;
    for (Sort key : query.sort()) {
      Comparator<Record> one = Comparator.comparing(r -> String.valueOf(r.get(key.field()).orElse("")));
      one = key.descending() ? one.reversed() : one;
      order = order == null ? one : order.thenComparing(one);
    }
    if (order != null) {
      all.sort(order);
    }
    return all;
  }

  private static Predicate<Record> matches(Filter filter) {
    return record -> {
      Object value = record.get(filter.field()).orElse(null);
      if (value == null) {
        return false;
      }
      return switch (filter.op()) {
        case GTE, GT, LTE, LT -> {
          int c = compare(value, filter.value());
          yield switch (filter.op()) {
            case GTE -> c >= 0;
            case GT -> c > 0;
            case LTE -> c <= 0;
            default -> c < 0;
          };
        }
        default -> filter.values().stream().anyMatch(v -> String.valueOf(v).equals(String.valueOf(value)));
      };
    };
  }

  /** Numbers as numbers, days as days ("2026-11-24"), everything else as instants. */
  private static int compare(Object value, Object bound) {
    if (value instanceof Number n) {
      return new BigDecimal(n.toString()).compareTo(new BigDecimal(bound.toString()));
    }
    if (bound instanceof LocalDate day) {
      return LocalDate.parse(String.valueOf(value).substring(0, 10)).compareTo(day);
    }
    return instant(value).compareTo(instant(bound));
  }

  private static Instant instant(Object value) {
    return value instanceof Instant i ? i : Instant.parse(String.valueOf(value));
  }
}
