package dev.switchboard.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.model.ActionDef;
import dev.switchboard.model.AdminApi;
import dev.switchboard.model.Constraints;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.FilterDef;
import dev.switchboard.model.FilterOp;
import dev.switchboard.model.ListCapabilities;
import dev.switchboard.model.OperationDef;
import dev.switchboard.model.OperationKind;
import dev.switchboard.model.PagingStyle;
import dev.switchboard.model.Pagination;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.model.SecurityDef;
import dev.switchboard.model.SecurityRequirements;
import dev.switchboard.model.SortDef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Small builders for the model records the HTTP tests need ({@code calls} at {@code /calls/} and {@code
 * /calls/{call_id}}), canned MockWebServer answers, and waiting on futures without ever hanging a build.
 */
final class TestResources {

  static final String COLLECTION = "/calls/";
  static final String ITEM = "/calls/{call_id}";

  private TestResources() {}

  // ---- paging ----

  /** A list answered as a bare JSON array. */
  static Pagination paging(PagingStyle style, Map<String, String> params) {
    return new Pagination(style, params, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A list answered as an envelope: records at {@code items}, the total and next cursor where given. */
  static Pagination envelope(PagingStyle style, Map<String, String> params, String items, String total,
      String nextCursor) {
    return new Pagination(style, params, Optional.of(items), Optional.ofNullable(total),
        Optional.ofNullable(nextCursor));
  }

  static Pagination skipLimit() {
    return paging(PagingStyle.SKIP_LIMIT, Map.of("skip", "skip", "limit", "limit"));
  }

  // ---- fields, filters, sort ----

  static FieldDef field(String name, FieldType type) {
    return field(name, type, false);
  }

  static FieldDef readOnly(String name, FieldType type) {
    return field(name, type, true);
  }

  private static FieldDef field(String name, FieldType type, boolean readOnly) {
    return new FieldDef(name, FieldLabels.humanize(name), type, Optional.empty(), false, false, readOnly, false,
        List.of(), Optional.empty(), List.of(), Constraints.NONE, Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  static FieldDef object(String name, FieldDef... fields) {
    return new FieldDef(name, FieldLabels.humanize(name), FieldType.OBJECT, Optional.empty(), false, false, false,
        false, List.of(), Optional.empty(), List.of(fields), Constraints.NONE, Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /** A filter whose several values (for {@code in}) go as a comma list, or repeated when the name ends in []. */
  static FilterDef filter(String param, String field, FilterOp op) {
    return new FilterDef(param, field, op, FieldType.STRING, List.of(), op == FilterOp.IN, false);
  }

  static FilterDef repeatedFilter(String param, String field, FilterOp op) {
    return new FilterDef(param, field, op, FieldType.STRING, List.of(), true, false, true);
  }

  static SortDef minusPrefix(String param, boolean multi, boolean repeated) {
    return new SortDef(param, SortDef.Style.MINUS_PREFIX, multi, Optional.empty(), List.of(), repeated);
  }

  static SortDef directionParam(String param, String direction) {
    return new SortDef(param, SortDef.Style.DIRECTION_PARAM, false, Optional.of(direction), List.of());
  }

  static SortDef parallelArrays(String param, String direction) {
    return new SortDef(param, SortDef.Style.PARALLEL_ARRAYS, true, Optional.of(direction), List.of());
  }

  // ---- actions ----

  static ActionDef itemAction(String name, String method, List<FieldDef> parameters, List<FieldDef> body) {
    return new ActionDef(name, FieldLabels.humanize(name), method, ITEM + "/" + name, ActionDef.Target.ITEM,
        Optional.empty(), Optional.empty(), parameters, body, SecurityRequirements.NONE);
  }

  static ActionDef collectionAction(String name, String method, List<FieldDef> parameters, List<FieldDef> body) {
    return new ActionDef(name, FieldLabels.humanize(name), method, COLLECTION + name, ActionDef.Target.COLLECTION,
        Optional.empty(), Optional.empty(), parameters, body, SecurityRequirements.NONE);
  }

  // ---- resources ----

  static Resource calls() {
    return new Resource();
  }

  /** A {@code calls} resource with list, get, create, PATCH update and delete unless told otherwise. */
  static final class Resource {
    private final Map<OperationKind, OperationDef> operations = new EnumMap<>(OperationKind.class);
    private Pagination pagination = skipLimit();
    private Optional<SortDef> sort = Optional.empty();
    private Optional<String> search = Optional.empty();
    private final List<FilterDef> filters = new ArrayList<>();
    private final List<FieldDef> fields = new ArrayList<>();
    private final List<FieldDef> updateFields = new ArrayList<>();
    private final List<ActionDef> actions = new ArrayList<>();
    private String idField = "id";
    private boolean hasList = true;

    Resource() {
      with(OperationKind.LIST, OperationKind.GET, OperationKind.CREATE, OperationKind.UPDATE,
          OperationKind.DELETE);
    }

    Resource with(OperationKind... kinds) {
      for (OperationKind kind : kinds) {
        operations.put(kind, operation(kind));
      }
      return this;
    }

    Resource without(OperationKind... kinds) {
      for (OperationKind kind : kinds) {
        operations.remove(kind);
        if (kind == OperationKind.LIST) {
          hasList = false;
        }
      }
      return this;
    }

    Resource paging(Pagination newPagination) {
      pagination = newPagination;
      return this;
    }

    Resource sort(SortDef newSort) {
      sort = Optional.of(newSort);
      return this;
    }

    Resource search(String param) {
      search = Optional.of(param);
      return this;
    }

    Resource filters(FilterDef... more) {
      filters.addAll(List.of(more));
      return this;
    }

    Resource fields(FieldDef... more) {
      fields.addAll(List.of(more));
      return this;
    }

    Resource updateFields(FieldDef... more) {
      updateFields.addAll(List.of(more));
      return this;
    }

    Resource actions(ActionDef... more) {
      actions.addAll(List.of(more));
      return this;
    }

    Resource idField(String name) {
      idField = name;
      return this;
    }

    ResourceDef build() {
      Optional<ListCapabilities> list = hasList
          ? Optional.of(new ListCapabilities(pagination, sort, search, filters)) : Optional.empty();
      return new ResourceDef("calls", "Calls", "calls", Optional.of(COLLECTION), Optional.of(ITEM),
          Optional.of("call_id"), Optional.of(idField), List.of(), operations, actions, list, fields, fields,
          updateFields);
    }

    private static OperationDef operation(OperationKind kind) {
      String method = switch (kind) {
        case LIST, GET -> "GET";
        case CREATE -> "POST";
        case UPDATE -> "PATCH";
        case REPLACE -> "PUT";
        case DELETE -> "DELETE";
      };
      String path = kind == OperationKind.LIST || kind == OperationKind.CREATE ? COLLECTION : ITEM;
      return new OperationDef(kind, method, path, Optional.empty(), Optional.empty(), SecurityRequirements.NONE);
    }
  }

  // ---- security and the API ----

  static SecurityDef oauth2(String name, String tokenUrl) {
    return new SecurityDef(name, SecurityDef.Type.OAUTH2_PASSWORD, Optional.of(tokenUrl),
        Map.of("calls:read", "Read calls"), Optional.empty(), Optional.empty(), Optional.empty());
  }

  static SecurityDef bearer(String name) {
    return new SecurityDef(name, SecurityDef.Type.HTTP_BEARER, Optional.empty(), Map.of(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  static SecurityDef basic(String name) {
    return new SecurityDef(name, SecurityDef.Type.HTTP_BASIC, Optional.empty(), Map.of(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  static SecurityDef apiKey(String name, String in, String param) {
    return new SecurityDef(name, SecurityDef.Type.API_KEY, Optional.empty(), Map.of(), Optional.of(in),
        Optional.of(param), Optional.empty());
  }

  static AdminApi api(List<SecurityDef> security, ResourceDef... resources) {
    return new AdminApi("Call center", "1.0", "3.1.0", Optional.empty(), security, List.of(resources), List.of());
  }

  static AdminApi api(ResourceDef... resources) {
    return api(List.of(), resources);
  }

  // ---- the backend ----

  /** Settings for tests: answers within 5 s, no retries unless a test asks for them. */
  static HttpSettings quick() {
    return HttpSettings.defaults().withTimeout(Duration.ofSeconds(5)).withRetries(0, Duration.ofMillis(10));
  }

  static HttpBackend open(MockWebServer server, AdminApi api) {
    return open(server, api, quick());
  }

  static HttpBackend open(MockWebServer server, AdminApi api, HttpSettings settings) {
    return HttpBackend.open(api, server.url("/").toString(), settings);
  }

  // ---- answers ----

  static MockResponse json(String body) {
    return json(200, body);
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
  }

  static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).build();
  }

  static MockResponse html(int code, String page) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "text/html; charset=utf-8").body(page)
        .build();
  }

  /** {@code n} call records {@code {"id": from..}}, as a JSON array's contents. */
  static String records(int from, int n) {
    List<String> items = new ArrayList<>();
    for (int i = from; i < from + n; i++) {
      items.add("{\"id\":" + i + ",\"status\":\"answered\"}");
    }
    return String.join(",", items);
  }

  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  // ---- waiting ----

  static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get(15, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("expected success, got " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("no answer in 15 s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The problem the future failed with (never waits past 15 s). */
  static ApiProblem problem(CompletableFuture<?> future) {
    try {
      Object value = future.get(15, TimeUnit.SECONDS);
      return fail("expected a problem, got " + value);
    } catch (ExecutionException e) {
      return ApiProblem.in(e).orElseThrow(() -> new AssertionError("not an ApiProblem: " + e.getCause(), e));
    } catch (TimeoutException e) {
      throw new AssertionError("no answer in 15 s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static RecordedRequest taken(MockWebServer server) {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request).as("a request reached the server").isNotNull();
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static String body(RecordedRequest request) {
    return request.getBody() == null ? "" : request.getBody().utf8();
  }
}
