package dev.switchboard.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The platform's per-user folder for what Switchboard records, not configures (the activity log):
 * {@code $XDG_DATA_HOME/switchboard} (or {@code ~/.local/share/switchboard}) on Linux, {@code ~/Library/Application
 * Support/Switchboard} on macOS, {@code %LOCALAPPDATA%\Switchboard} on Windows.
 *
 * <p>{@code -Dswitchboard.dataDir} chooses another. Without it, a settings folder chosen with
 * {@code -Dswitchboard.configDir} holds the data too: a portable or test setup keeps everything in one place,
 * and never writes to the person's real data folder.
 */
final class UserDataDirectory {

  static final String PROPERTY = "switchboard.dataDir";

  private UserDataDirectory() {}

  static Path of(String osName, Map<String, String> env, Path home) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String local = env.get("LOCALAPPDATA");
      Path base = isSet(local) ? Path.of(local) : home.resolve("AppData").resolve("Local");
      return base.resolve("Switchboard");
    }
    if (os.startsWith("mac") || os.startsWith("darwin")) {
      return home.resolve("Library").resolve("Application Support").resolve("Switchboard");
    }
    String xdg = env.get("XDG_DATA_HOME");
    // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
    Path base = isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
    return base.resolve("switchboard");
  }

  static Path current() {
    String chosen = System.getProperty(PROPERTY);
    if (isSet(chosen)) {
      return Path.of(chosen);
    }
    String settings = System.getProperty(ConfigDirectory.PROPERTY);
    return isSet(settings) ? Path.of(settings)
        : of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}
