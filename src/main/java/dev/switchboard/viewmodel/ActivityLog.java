package dev.switchboard.viewmodel;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The local, append-only record of every change made through Switchboard. Entries are only ever added: there is
 * no way to change or remove one. Every call runs off the caller's thread.
 */
public interface ActivityLog {

  /** Stores {@code entry} durably: the future completes once it is on disk. */
  CompletableFuture<Void> append(ActivityEntry entry);

  /**
   * Calls {@code listener} (on the log's own thread) after each entry is stored, until the returned handle is
   * closed: an open Activity view shows new changes as they are made.
   */
  default AutoCloseable onAppended(Runnable listener) {
    return () -> {};
  }

  /** The entries {@code filter} lets through, newest first, at most its limit. */
  CompletableFuture<List<ActivityEntry>> query(ActivityFilter filter);

  /** The backends, users and resources that have entries, for the filters' choices. */
  CompletableFuture<Facets> facets();

  /** The distinct values of the filterable columns, each sorted. */
  record Facets(List<String> backends, List<String> users, List<String> resources) {

    public static final Facets NONE = new Facets(List.of(), List.of(), List.of());

    public Facets {
      backends = List.copyOf(backends);
      users = List.copyOf(users);
      resources = List.copyOf(resources);
    }
  }
}
