package dev.switchboard.viewmodel;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.Filter;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Page;
import dev.switchboard.data.Record;
import dev.switchboard.data.RecordClient;
import dev.switchboard.data.Sort;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.testing.UnsupportedRecordClient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * A {@link RecordClient} over a list of records in memory, for view-model tests: lists filter (eq, in), sort,
 * search (any text field containing the text) and page like a counting API. With {@link #hold()} every list
 * answer waits until the test releases it, so tests can answer requests out of order.
 */
final class InMemoryRecordClient extends UnsupportedRecordClient {

  private final List<Record> records;
  final List<ListQuery> asked = new ArrayList<>();
  final List<Held> held = new ArrayList<>();
  private boolean holding;
  private ApiProblem failNext;

  InMemoryRecordClient(List<Record> records) {
    this.records = List.copyOf(records);
  }

  void hold() {
    holding = true;
  }

  void failNext(ApiProblem problem) {
    failNext = problem;
  }

  /** A list request waiting for the test to answer it. */
  record Held(ListQuery query, CompletableFuture<Page> answer) {}

  /** Answers the held request at {@code index} with what the data says. */
  void release(int index) {
    Held request = held.get(index);
    request.answer().complete(answer(request.query()));
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
      held.add(new Held(query, later));
      return later;
    }
    return CompletableFuture.completedFuture(answer(query));
  }

  Page answer(ListQuery query) {
    Stream<Record> matching = records.stream();
    for (Filter filter : query.filters()) {
      matching = matching.filter(r -> filter.values().contains(r.get(filter.field()).orElse(null)));
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

  @Override
  public CompletableFuture<Record> get(ResourceDef resource, String id) {
    return records.stream().filter(r -> r.id("id").orElse("").equals(id)).findFirst()
        .map(CompletableFuture::completedFuture)
        .orElseGet(() -> CompletableFuture.failedFuture(ApiProblem.of(ApiProblem.Kind.NOT_FOUND, "gone")));
  }

  @Override
  public CompletableFuture<List<Record>> getMany(ResourceDef resource, Collection<String> ids) {
    return CompletableFuture.completedFuture(records.stream().filter(r -> ids.contains(r.id("id").orElse("")))
        .toList());
  }

}
