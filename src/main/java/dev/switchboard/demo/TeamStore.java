package dev.switchboard.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code teams} table and its members, kept in the order they were given. */
final class TeamStore {

  static final String INSERT_TEAM = "INSERT INTO teams (id, name, description) VALUES (?, ?, ?)";
  static final String INSERT_MEMBER = "INSERT INTO team_members (team_id, user_id, position) VALUES (?, ?, ?)";

  List<Team> list(Connection connection, long skip, int limit) throws SQLException {
    Map<Integer, Team> teams = new LinkedHashMap<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT id, name, description FROM teams ORDER BY id LIMIT ? OFFSET ?")) {
      select.setInt(1, limit);
      select.setLong(2, skip);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          int id = rows.getInt("id");
          teams.put(id, new Team(id, rows.getString("name"), rows.getString("description"), List.of()));
        }
      }
    }
    if (teams.isEmpty()) {
      return List.of();
    }
    Map<Integer, List<Integer>> members = new LinkedHashMap<>();
    String marks = String.join(", ", teams.keySet().stream().map(id -> "?").toList());
    try (PreparedStatement select = connection.prepareStatement("SELECT team_id, user_id FROM team_members"
        + " WHERE team_id IN (" + marks + ") ORDER BY team_id, position")) {
      int index = 1;
      for (int id : teams.keySet()) {
        select.setInt(index++, id);
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          members.computeIfAbsent(rows.getInt(1), id -> new ArrayList<>()).add(rows.getInt(2));
        }
      }
    }
    return teams.values().stream()
        .map(t -> new Team(t.id(), t.name(), t.description(), members.getOrDefault(t.id(), List.of())))
        .toList();
  }

  Optional<Team> find(Connection connection, long id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT id, name, description FROM teams WHERE id = ?")) {
      select.setLong(1, id);
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(new Team(rows.getInt("id"), rows.getString("name"), rows.getString("description"),
            members(connection, rows.getInt("id"))));
      }
    }
  }

  /** The id of the team with this name, if any. */
  Optional<Integer> idByName(Connection connection, String name) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT id FROM teams WHERE name = ?")) {
      select.setString(1, name);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(rows.getInt(1)) : Optional.empty();
      }
    }
  }

  Team insert(Connection connection, String name, String description, List<Integer> memberIds)
      throws SQLException {
    int id;
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO teams (name, description) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, name);
      insert.setString(2, description);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        id = keys.getInt(1);
      }
    }
    insertMembers(connection, id, memberIds);
    return new Team(id, name, description, memberIds);
  }

  /** Replaces the whole team (PUT); false when there is no such team. */
  boolean replace(Connection connection, Team team) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE teams SET name = ?, description = ? WHERE id = ?")) {
      update.setString(1, team.name());
      update.setString(2, team.description());
      update.setInt(3, team.id());
      if (update.executeUpdate() == 0) {
        return false;
      }
    }
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM team_members WHERE team_id = ?")) {
      delete.setInt(1, team.id());
      delete.executeUpdate();
    }
    insertMembers(connection, team.id(), team.memberIds());
    return true;
  }

  boolean delete(Connection connection, long id) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM teams WHERE id = ?")) {
      delete.setLong(1, id);
      return delete.executeUpdate() > 0;
    }
  }

  private static void insertMembers(Connection connection, int teamId, List<Integer> memberIds)
      throws SQLException {
    if (memberIds.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement(INSERT_MEMBER)) {
      for (int i = 0; i < memberIds.size(); i++) {
        insert.setInt(1, teamId);
        insert.setInt(2, memberIds.get(i));
        insert.setInt(3, i);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static List<Integer> members(Connection connection, int teamId) throws SQLException {
    List<Integer> ids = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT user_id FROM team_members WHERE team_id = ? ORDER BY position")) {
      select.setInt(1, teamId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getInt(1));
        }
      }
    }
    return ids;
  }
}
