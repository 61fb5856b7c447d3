package dev.switchboard.testing;

import dev.switchboard.data.ActionResult;
import dev.switchboard.data.ApiProblem;
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

/** A RecordClient whose every method fails as unsupported: test clients override the ones they serve. */
public class UnsupportedRecordClient implements RecordClient {

  protected static <T> CompletableFuture<T> no() {
    return CompletableFuture.failedFuture(ApiProblem.of(ApiProblem.Kind.UNSUPPORTED, "not in this test"));
  }

  @Override
  public CompletableFuture<Page> list(ResourceDef resource, ListQuery query) {
    return no();
  }

  @Override
  public CompletableFuture<Record> get(ResourceDef resource, String id) {
    return no();
  }

  @Override
  public CompletableFuture<List<Record>> getMany(ResourceDef resource, Collection<String> ids) {
    return no();
  }

  @Override
  public CompletableFuture<Record> create(ResourceDef resource, Map<String, ?> values) {
    return no();
  }

  @Override
  public CompletableFuture<Record> update(ResourceDef resource, Record current, Map<String, ?> changes) {
    return no();
  }

  @Override
  public CompletableFuture<Void> delete(ResourceDef resource, String id) {
    return no();
  }

  @Override
  public CompletableFuture<ActionResult> action(ResourceDef resource, String action, Optional<String> id,
      Map<String, ?> body) {
    return no();
  }

  @Override
  public BulkJob updateMany(ResourceDef resource, List<Record> records, Map<String, ?> changes,
      BulkJob.Listener listener) {
    throw new UnsupportedOperationException();
  }

  @Override
  public BulkJob actionMany(ResourceDef resource, String action, List<String> ids, Map<String, ?> body,
      BulkJob.Listener listener) {
    throw new UnsupportedOperationException();
  }

  @Override
  public BulkJob deleteMany(ResourceDef resource, List<String> ids, BulkJob.Listener listener) {
    throw new UnsupportedOperationException();
  }
}
