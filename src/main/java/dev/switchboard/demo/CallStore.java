package dev.switchboard.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code calls} table, the durable store of the calls; every value travels as a JDBC parameter. Lists are
 * filtered, sorted and paged by {@link CallIndex} in memory, with the {@link Filter}, {@link Sort} and {@link
 * Page} of this class.
 */
final class CallStore {

  /** The fields {@code order_by} may name (the document lists the same ones). */
  static final Set<String> SORTABLE = Set.of("started_at", "ended_at", "duration_s", "status", "queue",
      "caller_number", "satisfaction", "created_at");

  /** Which calls to list: each present value narrows the list. */
  record Filter(Optional<String> status, List<String> statusIn, Optional<String> direction,
      Optional<Long> agentId, Optional<String> queue, Optional<Instant> startedFrom, Optional<Instant> startedTo,
      Optional<String> search) {

    Filter {
      statusIn = List.copyOf(statusIn);
    }
  }

  /** One sort key. */
  record Sort(String column, boolean descending) {

    Sort {
      if (!SORTABLE.contains(column)) {
        throw new IllegalArgumentException("Not a sortable column: " + column);
      }
    }
  }

  /** One page of calls and how many match in all. */
  record Page(List<Call> items, long total) {}

  private static final String COLUMNS = "id, direction, caller_number, agent_id, queue, status, started_at,"
      + " ended_at, duration_s, notes, tags, recording_url, satisfaction, created_at, updated_at";
  static final String INSERT = "INSERT INTO calls (" + COLUMNS + ")"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String UPDATE = "UPDATE calls SET agent_id = ?, queue = ?, status = ?, ended_at = ?,"
      + " duration_s = ?, notes = ?, tags = ?, recording_url = ?, satisfaction = ?, updated_at = ? WHERE id = ?";

  /** Every call, for {@link CallIndex} (lists are served from memory; see there why). */
  List<Call> all(Connection connection) throws SQLException {
    List<Call> calls = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM calls");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        calls.add(read(rows));
      }
    }
    return calls;
  }

  /** The call, locked for the rest of the transaction when {@code forUpdate}. */
  Optional<Call> find(Connection connection, String id, boolean forUpdate) throws SQLException {
    String sql = "SELECT " + COLUMNS + " FROM calls WHERE id = ?" + (forUpdate ? " FOR UPDATE" : "");
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, id);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(read(rows)) : Optional.empty();
      }
    }
  }

  /** Calls still ringing or active that started before {@code before}, locked for the rest of the transaction. */
  List<Call> unfinishedBefore(Connection connection, Instant before) throws SQLException {
    String sql = "SELECT " + COLUMNS + " FROM calls WHERE status IN ('ringing', 'active') AND started_at < ?"
        + " FOR UPDATE";
    List<Call> calls = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      Sql.setTime(select, 1, before);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          calls.add(read(rows));
        }
      }
    }
    return calls;
  }

  void insert(Connection connection, Call call) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      bind(insert, call);
      insert.executeUpdate();
    }
  }

  /** Writes every changeable column of the call (the rest never change). */
  void update(Connection connection, Call call) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
      Sql.setInteger(update, 1, call.agentId());
      update.setString(2, call.queue());
      update.setString(3, call.status());
      Sql.setTime(update, 4, call.endedAt());
      Sql.setLong(update, 5, call.durationS());
      update.setString(6, call.notes());
      update.setString(7, tags(call.tags()));
      update.setString(8, call.recordingUrl());
      Sql.setInteger(update, 9, call.satisfaction());
      Sql.setTime(update, 10, call.updatedAt());
      update.setString(11, call.id());
      update.executeUpdate();
    }
  }

  boolean delete(Connection connection, String id) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM calls WHERE id = ?")) {
      delete.setString(1, id);
      return delete.executeUpdate() > 0;
    }
  }

  /** Binds all columns in {@link #INSERT}'s order; the seeder batches with it too. */
  static void bind(PreparedStatement insert, Call call) throws SQLException {
    insert.setString(1, call.id());
    insert.setString(2, call.direction());
    insert.setString(3, call.callerNumber());
    Sql.setInteger(insert, 4, call.agentId());
    insert.setString(5, call.queue());
    insert.setString(6, call.status());
    Sql.setTime(insert, 7, call.startedAt());
    Sql.setTime(insert, 8, call.endedAt());
    Sql.setLong(insert, 9, call.durationS());
    insert.setString(10, call.notes());
    insert.setString(11, tags(call.tags()));
    insert.setString(12, call.recordingUrl());
    Sql.setInteger(insert, 13, call.satisfaction());
    Sql.setTime(insert, 14, call.createdAt());
    Sql.setTime(insert, 15, call.updatedAt());
  }

  private static Call read(ResultSet rows) throws SQLException {
    return new Call(rows.getString("id"), rows.getString("direction"), rows.getString("caller_number"),
        Sql.integer(rows, "agent_id"), rows.getString("queue"), rows.getString("status"),
        Sql.time(rows, "started_at"), Sql.time(rows, "ended_at"), Sql.bigint(rows, "duration_s"),
        rows.getString("notes"), Json.stringList(Json.read(rows.getString("tags"))),
        rows.getString("recording_url"), Sql.integer(rows, "satisfaction"), Sql.time(rows, "created_at"),
        Sql.time(rows, "updated_at"));
  }

  private static String tags(List<String> tags) {
    if (tags.isEmpty()) {
      return "[]"; // most calls: skips the serializer, which showed in the seeding profile
    }
    try {
      return Json.MAPPER.writeValueAsString(tags);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
