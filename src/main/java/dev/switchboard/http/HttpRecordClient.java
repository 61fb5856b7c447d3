package dev.switchboard.http;

import dev.switchboard.data.ActionResult;
import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.BulkJob;
import dev.switchboard.data.Filter;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Page;
import dev.switchboard.data.Record;
import dev.switchboard.data.RecordClient;
import dev.switchboard.model.ActionDef;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FilterOp;
import dev.switchboard.model.ListCapabilities;
import dev.switchboard.model.OperationDef;
import dev.switchboard.model.OperationKind;
import dev.switchboard.model.Pagination;
import dev.switchboard.model.ResourceDef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * {@link RecordClient} over HTTP, driven by the model alone: the operation's method and the document's own
 * path, the list's paging, sort and filter parameters ({@link ListParameters}), its envelope ({@link
 * PageReader}). Nothing here is written for one backend.
 *
 * <ul>
 *   <li><b>Record bodies</b>: an object is the record; an object with one property holding an object and no
 *       id ({@code {"user": {...}}}) is unwrapped.
 *   <li><b>update</b>: PATCH with just the changes when the resource has PATCH; otherwise PUT with the current
 *       record and the changes, keeping only the fields the PUT body declares (or, when it declares none,
 *       dropping read-only fields).
 *   <li><b>getMany</b>: one list request with the id's {@code in} filter when the list has one (in chunks of
 *       100), otherwise up to the bulk concurrency of gets at a time; ids that are not found are left out.
 *   <li><b>Actions</b>: path parameters are the parent values and the record id (the action path's last
 *       parameter that is not a parent's); body keys named like the action's query parameters go to the query.
 * </ul>
 */
public final class HttpRecordClient implements RecordClient {

  private static final MediaType JSON = MediaType.get("application/json");
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");
  private static final int GET_MANY_CHUNK = 100;

  private final Exchanges exchanges;
  private final PathExpander paths;
  private final Map<String, String> parentValues;
  private final int concurrency;
  private final Map<String, Map<String, String>> labels = new ConcurrentHashMap<>();

  HttpRecordClient(Exchanges exchanges, PathExpander paths, Map<String, String> parentValues, int concurrency) {
    this.exchanges = exchanges;
    this.paths = paths;
    this.parentValues = Map.copyOf(parentValues);
    this.concurrency = concurrency;
  }

  @Override
  public CompletableFuture<Page> list(ResourceDef resource, ListQuery query) {
    return list(resource, parentValues, query, mapsOf(query, resource));
  }

  @Override
  public CompletableFuture<Page> listUnder(ResourceDef resource, Map<String, String> pathValues, ListQuery query) {
    Map<String, String> values = new HashMap<>(parentValues);
    values.putAll(pathValues);
    return list(resource, values, query, mapsOf(query, resource));
  }

  private PageBody<Page> mapsOf(ListQuery query, ResourceDef resource) {
    return (body, pagination, idField) -> PageReader.read(
        body.length == 0 ? null : exchanges.json().read(body), pagination, query, resource.label(), idField);
  }

  /**
   * One page of {@code resource}'s list with its records as JSON text, never read into maps: for printing
   * records unchanged ({@code records list --format json}). The same request, envelope and paging rules as
   * {@link #list}, and the same failures.
   */
  CompletableFuture<JsonPage> listJson(ResourceDef resource, ListQuery query) {
    return list(resource, parentValues, query, (body, pagination, idField) -> JsonPageReader.read(
        exchanges.json().factory(), body, pagination, query, resource.label(), idField));
  }

  /** How a list answer's body (empty when there was none) becomes a page of one kind or the other. */
  @FunctionalInterface
  private interface PageBody<P> {
    P read(byte[] body, Pagination pagination, String idField) throws java.io.IOException;
  }

  private <P> CompletableFuture<P> list(ResourceDef resource, Map<String, String> values, ListQuery query,
      PageBody<P> pages) {
    return attempt(() -> {
      OperationDef op = operation(resource, OperationKind.LIST, "list");
      ListCapabilities list = resource.list().orElseThrow(() -> unsupported(resource.label()
          + " has no list the document describes."));
      HttpUrl.Builder url = paths.url(op.path(), values);
      ListParameters.apply(url, list, query, resource.label());
      Request request = new Request.Builder().url(url.build()).get().build();
      Purpose purpose = Purpose.read("load the " + resource.label() + " list", "the " + resource.label() + " list",
          labels(resource));
      String idField = resource.idField().orElse("id");
      return exchanges.send(request, purpose, (status, headers, body) -> pages.read(body, list.pagination(),
          idField));
    });
  }

  @Override
  public CompletableFuture<Record> get(ResourceDef resource, String id) {
    return attempt(() -> {
      OperationDef op = operation(resource, OperationKind.GET, "open a record of");
      Request request = new Request.Builder().url(itemUrl(resource, op.path(), id)).get().build();
      Purpose purpose = Purpose.read("open this record", "the record " + id, labels(resource));
      return Futures.map(exchanges.send(request, purpose), reply -> record(reply.body(), resource, purpose));
    });
  }

  @Override
  public CompletableFuture<List<Record>> getMany(ResourceDef resource, Collection<String> ids) {
    List<String> wanted = new ArrayList<>(new LinkedHashSet<>(ids));
    if (wanted.isEmpty()) {
      return CompletableFuture.completedFuture(List.of());
    }
    String idField = resource.idField().orElse("id");
    boolean batch = resource.operation(OperationKind.LIST).isPresent() && resource.list()
        .map(l -> l.filters().stream().anyMatch(f -> f.field().equals(idField) && f.op() == FilterOp.IN))
        .orElse(false);
    return batch ? getManyByFilter(resource, idField, wanted) : getManyOneByOne(resource, wanted);
  }

  private CompletableFuture<List<Record>> getManyByFilter(ResourceDef resource, String idField, List<String> ids) {
    List<CompletableFuture<Page>> pages = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += GET_MANY_CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + GET_MANY_CHUNK));
      pages.add(list(resource, ListQuery.firstPage(chunk.size()).withFilter(Filter.in(idField, chunk))));
    }
    return CompletableFuture.allOf(pages.toArray(CompletableFuture[]::new)).thenApply(done -> {
      Map<String, Record> byId = new HashMap<>();
      pages.forEach(p -> p.join().records().forEach(r -> r.id(idField).ifPresent(id -> byId.put(id, r))));
      return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    });
  }

  private CompletableFuture<List<Record>> getManyOneByOne(ResourceDef resource, List<String> ids) {
    BulkJob job = BulkRunner.start(ids, concurrency, id -> get(resource, id).thenApply(Optional::of),
        BulkJob.Listener.NONE);
    return job.results().thenApply(results -> {
      List<Record> found = new ArrayList<>();
      for (BulkJob.Result result : results) {
        if (result.ok()) {
          result.record().ifPresent(found::add);
        } else if (result.problem().get().kind() != ApiProblem.Kind.NOT_FOUND) {
          throw result.problem().get();
        }
      }
      return found;
    });
  }

  @Override
  public CompletableFuture<Record> create(ResourceDef resource, Map<String, ?> values) {
    return attempt(() -> {
      OperationDef op = operation(resource, OperationKind.CREATE, "create");
      Request request = new Request.Builder().url(paths.url(op.path(), parentValues).build())
          .method(op.method(), jsonBody(values)).build();
      Purpose purpose = Purpose.write("create the record", "the new record", labels(resource));
      return Futures.map(exchanges.send(request, purpose),
          reply -> reply.body() == null ? Record.of(values) : record(reply.body(), resource, purpose));
    });
  }

  @Override
  public CompletableFuture<Record> update(ResourceDef resource, Record current, Map<String, ?> changes) {
    return attempt(() -> {
      String id = id(resource, current);
      Optional<OperationDef> patch = resource.operation(OperationKind.UPDATE);
      OperationDef op = patch.or(() -> resource.operation(OperationKind.REPLACE))
          .orElseThrow(() -> unsupported(resource.label() + " cannot be changed: the document has no PATCH or PUT"
              + " for its records."));
      Map<String, ?> body = patch.isPresent() ? changes : replacement(resource, current, changes);
      Request request = new Request.Builder().url(itemUrl(resource, op.path(), id))
          .method(op.method(), jsonBody(body)).build();
      Purpose purpose = Purpose.write("save the change", "the change", labels(resource));
      return Futures.map(exchanges.send(request, purpose), reply -> reply.body() == null
          ? merged(current, changes) : record(reply.body(), resource, purpose));
    });
  }

  /** The whole record a PUT sends: current values with the changes applied, limited to the PUT body's fields. */
  private static Map<String, Object> replacement(ResourceDef resource, Record current, Map<String, ?> changes) {
    Map<String, Object> whole = new LinkedHashMap<>(merged(current, changes).values());
    Set<String> accepted = new LinkedHashSet<>();
    resource.updateFields().forEach(f -> accepted.add(f.name()));
    if (accepted.isEmpty()) {
      resource.fields().stream().filter(f -> !f.readOnly()).map(FieldDef::name).forEach(accepted::add);
      whole.keySet().removeIf(key -> resource.field(key).map(FieldDef::readOnly).orElse(false));
      return whole;
    }
    whole.keySet().retainAll(accepted);
    return whole;
  }

  private static Record merged(Record current, Map<String, ?> changes) {
    Map<String, Object> values = new LinkedHashMap<>(current.values());
    values.putAll(changes);
    return Record.of(values);
  }

  @Override
  public CompletableFuture<Void> delete(ResourceDef resource, String id) {
    return attempt(() -> {
      OperationDef op = operation(resource, OperationKind.DELETE, "delete");
      Request request = new Request.Builder().url(itemUrl(resource, op.path(), id)).method(op.method(), null).build();
      Purpose purpose = Purpose.write("delete the record", "the record " + id, labels(resource));
      return Futures.map(exchanges.send(request, purpose), reply -> null);
    });
  }

  @Override
  public CompletableFuture<ActionResult> action(ResourceDef resource, String name, Optional<String> id,
      Map<String, ?> body) {
    return attempt(() -> {
      ActionDef action = resource.actions().stream().filter(a -> a.name().equals(name)).findFirst()
          .orElseThrow(() -> unsupported(resource.label() + " has no action '" + name + "'; it has "
              + resource.actions().stream().map(ActionDef::name).toList() + "."));
      if (action.target() == ActionDef.Target.ITEM && id.isEmpty()) {
        throw unsupported("The action '" + action.label() + "' works on one record: choose the record first.");
      }
      Map<String, String> values = new HashMap<>(parentValues);
      id.ifPresent(value -> itemParameter(action.path()).ifPresent(p -> values.put(p, value)));
      HttpUrl.Builder url = paths.url(action.path(), values);
      Map<String, Object> json = new LinkedHashMap<>(body);
      for (FieldDef parameter : action.parameters()) {
        if (json.containsKey(parameter.name()) && !values.containsKey(parameter.name())) {
          Object value = json.remove(parameter.name());
          if (value != null) {
            url.addQueryParameter(parameter.name(), QueryValues.text(value));
          }
        }
      }
      boolean sendsBody = !json.isEmpty() || !action.bodyFields().isEmpty();
      RequestBody requestBody = sendsBody ? jsonBody(json)
          : permitsBody(action.method()) ? RequestBody.create(new byte[0], null) : null;
      Request request = new Request.Builder().url(url.build()).method(action.method(), requestBody).build();
      Purpose purpose = Purpose.write("run " + action.label(), "the " + action.label() + " request",
          labels(resource));
      return Futures.map(exchanges.send(request, purpose), reply -> {
        // a record of the resource carries its id; a summary ({"closed": 3}) is said as it is
        if (reply.body() instanceof Map<?, ?> map && map.containsKey(resource.idField().orElse("id"))) {
          return ActionResult.ofRecord(reply.status(), record(reply.body(), resource, purpose));
        }
        return new ActionResult(reply.status(), Optional.empty(), Optional.ofNullable(reply.body()));
      });
    });
  }

  @Override
  public BulkJob updateMany(ResourceDef resource, List<Record> records, Map<String, ?> changes,
      BulkJob.Listener listener) {
    Map<String, Record> byId = new LinkedHashMap<>();
    records.forEach(r -> byId.put(id(resource, r), r));
    return BulkRunner.start(List.copyOf(byId.keySet()), concurrency,
        id -> update(resource, byId.get(id), changes).thenApply(Optional::of), listener);
  }

  @Override
  public BulkJob actionMany(ResourceDef resource, String action, List<String> ids, Map<String, ?> body,
      BulkJob.Listener listener) {
    return BulkRunner.start(List.copyOf(new java.util.LinkedHashSet<>(ids)), concurrency,
        id -> action(resource, action, Optional.of(id), body).thenApply(ActionResult::record), listener);
  }

  @Override
  public BulkJob deleteMany(ResourceDef resource, List<String> ids, BulkJob.Listener listener) {
    return BulkRunner.start(ids, concurrency, id -> delete(resource, id).thenApply(v -> Optional.empty()),
        listener);
  }

  private HttpUrl itemUrl(ResourceDef resource, String path, String id) {
    Map<String, String> values = new HashMap<>(parentValues);
    String param = resource.idParam().or(() -> itemParameter(path)).orElseThrow(() -> unsupported(
        "The path " + path + " has no parameter for the record id."));
    values.put(param, id);
    return paths.url(path, values).build();
  }

  /** The last path parameter that is not a parent's: {@code call_id} in {@code /calls/{call_id}/transfer}. */
  private Optional<String> itemParameter(String path) {
    Matcher m = PATH_PARAMETER.matcher(path);
    String last = null;
    while (m.find()) {
      if (!parentValues.containsKey(m.group(1))) {
        last = m.group(1);
      }
    }
    return Optional.ofNullable(last);
  }

  private static String id(ResourceDef resource, Record record) {
    String field = resource.idField().orElse("id");
    return record.id(field).orElseThrow(() -> unsupported("This " + resource.label() + " record has no '" + field
        + "' to address it by."));
  }

  private Map<String, String> labels(ResourceDef resource) {
    return labels.computeIfAbsent(resource.name(), n -> FieldLabels.of(resource));
  }

  private Record record(Object body, ResourceDef resource, Purpose purpose) {
    if (!(body instanceof Map<?, ?> map)) {
      throw ApiProblem.of(ApiProblem.Kind.BAD_RESPONSE, "The server did not send a record back when asked to "
          + purpose.doing() + " (" + (body == null ? "no body" : "a " + kind(body)) + "). The change may still"
          + " have been made: refresh to see.");
    }
    String idField = resource.idField().orElse("id");
    if (map.size() == 1 && !map.containsKey(idField) && map.values().iterator().next() instanceof Map<?, ?> inner) {
      map = inner;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> values = (Map<String, Object>) map;
    return Record.wrap(values);
  }

  private static String kind(Object body) {
    return body instanceof List<?> ? "list" : "single value";
  }

  private RequestBody jsonBody(Map<String, ?> values) {
    return RequestBody.create(exchanges.json().write(values), JSON);
  }

  private static boolean permitsBody(String method) {
    return !method.equals("GET") && !method.equals("HEAD") && !method.equals("DELETE");
  }

  private static OperationDef operation(ResourceDef resource, OperationKind kind, String doing) {
    return resource.operation(kind).orElseThrow(() -> unsupported("Cannot " + doing + " " + resource.label()
        + ": the document has no " + kind.id() + " operation for it."));
  }

  private static ApiProblem unsupported(String message) {
    return ApiProblem.of(ApiProblem.Kind.UNSUPPORTED, message);
  }

  /** Runs {@code body}, turning a problem found before sending into a failed future, never a throw. */
  private static <T> CompletableFuture<T> attempt(java.util.function.Supplier<CompletableFuture<T>> body) {
    try {
      return body.get();
    } catch (ApiProblem | IllegalArgumentException e) {
      return CompletableFuture.failedFuture(e instanceof ApiProblem ? e
          : ApiProblem.of(ApiProblem.Kind.UNSUPPORTED, e.getMessage()));
    }
  }
}
