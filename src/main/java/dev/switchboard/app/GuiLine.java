package dev.switchboard.app;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the desktop app's options without picocli, as {@link RecordsLine} does for {@code records}: picocli's
 * classes are compiled for Java 5, which the start-up cache cannot hold, so loading and verifying them cost the
 * first frame about 0.1-0.2 s on every start. Only a plain line of the options {@link GuiOptions} declares is read
 * here; anything else (a command, {@code --help}, a mistake) answers empty and goes to picocli, which explains.
 */
final class GuiLine {

  private GuiLine() {}

  static Optional<GuiOptions> read(List<String> args) {
    GuiOptions options = new GuiOptions();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      int equals = arg.indexOf('=');
      String name = equals > 0 ? arg.substring(0, equals) : arg;
      Optional<String> inline = equals > 0 ? Optional.of(arg.substring(equals + 1)) : Optional.empty();
      boolean nextIsValue = i + 1 < args.size() && !args.get(i + 1).startsWith("-");
      switch (name) {
        case "--smoke-test", "--report-startup", "--demo-in-memory" -> {
          if (inline.isPresent()) {
            return Optional.empty();
          }
          options.smokeTest |= name.equals("--smoke-test");
          options.reportStartup |= name.equals("--report-startup");
          options.demoInMemory |= name.equals("--demo-in-memory");
        }
        case "--demo" -> {
          // an optional value, as picocli's arity 0..1 reads it: the next word unless it is an option
          options.demo = inline.orElse(nextIsValue ? args.get(++i) : "admin");
        }
        case "--connect", "--user", "--password-env", "--open", "--theme", "--demo-token-seconds" -> {
          if (inline.isEmpty() && i + 1 >= args.size()) {
            return Optional.empty();
          }
          String value = inline.isPresent() ? inline.get() : args.get(++i);
          if (!set(options, name, value)) {
            return Optional.empty();
          }
        }
        default -> {
          return Optional.empty();
        }
      }
    }
    return Optional.of(options);
  }

  private static boolean set(GuiOptions options, String name, String value) {
    switch (name) {
      case "--connect" -> options.connect = value;
      case "--user" -> options.user = value;
      case "--password-env" -> options.passwordEnv = value;
      case "--open" -> options.open = value;
      case "--theme" -> {
        try {
          options.theme = GuiOptions.ThemeChoice.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          return false;
        }
      }
      default -> {
        try {
          options.demoTokenSeconds = Integer.valueOf(value);
        } catch (NumberFormatException e) {
          return false;
        }
      }
    }
    return true;
  }
}
