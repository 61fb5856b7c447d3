package dev.switchboard.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /api/v1/calls/}: a page of calls, filtered and sorted, served from the in-memory {@link CallIndex}
 * without touching the database ({@link CallsHandler} keeps the index up to date, {@link UsersHandler} the agents'
 * names).
 */
final class CallListHandler {

  private static final Set<String> STATUSES = Set.of("ringing", "active", "completed", "missed", "voicemail",
      "transferred");

  private static final List<CallStore.Sort> DEFAULT_SORT = List.of(new CallStore.Sort("started_at", true));

  private final CallIndex index;
  private final UserNames names;

  CallListHandler(CallIndex index, UserNames names) {
    this.index = index;
    this.names = names;
  }

  void register(Dispatcher dispatcher) {
    dispatcher.add("GET", "/api/v1/calls/", this::list);
  }

  Response list(Request request) {
    CallStore.Filter filter = new CallStore.Filter(text(request, "status"), statusIn(request),
        text(request, "direction"), request.queryParam("agent_id").map(JsonNode::asLong), text(request, "queue"),
        request.queryParam("started_at__gte").map(Json::time), request.queryParam("started_at__lte").map(Json::time),
        text(request, "search"));
    List<CallStore.Sort> sort = sort(request.query().path("order_by").asText(""));
    long page = request.query().path("page").asLong();
    int size = request.query().path("size").asInt();
    // Far past any data: skip the arithmetic that could overflow, the page is empty anyway.
    long offset = page > Integer.MAX_VALUE ? Long.MAX_VALUE : (page - 1) * size;
    CallStore.Page found = index.list(filter, sort, offset, size);
    ObjectNode body = Json.object();
    body.set("items", Json.NODES.arrayNode().addAll(found.items().stream().map(call -> call.toJson(names)).toList()));
    body.put("total", found.total());
    body.put("page", page);
    body.put("size", size);
    body.put("pages", (found.total() + size - 1) / size);
    return Response.ok(body);
  }

  private static List<String> statusIn(Request request) {
    Optional<String> raw = text(request, "status__in");
    if (raw.isEmpty() || raw.get().isBlank()) {
      return List.of();
    }
    List<String> statuses = new ArrayList<>();
    for (String part : raw.get().split(",")) {
      String status = part.trim();
      if (!STATUSES.contains(status)) {
        String expected = "'ringing', 'active', 'completed', 'missed', 'voicemail' or 'transferred'";
        throw ApiException.invalid(new ErrorItem("enum", ErrorItem.loc("query", "status__in"),
            "Input should be " + expected, Json.NODES.textNode(status), Map.of("expected", expected)));
      }
      statuses.add(status);
    }
    return statuses;
  }

  /**
   * {@code order_by}: a comma list of sortable fields, each optionally prefixed by '-' for descending. Empty (or
   * only commas) means the default, newest first, as in the FastAPI example.
   */
  private static List<CallStore.Sort> sort(String orderBy) {
    List<CallStore.Sort> keys = new ArrayList<>();
    for (String part : orderBy.split(",")) {
      String key = part.trim();
      if (key.isEmpty()) {
        continue;
      }
      boolean descending = key.startsWith("-");
      String column = key.replaceFirst("^[-+]", "");
      if (!CallStore.SORTABLE.contains(column)) {
        throw ApiException.invalid(ErrorItem.valueError(ErrorItem.loc("query", "order_by"), "cannot sort by '"
            + column + "'; use started_at, ended_at, duration_s, status, queue, caller_number, satisfaction or"
            + " created_at, with '-' in front for descending", Json.NODES.textNode(orderBy)));
      }
      keys.add(new CallStore.Sort(column, descending));
    }
    return keys.isEmpty() ? DEFAULT_SORT : keys;
  }

  private static Optional<String> text(Request request, String name) {
    return request.queryParam(name).map(JsonNode::asText);
  }
}
