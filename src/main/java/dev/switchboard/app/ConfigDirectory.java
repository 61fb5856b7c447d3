package dev.switchboard.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The platform's per-user settings folder: {@code $XDG_CONFIG_HOME/switchboard} (or {@code
 * ~/.config/switchboard}) on Linux, {@code ~/Library/Application Support/Switchboard} on macOS, {@code
 * %APPDATA%\Switchboard} on Windows; {@code -Dswitchboard.configDir} chooses another (tests do).
 */
final class ConfigDirectory {

  static final String PROPERTY = "switchboard.configDir";

  private ConfigDirectory() {}

  static Path of(String osName, Map<String, String> env, Path home) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String appData = env.get("APPDATA");
      Path base = isSet(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
      return base.resolve("Switchboard");
    }
    if (os.startsWith("mac") || os.startsWith("darwin")) {
      return home.resolve("Library").resolve("Application Support").resolve("Switchboard");
    }
    String xdg = env.get("XDG_CONFIG_HOME");
    // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
    Path base = isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
    return base.resolve("switchboard");
  }

  static Path current() {
    String chosen = System.getProperty(PROPERTY);
    return isSet(chosen) ? Path.of(chosen)
        : of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}
