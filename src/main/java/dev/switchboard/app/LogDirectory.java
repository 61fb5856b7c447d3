package dev.switchboard.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The platform's per-user folder for Switchboard's log file: {@code $XDG_STATE_HOME/switchboard/logs} (or
 * {@code ~/.local/state/switchboard/logs}) on Linux, {@code ~/Library/Logs/Switchboard} on macOS, {@code
 * %LOCALAPPDATA%\Switchboard\Logs} on Windows; {@code -Dswitchboard.logDir} chooses another. The launcher sets
 * up logging there ({@link LogSetup}) before anything logs.
 */
final class LogDirectory {

  static final String PROPERTY = "switchboard.logDir";

  private LogDirectory() {}

  static Path of(String osName, Map<String, String> env, Path home) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String local = env.get("LOCALAPPDATA");
      Path base = isSet(local) ? Path.of(local) : home.resolve("AppData").resolve("Local");
      return base.resolve("Switchboard").resolve("Logs");
    }
    if (os.startsWith("mac") || os.startsWith("darwin")) {
      return home.resolve("Library").resolve("Logs").resolve("Switchboard");
    }
    String xdg = env.get("XDG_STATE_HOME");
    Path base = isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("state");
    return base.resolve("switchboard").resolve("logs");
  }

  /** The folder: {@code -Dswitchboard.logDir} when given, else the platform's. */
  static Path current() {
    String chosen = System.getProperty(PROPERTY);
    return chosen != null && !chosen.isBlank() ? Path.of(chosen)
        : of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}
