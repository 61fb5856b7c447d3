package dev.switchboard.viewmodel;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Page;
import dev.switchboard.data.Record;
import dev.switchboard.data.RecordClient;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.testing.InMemoryList;
import dev.switchboard.testing.UnsupportedRecordClient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link RecordClient} over a list of records in memory, for view-model tests: lists filter (eq, in), sort,
 * search (any text field containing the text) and page like a counting API. With {@link #hold()} every list
 * answer waits until the test releases it, so tests can answer requests out of order.
 */
final class InMemoryRecordClient extends UnsupportedRecordClient {

  private final List<Record> records;
  final List<ListQuery> asked = new ArrayList<>();
  final List<Held> held = new ArrayList<>();
  /** The ids asked for by get and getMany, in order. */
  final List<String> fetched = new ArrayList<>();
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
    return InMemoryList.page(records, query);
  }

  @Override
  public CompletableFuture<Record> get(ResourceDef resource, String id) {
    fetched.add(id);
    return records.stream().filter(r -> r.id("id").orElse("").equals(id)).findFirst()
        .map(CompletableFuture::completedFuture)
        .orElseGet(() -> CompletableFuture.failedFuture(ApiProblem.of(ApiProblem.Kind.NOT_FOUND, "gone")));
  }

  @Override
  public CompletableFuture<List<Record>> getMany(ResourceDef resource, Collection<String> ids) {
    fetched.addAll(ids);
    return CompletableFuture.completedFuture(records.stream().filter(r -> ids.contains(r.id("id").orElse("")))
        .toList());
  }

}
