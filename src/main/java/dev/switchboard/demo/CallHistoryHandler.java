package dev.switchboard.demo;

import java.sql.SQLException;
import java.util.List;

/** {@code GET /api/v1/calls/{call_id}/history}: what was done to a call, newest first ({@link CallEventStore}). */
final class CallHistoryHandler {

  private final Database database;
  private final CallStore calls;
  private final CallEventStore events;

  CallHistoryHandler(Database database, CallStore calls, CallEventStore events) {
    this.database = database;
    this.calls = calls;
    this.events = events;
  }

  void register(Dispatcher dispatcher) {
    dispatcher.add("GET", "/api/v1/calls/{call_id}/history", this::history);
  }

  Response history(Request request) throws SQLException {
    String id = request.path().get("call_id").asText();
    List<CallEvent> history = database.read(c -> {
      Call call = calls.find(c, id, false).orElseThrow(CallsHandler::notFound);
      return events.history(c, call);
    });
    return Response.ok(Json.NODES.arrayNode().addAll(history.stream().map(CallEvent::toJson).toList()));
  }
}
