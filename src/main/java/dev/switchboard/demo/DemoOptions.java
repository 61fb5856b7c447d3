package dev.switchboard.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to start a {@link DemoServer}: the address to bind, the port (0 picks a free one), where the database lives
 * (a file that survives restarts, or memory when empty) and how long bearer tokens last.
 */
public record DemoOptions(String host, int port, Optional<Path> databaseFile, Duration tokenLifetime) {

  /** Loopback only: the demo's passwords are printed on start and written in the README. */
  public static final String LOOPBACK = "127.0.0.1";
  public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofMinutes(30);

  public DemoOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(databaseFile, "databaseFile");
    Objects.requireNonNull(tokenLifetime, "tokenLifetime");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("Port " + port + " is not between 0 and 65535.");
    }
    if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
      throw new IllegalArgumentException("The token lifetime must be positive, not " + tokenLifetime + ".");
    }
  }

  /** A free port on loopback, the database in the user's data directory, 30-minute tokens. */
  public static DemoOptions defaults() {
    return new DemoOptions(LOOPBACK, 0, Optional.of(defaultDatabaseFile()), DEFAULT_TOKEN_LIFETIME);
  }

  /** Like {@link #defaults()} with a fresh in-memory database: what tests use. */
  public static DemoOptions inMemory() {
    return defaults().withInMemoryDatabase();
  }

  /**
   * The database file in the platform's per-user data directory: {@code $XDG_DATA_HOME} (or {@code
   * ~/.local/share}) {@code /switchboard/demo/} on Linux, {@code ~/Library/Application Support/Switchboard/demo/}
   * on macOS, {@code %APPDATA%\Switchboard\demo\} on Windows.
   */
  public static Path defaultDatabaseFile() {
    return DataDirectory.of(System.getProperty("os.name", ""), System.getenv(), Path.of(
        System.getProperty("user.home", "."))).resolve(DataDirectory.DATABASE_NAME);
  }

  public DemoOptions withPort(int newPort) {
    return new DemoOptions(host, newPort, databaseFile, tokenLifetime);
  }

  public DemoOptions withHost(String newHost) {
    return new DemoOptions(newHost, port, databaseFile, tokenLifetime);
  }

  /** A database file; H2 adds {@code .mv.db} to the name (a name already ending in it is taken as is). */
  public DemoOptions withDatabaseFile(Path file) {
    return new DemoOptions(host, port, Optional.of(file), tokenLifetime);
  }

  public DemoOptions withInMemoryDatabase() {
    return new DemoOptions(host, port, Optional.empty(), tokenLifetime);
  }

  public DemoOptions withTokenLifetime(Duration lifetime) {
    return new DemoOptions(host, port, databaseFile, lifetime);
  }
}
