package dev.switchboard.viewmodel;

import dev.switchboard.data.ActionResult;
import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.BulkJob;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Page;
import dev.switchboard.data.Record;
import dev.switchboard.data.RecordClient;
import dev.switchboard.model.OperationDef;
import dev.switchboard.model.OperationKind;
import dev.switchboard.model.ResourceDef;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A {@link RecordClient} that keeps the person's work through the two refusals a session meets:
 *
 * <ul>
 *   <li>An expired session (401): the call waits while the {@link SessionGuard} asks the person to log in again,
 *       then goes out again, once; the caller only sees a call that took longer.
 *   <li>A refusal (403): the operation is remembered as refused in {@link Permissions}, with the server's reason,
 *       so its buttons turn off; the call fails as it did, and its message says why.
 * </ul>
 *
 * <p>Cancelling the returned future cancels the call under way, also while it waits for the login.
 */
public final class GuardedRecordClient implements RecordClient {

  private final RecordClient client;
  private final Permissions permissions;
  private final SessionGuard guard;
  private final Executor ui;

  public GuardedRecordClient(RecordClient client, Permissions permissions, SessionGuard guard, Executor ui) {
    this.client = client;
    this.permissions = permissions;
    this.guard = guard;
    this.ui = ui;
  }

  @Override
  public CompletableFuture<Page> list(ResourceDef resource, ListQuery query) {
    return guarded(() -> client.list(resource, query), called(resource, OperationKind.LIST));
  }

  @Override
  public CompletableFuture<Page> listUnder(ResourceDef resource, Map<String, String> pathValues, ListQuery query) {
    return guarded(() -> client.listUnder(resource, pathValues, query),
        called(resource, OperationKind.LIST));
  }

  @Override
  public CompletableFuture<Record> get(ResourceDef resource, String id) {
    return guarded(() -> client.get(resource, id), called(resource, OperationKind.GET));
  }

  @Override
  public CompletableFuture<List<Record>> getMany(ResourceDef resource, Collection<String> ids) {
    return guarded(() -> client.getMany(resource, ids), Optional.empty());
  }

  @Override
  public CompletableFuture<Record> create(ResourceDef resource, Map<String, ?> values) {
    return guarded(() -> client.create(resource, values), called(resource, OperationKind.CREATE));
  }

  @Override
  public CompletableFuture<Record> update(ResourceDef resource, Record current, Map<String, ?> changes) {
    return guarded(() -> client.update(resource, current, changes), called(resource, OperationKind.UPDATE));
  }

  @Override
  public CompletableFuture<Void> delete(ResourceDef resource, String id) {
    return guarded(() -> client.delete(resource, id), called(resource, OperationKind.DELETE));
  }

  @Override
  public CompletableFuture<ActionResult> action(ResourceDef resource, String action, Optional<String> id,
      Map<String, ?> body) {
    return guarded(() -> client.action(resource, action, id, body), resource.actions().stream()
        .filter(a -> a.name().equals(action)).findFirst()
        .map(a -> new Called(a.method(), a.path(), a.label() + " on " + resource.label())));
  }

  @Override
  public BulkJob updateMany(ResourceDef resource, List<Record> records, Map<String, ?> changes,
      BulkJob.Listener listener) {
    return client.updateMany(resource, records, changes, listener); // each failure is listed; Retry sends it again
  }

  @Override
  public BulkJob actionMany(ResourceDef resource, String action, List<String> ids, Map<String, ?> body,
      BulkJob.Listener listener) {
    return client.actionMany(resource, action, ids, body, listener);
  }

  @Override
  public BulkJob deleteMany(ResourceDef resource, List<String> ids, BulkJob.Listener listener) {
    return client.deleteMany(resource, ids, listener);
  }

  private <T> CompletableFuture<T> guarded(Supplier<CompletableFuture<T>> call, Optional<Called> operation) {
    AtomicReference<CompletableFuture<?>> underWay = new AtomicReference<>();
    CompletableFuture<T> result = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        CompletableFuture<?> inner = underWay.get();
        if (inner != null) {
          inner.cancel(mayInterruptIfRunning);
        }
        return cancelled;
      }
    };
    send(call, operation, result, underWay, true);
    return result;
  }

  private <T> void send(Supplier<CompletableFuture<T>> call, Optional<Called> operation,
      CompletableFuture<T> result, AtomicReference<CompletableFuture<?>> underWay, boolean mayRetry) {
    CompletableFuture<T> attempt = call.get();
    underWay.set(attempt);
    attempt.whenComplete((value, failure) -> {
      if (failure == null) {
        result.complete(value);
        return;
      }
      Optional<ApiProblem> problem = ApiProblem.in(failure);
      boolean expired = problem.filter(p -> p.kind() == ApiProblem.Kind.SESSION_EXPIRED).isPresent();
      if (mayRetry && !result.isDone() && expired) {
        CompletableFuture<Boolean> back = guard.expired();
        underWay.set(back);
        back.whenComplete((retry, ignored) -> {
          if (Boolean.TRUE.equals(retry) && !result.isDone()) {
            send(call, operation, result, underWay, false);
          } else {
            result.completeExceptionally(failure);
          }
        });
        return;
      }
      problem.filter(p -> p.kind() == ApiProblem.Kind.FORBIDDEN).ifPresent(p -> operation.ifPresent(op ->
          ui.execute(() -> permissions.learnRefused(op.method(), op.path(), p.getMessage(), op.what()))));
      result.completeExceptionally(failure);
    });
  }

  /**
   * The operation a call went to, as {@link Permissions} remembers a refusal of it, and what it is in words
   * ("Deleting Calls records") for the one time the person is told.
   */
  private record Called(String method, String path, String what) {}

  private static Optional<Called> called(ResourceDef resource, OperationKind kind) {
    Optional<OperationDef> operation = kind == OperationKind.UPDATE
        ? resource.operation(kind).or(() -> resource.operation(OperationKind.REPLACE)) : resource.operation(kind);
    String records = resource.label() + " records";
    String what = switch (kind) {
      case LIST -> "Listing " + records;
      case GET -> "Opening " + records;
      case CREATE -> "Creating " + records;
      case UPDATE, REPLACE -> "Changing " + records;
      case DELETE -> "Deleting " + records;
    };
    return operation.map(op -> new Called(op.method(), op.path(), what));
  }
}
