package dev.switchboard.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/v1/calls/}: create, read, change, delete, transfer and close calls. Every write goes to the
 * database first and then, once committed, to the in-memory {@link CallIndex} that serves the lists ({@link
 * CallListHandler}); each appends its {@link CallEvent} to the call's history in the same transaction.
 */
final class CallsHandler {

  private static final String COLLECTION = "/api/v1/calls/";
  private static final String ITEM = "/api/v1/calls/{call_id}";

  /** The fields of {@code CallUpdate}, which a PATCH's history event names; anything else in a body is ignored. */
  private static final Set<String> UPDATABLE = Set.of("agent_id", "queue", "status", "ended_at", "duration_s",
      "notes", "tags", "recording_url", "satisfaction");

  private final Database database;
  private final CallStore calls;
  private final CallIndex index;
  private final CallEventStore events;
  /** Call writes go one at a time, so the index applies them in the order the database committed them. */
  private final Object writes = new Object();
  private final UserStore users;
  private final UserNames names;
  private final ObjectIds ids;
  private final Clock clock;

  CallsHandler(Database database, CallStore calls, CallIndex index, CallEventStore events, UserStore users,
      UserNames names, ObjectIds ids, Clock clock) {
    this.database = database;
    this.calls = calls;
    this.index = index;
    this.events = events;
    this.users = users;
    this.names = names;
    this.ids = ids;
    this.clock = clock;
  }

  void register(Dispatcher dispatcher) {
    dispatcher.add("POST", COLLECTION, this::create);
    dispatcher.add("GET", ITEM, this::get);
    dispatcher.add("PATCH", ITEM, this::update);
    dispatcher.add("DELETE", ITEM, this::delete);
    dispatcher.add("POST", ITEM + "/transfer", this::transfer);
    dispatcher.add("POST", ITEM + "/close", this::close);
    dispatcher.add("POST", COLLECTION + "close-stale", this::closeStale);
  }

  Response create(Request request) throws SQLException {
    JsonNode body = request.body();
    Instant now = Json.now(clock);
    Call call = writeThrough(c -> {
      Integer agentId = agent(c, body.get("agent_id"), "agent_id");
      Instant started = Json.time(body.get("started_at"));
      Call created = new Call(ids.next(now), body.get("direction").asText(), body.get("caller_number").asText(),
          agentId, body.get("queue").asText(), body.get("status").asText(), started, time(body.get("ended_at")),
          bigint(body.get("duration_s")), text(body.get("notes")), Json.stringList(body.get("tags")),
          text(body.get("recording_url")), integer(body.get("satisfaction")), now, now);
      calls.insert(c, created);
      events.append(c, created.id(), CallEvent.created(now, actor(request)));
      return created;
    });
    return Response.created(call.toJson(names));
  }

  Response get(Request request) throws SQLException {
    String id = request.path().get("call_id").asText();
    return Response.ok(database.read(c -> calls.find(c, id, false)).orElseThrow(CallsHandler::notFound)
        .toJson(names));
  }

  /**
   * PATCH: only the fields sent change (pydantic's {@code exclude_unset}); a null clears a nullable field. The
   * history names the fields sent, in the body's order; a body that sets none adds no event.
   */
  Response update(Request request) throws SQLException {
    String id = request.path().get("call_id").asText();
    JsonNode body = request.body();
    Call updated = writeThrough(c -> {
      Call call = calls.find(c, id, true).orElseThrow(CallsHandler::notFound);
      Integer agentId = body.has("agent_id") ? agent(c, body.get("agent_id"), "agent_id") : call.agentId();
      Call changed = new Call(call.id(), call.direction(), call.callerNumber(), agentId,
          body.has("queue") ? body.get("queue").asText() : call.queue(),
          body.has("status") ? body.get("status").asText() : call.status(), call.startedAt(),
          body.has("ended_at") ? time(body.get("ended_at")) : call.endedAt(),
          body.has("duration_s") ? bigint(body.get("duration_s")) : call.durationS(),
          body.has("notes") ? text(body.get("notes")) : call.notes(),
          body.has("tags") ? Json.stringList(body.get("tags")) : call.tags(),
          body.has("recording_url") ? text(body.get("recording_url")) : call.recordingUrl(),
          body.has("satisfaction") ? integer(body.get("satisfaction")) : call.satisfaction(),
          call.createdAt(), Json.now(clock));
      calls.update(c, changed);
      List<String> sent = new ArrayList<>();
      body.fieldNames().forEachRemaining(name -> {
        if (UPDATABLE.contains(name)) {
          sent.add(name);
        }
      });
      if (!sent.isEmpty()) {
        events.append(c, id, CallEvent.updated(changed.updatedAt(), actor(request), sent));
      }
      return changed;
    });
    return Response.ok(updated.toJson(names));
  }

  /** Deletes the call; its history goes with it (the events' foreign key cascades). */
  Response delete(Request request) throws SQLException {
    String id = request.path().get("call_id").asText();
    synchronized (writes) {
      if (!database.write(c -> calls.delete(c, id))) {
        throw notFound();
      }
      index.remove(id);
    }
    return Response.noContent();
  }

  /** Runs the write in a transaction and, once committed, puts the call it returns into the index. */
  private Call writeThrough(Database.Work<Call> work) throws SQLException {
    synchronized (writes) {
      Call call = database.write(work);
      index.put(call);
      return call;
    }
  }

