package dev.switchboard.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 database: a file that survives restarts, or memory. Opens a small connection pool (one
 * connection per server thread), creates the tables on first start, and runs work in transactions.
 */
final class Database implements AutoCloseable {

  /** Work done with a connection. */
  @FunctionalInterface
  interface Work<T> {
    T apply(Connection connection) throws SQLException;
  }

  private final String url;
  private final JdbcConnectionPool pool;
  private final String description;

  private Database(String url, JdbcConnectionPool pool, String description) {
    this.url = url;
    this.pool = pool;
    this.description = description;
  }

  /**
   * Opens (creating if needed) the database. {@code file} is H2's base name: {@code callcenter} is stored as
   * {@code callcenter.mv.db}; a name that already ends in {@code .mv.db} is taken as meant, and an existing
   * directory gets {@code callcenter.mv.db} inside it.
   */
  static Database open(Optional<Path> file, int connections) throws IOException {
    String url;
    String description;
    if (file.isPresent()) {
      Path base = baseName(file.get());
      Files.createDirectories(base.getParent());
      // We close the database ourselves, after the last request: H2's own shutdown hook could close it first.
      // No compaction on close: it takes a second on every Ctrl+C, and the store compacts as it goes anyway.
      url = "jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0";
      description = base + ".mv.db";
    } else {
      url = "jdbc:h2:mem:switchboard-demo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
      description = "in memory";
    }
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
    pool.setMaxConnections(connections);
    Database database = new Database(url, pool, description);
    try {
      database.write(connection -> {
        try (Statement statement = connection.createStatement()) {
          statement.execute("RUNSCRIPT FROM 'classpath:/dev/switchboard/demo/schema.sql'");
        }
        return null;
      });
    } catch (SQLException e) {
      pool.dispose();
      if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
        throw new IOException("The demo database " + description + " is in use by another process (another"
            + " demo server?). Stop that one, or choose another database file.", e);
      }
      throw new IOException("Could not open the demo database " + description + ": " + e.getMessage(), e);
    }
    return database;
  }

  static Path baseName(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) {
      return absolute.resolve(DataDirectory.DATABASE_NAME);
    }
    String name = absolute.getFileName().toString();
    return name.endsWith(".mv.db") ? absolute.resolveSibling(name.substring(0, name.length() - 6)) : absolute;
  }

  /** Where the data lives, for people: a file path or "in memory". */
  String description() {
    return description;
  }

  /** Runs read-only work on a pooled connection. */
  <T> T read(Work<T> work) throws SQLException {
    try (Connection connection = pool.getConnection()) {
      return work.apply(connection);
    }
  }

  /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
  <T> T write(Work<T> work) throws SQLException {
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.apply(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }

  /** A value of the {@code demo_meta} table (such as when the data was seeded). */
  Optional<String> meta(Connection connection, String name) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT val FROM demo_meta WHERE name = ?")) {
      select.setString(1, name);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
      }
    }
  }

  void putMeta(Connection connection, String name, String value) throws SQLException {
    try (PreparedStatement merge = connection.prepareStatement(
        "MERGE INTO demo_meta (name, val) KEY (name) VALUES (?, ?)")) {
      merge.setString(1, name);
      merge.setString(2, value);
      merge.executeUpdate();
    }
  }

  /** Closes the database for good: a file is left consistent, memory is freed. */
  @Override
  public void close() {
    pool.dispose();
    // SHUTDOWN on a connection of our own: a pooled one would try to roll back on its way out of a closed
    // database, and H2 would write that failure to a .trace.db file beside the data.
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (SQLException e) {
      // Already closed: nothing left to release.
    }
  }
}
