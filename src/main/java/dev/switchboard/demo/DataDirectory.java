package dev.switchboard.demo;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The platform's per-user data directory for the demo database (the rule is on {@link
 * DemoOptions#defaultDatabaseFile()}).
 */
final class DataDirectory {

  /** The database's base name; H2 stores it as {@code callcenter.mv.db}. */
  static final String DATABASE_NAME = "callcenter";

  private DataDirectory() {}

  static Path of(String osName, Map<String, String> env, Path home) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String appData = env.get("APPDATA");
      Path base = isSet(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
      return base.resolve("Switchboard").resolve("demo");
    }
    if (os.startsWith("mac") || os.startsWith("darwin")) {
      return home.resolve("Library").resolve("Application Support").resolve("Switchboard").resolve("demo");
    }
    String xdg = env.get("XDG_DATA_HOME");
    // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
    Path base = isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
    return base.resolve("switchboard").resolve("demo");
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}
