package dev.switchboard.viewmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * An {@link ActivityLog} in a list, for view-model tests. With {@link #hold()} each append waits until the test
 * releases it, so a test can see what the caller sees before the entry is stored.
 */
public final class InMemoryActivityLog implements ActivityLog {

  private final List<ActivityEntry> entries = new ArrayList<>();
  private final List<CompletableFuture<Void>> heldAppends = new ArrayList<>();
  private boolean holding;
  private RuntimeException failAppends;

  public synchronized List<ActivityEntry> entries() {
    return List.copyOf(entries);
  }

  synchronized void hold() {
    holding = true;
  }

  /** Stores the held appends. */
  synchronized void release() {
    heldAppends.forEach(f -> f.complete(null));
    heldAppends.clear();
  }

  synchronized void failAppends(RuntimeException failure) {
    failAppends = failure;
  }

  @Override
  public synchronized CompletableFuture<Void> append(ActivityEntry entry) {
    if (failAppends != null) {
      return CompletableFuture.failedFuture(failAppends);
    }
    if (holding) {
      CompletableFuture<Void> later = new CompletableFuture<>();
      heldAppends.add(later);
      return later.thenRun(() -> {
        synchronized (this) {
          entries.add(entry);
        }
      });
    }
    entries.add(entry);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public synchronized CompletableFuture<List<ActivityEntry>> query(ActivityFilter filter) {
    return CompletableFuture.completedFuture(entries.stream().filter(filter::matches)
        .sorted(Comparator.comparing(ActivityEntry::time).reversed()).limit(filter.limit()).toList());
  }

  @Override
  public synchronized CompletableFuture<Facets> facets() {
    return CompletableFuture.completedFuture(new Facets(distinct(ActivityEntry::backend),
        distinct(ActivityEntry::user), distinct(ActivityEntry::resource)));
  }

  private List<String> distinct(java.util.function.Function<ActivityEntry, String> column) {
    return entries.stream().map(column).filter(s -> !s.isBlank()).distinct().sorted().toList();
  }
}
