package dev.switchboard.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether the desktop asks for dark apps. JavaFX 21 cannot tell (its platform preferences came in 22), so this
 * asks the platform the way its own apps do: GNOME's {@code color-scheme} setting (or a {@code :dark} {@code
 * GTK_THEME}), macOS's {@code AppleInterfaceStyle}, Windows' {@code AppsUseLightTheme}. Each query runs a small
 * command with a one-second limit; call it off the JavaFX thread. When nothing answers, light.
 */
final class OsColorScheme {

  private OsColorScheme() {}

  static boolean prefersDark() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    return prefersDark(os, System.getenv(), OsColorScheme::run);
  }

  /** The decision, with the command runner given (tests give answers without running anything). */
  static boolean prefersDark(String os, Map<String, String> env, Runner run) {
    if (os.startsWith("windows")) {
      return run.output(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
          "/v", "AppsUseLightTheme")).map(out -> out.contains("0x0")).orElse(false);
    }
    if (os.startsWith("mac") || os.startsWith("darwin")) {
      return run.output(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
          .map(out -> out.trim().equalsIgnoreCase("dark")).orElse(false);
    }
    String gtkTheme = env.getOrDefault("GTK_THEME", "");
    if (gtkTheme.toLowerCase(Locale.ROOT).endsWith(":dark")) {
      return true;
    }
    return run.output(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"))
        .map(out -> out.contains("prefer-dark")).orElse(false);
  }

  /** Runs a command and answers its output, or empty when it is missing, fails or takes too long. */
  @FunctionalInterface
  interface Runner {
    Optional<String> output(List<String> command);
  }

  private static Optional<String> run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      if (!process.waitFor(1, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return Optional.empty();
      }
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return process.exitValue() == 0 ? Optional.of(out) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
