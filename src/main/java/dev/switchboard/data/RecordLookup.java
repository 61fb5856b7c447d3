package dev.switchboard.data;

import dev.switchboard.model.ResourceDef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A view's cache of related records, for showing names where a record holds ids ({@code agent_id: 7} shown as
 * "Dana Scully"). Each id is fetched at most once while the view lives, however many rows or cells ask; ids
 * asked for together go out as one {@link RecordClient#getMany} call. Ids that do not exist are remembered as
 * missing. A view makes one lookup and drops it when it closes.
 */
public final class RecordLookup {

  private final RecordClient client;
  private final Map<String, CompletableFuture<Optional<Record>>> entries = new ConcurrentHashMap<>();

  public RecordLookup(RecordClient client) {
    this.client = client;
  }

  /** The records of {@code resource} with these ids that exist, by id, fetching only the ones not asked before. */
  public CompletableFuture<Map<String, Record>> find(ResourceDef resource, Collection<String> ids) {
    List<String> wanted = new ArrayList<>(new LinkedHashSet<>(ids));
    Map<String, CompletableFuture<Optional<Record>>> mine = new LinkedHashMap<>();
    List<String> toFetch = new ArrayList<>();
    for (String id : wanted) {
      CompletableFuture<Optional<Record>> fresh = new CompletableFuture<>();
      CompletableFuture<Optional<Record>> existing = entries.putIfAbsent(key(resource, id), fresh);
      mine.put(id, existing == null ? fresh : existing);
      if (existing == null) {
        toFetch.add(id);
      }
    }
    if (!toFetch.isEmpty()) {
      String idField = resource.idField().orElse("id");
      client.getMany(resource, toFetch).whenComplete((found, failure) -> {
        Map<String, Record> byId = new LinkedHashMap<>();
        if (found != null) {
          found.forEach(r -> r.id(idField).ifPresent(id -> byId.put(id, r)));
        }
        for (String id : toFetch) {
          CompletableFuture<Optional<Record>> entry = mine.get(id);
          if (failure != null) {
            // A failed lookup is not remembered: the next view refresh may succeed.
            entries.remove(key(resource, id), entry);
            entry.completeExceptionally(failure);
          } else {
            entry.complete(Optional.ofNullable(byId.get(id)));
          }
        }
      });
    }
    return CompletableFuture.allOf(mine.values().toArray(CompletableFuture[]::new)).thenApply(done -> {
      Map<String, Record> result = new LinkedHashMap<>();
      mine.forEach((id, future) -> future.join().ifPresent(r -> result.put(id, r)));
      return result;
    });
  }

  /** The record if it has already arrived; never starts a request (for painting a cell). */
  public Optional<Record> cached(ResourceDef resource, String id) {
    CompletableFuture<Optional<Record>> entry = entries.get(key(resource, id));
    return entry != null && entry.isDone() && !entry.isCompletedExceptionally() ? entry.join() : Optional.empty();
  }

  /** Forgets one record, after it changed, so the next lookup fetches it again. */
  public void forget(ResourceDef resource, String id) {
    entries.remove(key(resource, id));
  }

  private static String key(ResourceDef resource, String id) {
    return resource.name() + '\u0000' + id;
  }
}
