package dev.switchboard.data;

import dev.switchboard.model.ResourceDef;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The one contract between the UI and a backend, shaped after react-admin's data provider. Every method is
 * asynchronous and never blocks its caller; cancelling a returned future cancels its request. Failures complete
 * the future with an {@link ApiProblem}. Resources are the model's: the client reads their paths, paging,
 * filters and sort from it, so nothing here knows which backend it talks to.
 */
public interface RecordClient {

  /** One page of {@code resource}'s list. */
  CompletableFuture<Page> list(ResourceDef resource, ListQuery query);

  /**
   * Lists a collection under one record ({@code /calls/{call_id}/history}): {@code pathValues} fill the path
   * parameters of its parent ({@code call_id}). A client that cannot reach such collections says so.
   */
  default CompletableFuture<Page> listUnder(ResourceDef resource, Map<String, String> pathValues, ListQuery query) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException(
        "This client cannot list " + resource.label() + " under a record."));
  }

  /** One record by id. */
  CompletableFuture<Record> get(ResourceDef resource, String id);

  /**
   * The records with these ids that exist, for showing related records by name: one request with an
   * {@code id__in}-style filter when the list has one, else a few gets at a time. Missing ids are left out.
   */
  CompletableFuture<List<Record>> getMany(ResourceDef resource, Collection<String> ids);

  /** Creates a record from {@code values}; answers the record as the server stored it. */
  CompletableFuture<Record> create(ResourceDef resource, Map<String, ?> values);

  /**
   * Changes a record: with PATCH only {@code changes} are sent; where the API only has PUT, {@code current}
   * with the changes applied is sent, limited to the fields the replace body accepts.
   */
  CompletableFuture<Record> update(ResourceDef resource, Record current, Map<String, ?> changes);

  /** Deletes a record. */
  CompletableFuture<Void> delete(ResourceDef resource, String id);

  /**
   * Runs one of the resource's actions ({@code transfer}, {@code reset-password}); {@code id} is needed for
   * item actions and must be empty for collection actions.
   */
  CompletableFuture<ActionResult> action(ResourceDef resource, String action, Optional<String> id,
      Map<String, ?> body);

  /** PATCHes (or PUTs) the same changes into many records, a few at a time. */
  BulkJob updateMany(ResourceDef resource, List<Record> records, Map<String, ?> changes, BulkJob.Listener listener);

  /** Runs the same item action with the same body on many records, a few at a time. */
  BulkJob actionMany(ResourceDef resource, String action, List<String> ids, Map<String, ?> body,
      BulkJob.Listener listener);

  /** Deletes many records, a few at a time. */
  BulkJob deleteMany(ResourceDef resource, List<String> ids, BulkJob.Listener listener);
}
