package dev.switchboard.view.table;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.Filter;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Page;
import dev.switchboard.data.Record;
import dev.switchboard.data.RecordClient;
import dev.switchboard.data.Sort;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.testing.UnsupportedRecordClient;
import dev.switchboard.view.cell.Formats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A {@link RecordClient} over records in memory, by resource: lists filter (eq, in, and date bounds), sort,
 * search and page like a counting API, and every list request is kept for the test to check. With {@link
 * #hold()} list answers wait until {@link #releaseAll()}; {@link #failNext} makes the next list fail.
 */
public final class MemoryClient extends UnsupportedRecordClient {

  private final Map<String, List<Record>> data;
  public final List<ListQuery> asked = new ArrayList<>();
  public final List<Collection<String>> lookedUp = new ArrayList<>();
  private final List<Runnable> held = new ArrayList<>();
  private boolean holding;
  private ApiProblem failNext;

  public MemoryClient(Map<String, List<Record>> data) {
    this.data = Map.copyOf(data);
  }

  public static MemoryClient callCenter(int calls) {
    return new MemoryClient(Map.of("calls", CallCenter.calls(calls), "users", CallCenter.users()));
  }

  public ListQuery last() {
    return asked.get(asked.size() - 1);
  }

  public void hold() {
    holding = true;
  }

  public void releaseAll() {
    holding = false;
    List<Runnable> due = new ArrayList<>(held);
    held.clear();
    due.forEach(Runnable::run);
  }

  public void failNext(ApiProblem problem) {
    failNext = problem;
  }

  @Override
  public CompletableFuture<Page> list(ResourceDef resource, ListQuery query) {
    asked.add(query);
    if (failNext != null) {
      ApiProblem problem = failNext;
      failNext = null;
      return CompletableFuture.failedFuture(problem);
    }
    if (holding) {
      CompletableFuture<Page> later = new CompletableFuture<>();
      held.add(() -> later.complete(answer(resource, query)));
      return later;
    }
    return CompletableFuture.completedFuture(answer(resource, query));
  }

  private Page answer(ResourceDef resource, ListQuery query) {
    Stream<Record> matching = data.getOrDefault(resource.name(), List.of()).stream();
    for (Filter filter : query.filters()) {
      matching = matching.filter(matches(filter));
    }
    if (query.search().isPresent()) {
      String text = query.search().get().toLowerCase();
      matching = matching.filter(r -> r.values().values().stream()
          .anyMatch(v -> v instanceof String s && s.toLowerCase().contains(text)));
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
    int from = (int) Math.min(all.size(), query.offset());
    int to = Math.min(all.size(), from + query.pageSize());
    return new Page(all.subList(from, to), OptionalLong.of(all.size()), to < all.size(), Optional.empty());
  }

  private static Predicate<Record> matches(Filter filter) {
    return record -> {
      Object value = record.get(filter.field()).orElse(null);
      if (value == null) {
        return false;
      }
      return switch (filter.op()) {
        case GTE, GT, LTE, LT -> {
          Instant at = Formats.instant(value).orElseThrow();
          Instant bound = Formats.instant(filter.value()).orElseThrow();
          int c = at.compareTo(bound);
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

  @Override
  public CompletableFuture<Record> get(ResourceDef resource, String id) {
    return data.getOrDefault(resource.name(), List.of()).stream().filter(r -> r.id("id").orElse("").equals(id))
        .findFirst().map(CompletableFuture::completedFuture)
        .orElseGet(() -> CompletableFuture.failedFuture(ApiProblem.of(ApiProblem.Kind.NOT_FOUND, "gone")));
  }

  @Override
  public CompletableFuture<List<Record>> getMany(ResourceDef resource, Collection<String> ids) {
    lookedUp.add(List.copyOf(ids));
    return CompletableFuture.completedFuture(data.getOrDefault(resource.name(), List.of()).stream()
        .filter(r -> ids.contains(r.id("id").orElse(""))).toList());
  }

}
