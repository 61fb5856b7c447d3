package dev.switchboard.view.table;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Page;
import dev.switchboard.data.Record;
import dev.switchboard.data.RecordClient;
import dev.switchboard.model.PagingStyle;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.testing.InMemoryList;
import dev.switchboard.testing.UnsupportedRecordClient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link RecordClient} over records in memory, by resource: lists filter (eq, in, and date bounds), sort,
 * search and page like a counting API (or by cursor, when the resource's model says so), and every list request is kept for the test to check. With {@link
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

  /** Pages as the resource's model says: by cursor without a total, or by number with one. */
  private Page answer(ResourceDef resource, ListQuery query) {
    List<Record> records = data.getOrDefault(resource.name(), List.of());
    boolean byCursor = resource.list().map(l -> l.pagination().style() == PagingStyle.CURSOR).orElse(false);
    return byCursor ? InMemoryList.cursorPage(records, query) : InMemoryList.page(records, query);
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