  /**
   * Hands the call to another agent: status {@code transferred}. The reason is kept only in the history's
   * summary; the agent who has the call already is refused on {@code agent_id}.
   */
  Response transfer(Request request) throws SQLException {
    String id = request.path().get("call_id").asText();
    JsonNode body = request.body();
    Call updated = writeThrough(c -> {
      Call call = calls.find(c, id, true).orElseThrow(CallsHandler::notFound);
      Integer agentId = agent(c, body.get("agent_id"), "agent_id");
      if (agentId != null && agentId.equals(call.agentId())) {
        throw ApiException.invalid(ErrorItem.valueError(ErrorItem.loc("body", "agent_id"),
            "the call is already with this agent (user " + agentId + ")", body.get("agent_id")));
      }
      Call changed = new Call(call.id(), call.direction(), call.callerNumber(), agentId, call.queue(),
          "transferred", call.startedAt(), call.endedAt(), call.durationS(), call.notes(), call.tags(),
          call.recordingUrl(), call.satisfaction(), call.createdAt(), Json.now(clock));
      calls.update(c, changed);
      User agent = users.find(c, agentId).orElseThrow();
      events.append(c, id, CallEvent.transferred(changed.updatedAt(), actor(request),
          agent.fullName() != null ? agent.fullName() : agent.username(), text(body.get("reason"))));
      return changed;
    });
    return Response.ok(updated.toJson(names));
  }

  /**
   * Finishes the call: {@code completed}, or {@code missed} for {@code no_answer}; {@code ended_at} now if it was
   * unset, {@code duration_s} from the times if unset, and the notes (when given) replacing the old ones.
   */
  Response close(Request request) throws SQLException {
    String id = request.path().get("call_id").asText();
    JsonNode body = request.body();
    Instant now = Json.now(clock);
    Call updated = writeThrough(c -> {
      Call call = calls.find(c, id, true).orElseThrow(CallsHandler::notFound);
      Call changed = closed(call, body.get("outcome").asText(),
          body.hasNonNull("notes") ? body.get("notes").asText() : call.notes(), now);
      calls.update(c, changed);
      events.append(c, id, CallEvent.closed(now, actor(request), body.get("outcome").asText()));
      return changed;
    });
    return Response.ok(updated.toJson(names));
  }

  /**
   * Closes every call still ringing or active that started more than {@code older_than_minutes} (default 120)
   * ago, as {@link #close} would with the given outcome (default {@code no_answer}); answers how many.
   */
  Response closeStale(Request request) throws SQLException {
    JsonNode body = request.body();
    Instant now = Json.now(clock);
    Instant before = now.minus(Duration.ofMinutes(body.path("older_than_minutes").asLong(120)));
    String outcome = body.hasNonNull("outcome") ? body.get("outcome").asText() : "no_answer";
    List<Call> changed;
    synchronized (writes) {
      changed = database.write(c -> {
        List<Call> closed = new ArrayList<>();
        for (Call call : calls.unfinishedBefore(c, before)) {
          Call done = closed(call, outcome, call.notes(), now);
          calls.update(c, done);
          events.append(c, call.id(), CallEvent.closed(now, actor(request), outcome));
          closed.add(done);
        }
        return closed;
      });
      changed.forEach(index::put);
    }
    return Response.ok(Json.NODES.objectNode().put("closed", changed.size()));
  }

  /**
   * A call finished with {@code outcome}: {@code completed}, or {@code missed} for {@code no_answer}; {@code
   * ended_at} now if it was unset, {@code duration_s} from the times if unset.
   */
  private static Call closed(Call call, String outcome, String notes, Instant now) {
    String status = outcome.equals("no_answer") ? "missed" : "completed";
    Instant ended = call.endedAt() != null ? call.endedAt() : now;
    Long duration = call.durationS() != null ? call.durationS()
        : Math.max(0, Duration.between(call.startedAt(), ended).toSeconds());
    return new Call(call.id(), call.direction(), call.callerNumber(), call.agentId(), call.queue(), status,
        call.startedAt(), ended, duration, notes, call.tags(), call.recordingUrl(), call.satisfaction(),
        call.createdAt(), now);
  }

  /** An agent id from the body: null stays null, an id must be a user's (else 422 on that field). */
  private Integer agent(Connection connection, JsonNode value, String field) throws SQLException {
    if (value == null || value.isNull()) {
      return null;
    }
    long id = value.asLong();
    if (!value.canConvertToInt() || users.existing(connection, List.of(id)).isEmpty()) {
      throw ApiException.invalid(ErrorItem.valueError(ErrorItem.loc("body", field), "no user with id " + id,
          value));
    }
    return (int) id;
  }

  static ApiException notFound() {
    return ApiException.notFound("Call");
  }

  /** Who makes the change: the signed-in user. */
  private static int actor(Request request) {
    return request.requireCaller().user().id();
  }

  private static String text(JsonNode value) {
    return value == null || value.isNull() ? null : value.asText();
  }

  private static Instant time(JsonNode value) {
    return value == null || value.isNull() ? null : Json.time(value);
  }

  private static Long bigint(JsonNode value) {
    return value == null || value.isNull() ? null : value.asLong();
  }

  private static Integer integer(JsonNode value) {
    return value == null || value.isNull() ? null : value.asInt();
  }
}
