package dev.switchboard.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.h2.api.ErrorCode;

/** The {@code users} table. The password hash never leaves it except through {@link #credentials}. */
final class UserStore {

  /** Which users to list. */
  record Filter(Optional<Boolean> active, Optional<String> role, Optional<String> search) {}

  /** One page of users and how many match in all. */
  record Page(List<User> data, long count) {}

  /** What logging in needs: the user and the stored password hash (null when none is set). */
  record Credentials(User user, String passwordHash) {}

  private static final String COLUMNS = "id, username, full_name, email, is_active, role, scopes, created_at";
  static final String INSERT = "INSERT INTO users (id, username, full_name, email, is_active, role, scopes,"
      + " password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  Page list(Connection connection, Filter filter, long skip, int limit) throws SQLException {
    List<String> conditions = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    filter.active().ifPresent(active -> {
      conditions.add("is_active = ?");
      args.add(active);
    });
    filter.role().ifPresent(role -> {
      conditions.add("role = ?");
      args.add(role);
    });
    filter.search().ifPresent(text -> {
      conditions.add("(LOWER(username) LIKE ? ESCAPE '\\' OR LOWER(full_name) LIKE ? ESCAPE '\\'"
          + " OR LOWER(email) LIKE ? ESCAPE '\\')");
      String pattern = Sql.containing(text);
      args.addAll(List.of(pattern, pattern, pattern));
    });
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    long count;
    try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM users" + where)) {
      bind(select, args);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        count = rows.getLong(1);
      }
    }
    List<User> data = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT " + COLUMNS + " FROM users" + where + " ORDER BY id LIMIT ? OFFSET ?")) {
      args.add(limit);
      args.add(skip);
      bind(select, args);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          data.add(read(rows));
        }
      }
    }
    return new Page(data, count);
  }

  Optional<User> find(Connection connection, long id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM users WHERE id = ?")) {
      select.setLong(1, id);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(read(rows)) : Optional.empty();
      }
    }
  }

  Optional<Credentials> credentials(Connection connection, String username) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT " + COLUMNS + ", password_hash FROM users WHERE username = ?")) {
      select.setString(1, username);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(new Credentials(read(rows), rows.getString("password_hash")))
            : Optional.empty();
      }
    }
  }

  boolean usernameTaken(Connection connection, String username) throws SQLException {
    return credentials(connection, username).isPresent();
  }

  /** Every user's name by id: the full name, or the username when there is none (see {@link UserNames}). */
  Map<Integer, String> names(Connection connection) throws SQLException {
    Map<Integer, String> names = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT id, COALESCE(full_name, username) FROM users");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        names.put(rows.getInt(1), rows.getString(2));
      }
    }
    return names;
  }

  /** Which of the given ids belong to users. */
  Set<Long> existing(Connection connection, Collection<Long> ids) throws SQLException {
    Set<Long> found = new HashSet<>();
    if (ids.isEmpty()) {
      return found;
    }
    String marks = String.join(", ", ids.stream().map(id -> "?").toList());
    try (PreparedStatement select = connection.prepareStatement("SELECT id FROM users WHERE id IN (" + marks + ")")) {
      bind(select, new ArrayList<>(ids));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          found.add(rows.getLong(1));
        }
      }
    }
    return found;
  }

  /** Inserts a new user (the id is generated) and returns it. */
  User insert(Connection connection, User user, String passwordHash) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO users (username, full_name, email,"
        + " is_active, role, scopes, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, user.username());
      insert.setString(2, user.fullName());
      insert.setString(3, user.email());
      insert.setBoolean(4, user.active());
      insert.setString(5, user.role());
      insert.setString(6, Scopes.join(user.scopes()));
      insert.setString(7, passwordHash);
      Sql.setTime(insert, 8, user.createdAt());
      try {
        insert.executeUpdate();
      } catch (SQLException e) {
        if (e.getErrorCode() == ErrorCode.DUPLICATE_KEY_1) {
          // Another request took the name between our check and this insert.
          throw ApiException.of(409, "Username already taken");
        }
        throw e;
      }
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return new User(keys.getInt(1), user.username(), user.fullName(), user.email(), user.active(),
            user.role(), user.scopes(), user.createdAt());
      }
    }
  }

  /** Binds all columns in {@link #INSERT}'s order, for the seeder's batch. */
  static void bind(PreparedStatement insert, User user, String passwordHash) throws SQLException {
    insert.setInt(1, user.id());
    insert.setString(2, user.username());
    insert.setString(3, user.fullName());
    insert.setString(4, user.email());
    insert.setBoolean(5, user.active());
    insert.setString(6, user.role());
    insert.setString(7, Scopes.join(user.scopes()));
    insert.setString(8, passwordHash);
    Sql.setTime(insert, 9, user.createdAt());
  }

  void update(Connection connection, User user) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE users SET full_name = ?, email = ?, is_active = ?, role = ?, scopes = ? WHERE id = ?")) {
      update.setString(1, user.fullName());
      update.setString(2, user.email());
      update.setBoolean(3, user.active());
      update.setString(4, user.role());
      update.setString(5, Scopes.join(user.scopes()));
      update.setInt(6, user.id());
      update.executeUpdate();
    }
  }

  boolean setPassword(Connection connection, long id, String passwordHash) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement("UPDATE users SET password_hash = ? WHERE id = ?")) {
      update.setString(1, passwordHash);
      update.setLong(2, id);
      return update.executeUpdate() > 0;
    }
  }

  boolean delete(Connection connection, long id) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM users WHERE id = ?")) {
      delete.setLong(1, id);
      return delete.executeUpdate() > 0;
    }
  }

  private static void bind(PreparedStatement statement, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      statement.setObject(i + 1, args.get(i));
    }
  }

  private static User read(ResultSet rows) throws SQLException {
    return new User(rows.getInt("id"), rows.getString("username"), rows.getString("full_name"),
        rows.getString("email"), rows.getBoolean("is_active"), rows.getString("role"),
        Scopes.split(rows.getString("scopes")), Sql.time(rows, "created_at"));
  }
}
