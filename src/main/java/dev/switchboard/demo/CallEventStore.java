package dev.switchboard.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code call_events} table: what each write through the API did to a call. Seeded calls have no rows (20,000
 * of them would slow seeding for nothing); {@link #history} stands in their {@code created} event. Rows go with
 * their call (a foreign key with {@code ON DELETE CASCADE}).
 */
final class CallEventStore {

  void append(Connection connection, String callId, CallEvent event) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO call_events (call_id, at, event, actor_id, summary) VALUES (?, ?, ?, ?, ?)")) {
      insert.setString(1, callId);
      Sql.setTime(insert, 2, event.at());
      insert.setString(3, event.event());
      Sql.setInteger(insert, 4, event.actorId());
      insert.setString(5, event.summary());
      insert.executeUpdate();
    }
  }

  /**
   * The call's events, newest first: in the order they were written (by row id, not by time, so a clock set back
   * cannot reorder them), ending with a {@code created} event at the call's {@code created_at}, by nobody, when
   * none was stored.
   */
  List<CallEvent> history(Connection connection, Call call) throws SQLException {
    List<CallEvent> events = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT at, event, actor_id, summary FROM call_events WHERE call_id = ? ORDER BY id DESC")) {
      select.setString(1, call.id());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          events.add(new CallEvent(Sql.time(rows, "at"), rows.getString("event"), Sql.integer(rows, "actor_id"),
              rows.getString("summary")));
        }
      }
    }
    if (events.stream().noneMatch(e -> e.event().equals("created"))) {
      events.add(CallEvent.created(call.createdAt(), null));
    }
    return events;
  }
}
