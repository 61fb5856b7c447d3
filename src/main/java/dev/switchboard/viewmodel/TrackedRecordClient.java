package dev.switchboard.viewmodel;

import dev.switchboard.data.ActionResult;
import dev.switchboard.data.BulkJob;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Page;
import dev.switchboard.data.Record;
import dev.switchboard.data.RecordClient;
import dev.switchboard.model.ResourceDef;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** A {@link RecordClient} that reports every request to an {@link ActivityTracker}, for the status bar. */
public final class TrackedRecordClient implements RecordClient {

  private final RecordClient client;
  private final ActivityTracker tracker;

  public TrackedRecordClient(RecordClient client, ActivityTracker tracker) {
    this.client = client;
    this.tracker = tracker;
  }

  @Override
  public CompletableFuture<Page> listUnder(ResourceDef resource, Map<String, String> pathValues, ListQuery query) {
    return tracker.track(client.listUnder(resource, pathValues, query));
  }

  @Override
  public CompletableFuture<Page> list(ResourceDef resource, ListQuery query) {
    return tracker.track(client.list(resource, query));
  }

  @Override
  public CompletableFuture<Record> get(ResourceDef resource, String id) {
    return tracker.track(client.get(resource, id));
  }

  @Override
  public CompletableFuture<List<Record>> getMany(ResourceDef resource, Collection<String> ids) {
    return tracker.track(client.getMany(resource, ids));
  }

  @Override
  public CompletableFuture<Record> create(ResourceDef resource, Map<String, ?> values) {
    return tracker.track(client.create(resource, values));
  }

  @Override
  public CompletableFuture<Record> update(ResourceDef resource, Record current, Map<String, ?> changes) {
    return tracker.track(client.update(resource, current, changes));
  }

  @Override
  public CompletableFuture<Void> delete(ResourceDef resource, String id) {
    return tracker.track(client.delete(resource, id));
  }

  @Override
  public CompletableFuture<ActionResult> action(ResourceDef resource, String action, Optional<String> id,
      Map<String, ?> body) {
    return tracker.track(client.action(resource, action, id, body));
  }

  @Override
  public BulkJob updateMany(ResourceDef resource, List<Record> records, Map<String, ?> changes,
      BulkJob.Listener listener) {
    BulkJob job = client.updateMany(resource, records, changes, listener);
    tracker.track(job.results());
    return job;
  }

  @Override
  public BulkJob actionMany(ResourceDef resource, String action, List<String> ids, Map<String, ?> body,
      BulkJob.Listener listener) {
    BulkJob job = client.actionMany(resource, action, ids, body, listener);
    tracker.track(job.results());
    return job;
  }

  @Override
  public BulkJob deleteMany(ResourceDef resource, List<String> ids, BulkJob.Listener listener) {
    BulkJob job = client.deleteMany(resource, ids, listener);
    tracker.track(job.results());
    return job;
  }
}
