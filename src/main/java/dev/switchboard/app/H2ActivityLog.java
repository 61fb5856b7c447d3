package dev.switchboard.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.viewmodel.ActivityEntry;
import dev.switchboard.viewmodel.ActivityFilter;
import dev.switchboard.viewmodel.ActivityLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The activity log in an H2 database file ({@code activity.mv.db} in the user data folder): one table, indexed on
 * time. The class only ever inserts and selects: no statement here changes or removes a row.
 *
 * <p>The file is opened on first use, on {@code executor}, which the log owns and which runs one statement at a
 * time (give it a single thread). {@code WRITE_DELAY=0} makes each commit reach the file before {@link #append}
 * completes, so an entry survives the app being killed right after.
 */
final class H2ActivityLog implements ActivityLog, AutoCloseable {

  private static final String TABLE = """
      CREATE TABLE IF NOT EXISTS activity (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
        backend VARCHAR NOT NULL,
        username VARCHAR NOT NULL,
        resource VARCHAR NOT NULL,
        record_id VARCHAR NOT NULL,
        record_label VARCHAR NOT NULL,
        operation VARCHAR NOT NULL,
        changes VARCHAR NOT NULL,
        problem VARCHAR
      )""";
  private static final String INDEX = "CREATE INDEX IF NOT EXISTS activity_at ON activity (at)";
  private static final String INSERT = "INSERT INTO activity (at, backend, username, resource, record_id,"
      + " record_label, operation, changes, problem) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final TypeReference<List<ActivityEntry.Change>> CHANGES = new TypeReference<>() {};

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(H2ActivityLog.class);

  private final java.util.List<Runnable> appended = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final Path file;
  private final ExecutorService executor;
  private final ObjectMapper json = new ObjectMapper();
  /** Touched only on {@link #executor}. */
  private Connection connection;

  /** @param file the database file, ending in {@code .mv.db} */
  H2ActivityLog(Path file, ExecutorService executor) {
    if (!file.getFileName().toString().endsWith(".mv.db")) {
      throw new IllegalArgumentException("The activity log's file must end in .mv.db, not " + file);
    }
    this.file = file.toAbsolutePath();
    this.executor = executor;
  }

  /** The log in {@code folder}: the user data folder ({@link UserDataDirectory}) for the app. */
  static H2ActivityLog inFolder(Path folder, ExecutorService executor) {
    return new H2ActivityLog(folder.resolve("activity.mv.db"), executor);
  }

  @Override
  public CompletableFuture<Void> append(ActivityEntry entry) {
    return run(db -> {
      try (PreparedStatement insert = db.prepareStatement(INSERT)) {
        insert.setObject(1, utc(entry.time()));
        insert.setString(2, entry.backend());
        insert.setString(3, entry.user());
        insert.setString(4, entry.resource());
        insert.setString(5, entry.recordId());
        insert.setString(6, entry.recordLabel());
        insert.setString(7, entry.operation());
        insert.setString(8, json.writeValueAsString(entry.changes()));
        insert.setString(9, entry.problem().orElse(null));
        insert.executeUpdate();
      }
      return null;
    }).thenRun(this::tellAppended);
  }

  /** A failing listener must not make a stored entry look unsaved. */
  private void tellAppended() {
    for (Runnable listener : appended) {
      try {
        listener.run();
      } catch (RuntimeException e) {
        LOG.warn("An activity listener failed: {}", e.toString());
      }
    }
  }

  @Override
  public AutoCloseable onAppended(Runnable listener) {
    appended.add(listener);
    return () -> appended.remove(listener);
  }

  @Override
  public CompletableFuture<List<ActivityEntry>> query(ActivityFilter filter) {
    return run(db -> {
      StringBuilder sql = new StringBuilder("SELECT at, backend, username, resource, record_id, record_label,"
          + " operation, changes, problem FROM activity WHERE TRUE");
      List<Object> values = new ArrayList<>();
      condition(sql, values, "backend = ?", filter.backend());
      condition(sql, values, "username = ?", filter.user());
      condition(sql, values, "resource = ?", filter.resource());
      condition(sql, values, "record_id = ?", filter.recordId());
      condition(sql, values, "at >= ?", filter.from().map(H2ActivityLog::utc));
      condition(sql, values, "at < ?", filter.until().map(H2ActivityLog::utc));
      sql.append(" ORDER BY at DESC, seq DESC LIMIT ?");
      values.add(filter.limit());
      try (PreparedStatement select = db.prepareStatement(sql.toString())) {
        for (int i = 0; i < values.size(); i++) {
          select.setObject(i + 1, values.get(i));
        }
        List<ActivityEntry> found = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            found.add(new ActivityEntry(rows.getObject(1, OffsetDateTime.class).toInstant(), rows.getString(2), rows.getString(3),
                rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                json.readValue(rows.getString(8), CHANGES), Optional.ofNullable(rows.getString(9))));
          }
        }
        return found;
      }
    });
  }

  @Override
  public CompletableFuture<Facets> facets() {
    return run(db -> new Facets(distinct(db, "backend"), distinct(db, "username"), distinct(db, "resource")));
  }

  /** Closes the file after what is queued; waits a little, so a quitting app does not hang on it. */
  @Override
  public void close() {
    executor.execute(() -> {
      if (connection != null) {
        try {
          connection.close();
        } catch (SQLException e) {
          // closing after the last commit loses nothing: every entry is on disk already
        }
        connection = null;
      }
    });
    executor.shutdown();
    try {
      executor.awaitTermination(3, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Times are stored in UTC with their offset, so a change of the computer's time zone moves nothing. */
  private static OffsetDateTime utc(Instant time) {
    return time.atOffset(ZoneOffset.UTC);
  }

  private static List<String> distinct(Connection db, String column) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement select = db.createStatement();
        ResultSet rows = select.executeQuery("SELECT DISTINCT " + column + " FROM activity WHERE " + column
            + " <> '' ORDER BY " + column)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private static void condition(StringBuilder sql, List<Object> values, String test, Optional<?> value) {
    value.ifPresent(v -> {
      sql.append(" AND ").append(test);
      values.add(v);
    });
  }

  @FunctionalInterface
  private interface Work<T> {
    T on(Connection db) throws SQLException, JsonProcessingException;
  }

  private <T> CompletableFuture<T> run(Work<T> work) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return work.on(open());
      } catch (SQLException | JsonProcessingException e) {
        throw new CompletionException(new IllegalStateException("The activity log at " + file
            + " could not be used: " + e.getMessage() + ". Check that the folder is writable and that no other"
            + " Switchboard window has it open.", e));
      }
    }, executor);
  }

  private Connection open() throws SQLException {
    if (connection == null) {
      try {
        Files.createDirectories(file.getParent());
      } catch (java.io.IOException e) {
        throw new SQLException("its folder could not be made (" + e.getMessage() + ")", e);
      }
      String name = file.toString().substring(0, file.toString().length() - ".mv.db".length());
      Connection db = DriverManager.getConnection("jdbc:h2:file:" + name + ";WRITE_DELAY=0", "switchboard", "");
      try (Statement setup = db.createStatement()) {
        setup.execute(TABLE);
        setup.execute(INDEX);
      }
      connection = db;
    }
    return connection;
  }
}
