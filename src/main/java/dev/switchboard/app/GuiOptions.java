package dev.switchboard.app;

import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The desktop app's start-up options, for shortcuts and scripts. Parsed by the {@code switchboard} command (for
 * help and checks) and again by the app, which receives them as JavaFX's raw parameters.
 */
final class GuiOptions {

  enum ThemeChoice { SYSTEM, LIGHT, DARK }

  @Option(names = "--connect", paramLabel = "<url-or-profile>",
      description = "Open this backend (an address, or the name of a saved connection) and ask for credentials.")
  String connect;

  @Option(names = "--user", paramLabel = "U", description = "Fill in the user name of the login.")
  String user;

  @Option(names = "--password-env", paramLabel = "VAR",
      description = "Read the password from this environment variable and log in without asking"
          + " (never put a password on the command line).")
  String passwordEnv;

  @Option(names = "--demo", arity = "0..1", fallbackValue = "admin", paramLabel = "admin|agent|viewer",
      description = "Open the demo call center, logged in as this account (default: admin).")
  String demo;

  /** For tests and the screenshot runs: the demo without a database file. */
  @Option(names = "--demo-in-memory", hidden = true)
  boolean demoInMemory;

  /** For tests: the embedded demo's sessions expire after this many seconds (its default is 30 minutes). */
  @Option(names = "--demo-token-seconds", hidden = true)
  Integer demoTokenSeconds;

  @Option(names = "--open", paramLabel = "<resource>",
      description = "After logging in, open this resource's table (a name such as calls).")
  String open;

  @Option(names = "--smoke-test",
      description = "Check that the app works here: open the demo in memory with its calls table, exit 0 once rows"
          + " show, or 1 with a message after " + SmokeTest.TIMEOUT_SECONDS + " s. Settings go to a temporary folder.")
  boolean smokeTest;

  @Option(names = "--report-startup",
      description = "Print start-up markers (epoch milliseconds) to standard output; packaging/measure-startup.sh reads them.")
  boolean reportStartup;

  @Option(names = "--theme", defaultValue = "system", paramLabel = "system|light|dark",
      description = "Light or dark, or follow the desktop's setting (default).")
  ThemeChoice theme = ThemeChoice.SYSTEM;

  Optional<String> connect() {
    return Optional.ofNullable(connect).filter(s -> !s.isBlank());
  }

  Optional<String> user() {
    return Optional.ofNullable(user).filter(s -> !s.isBlank());
  }

  /** The demo account to open; the smoke test opens the demo as admin unless told otherwise. */
  Optional<String> demo() {
    return Optional.ofNullable(demo).or(() -> smokeTest ? Optional.of("admin") : Optional.empty());
  }

  /** The resource to open after logging in; the smoke test watches the demo's calls. */
  Optional<String> open() {
    return Optional.ofNullable(open).filter(s -> !s.isBlank()).or(() -> smokeTest ? Optional.of("calls")
        : Optional.empty());
  }

  /** The smoke test never touches the person's demo database. */
  boolean demoInMemory() {
    return demoInMemory || smokeTest;
  }

  /** The password named by {@code --password-env}, if that variable is set. */
  Optional<String> password() {
    return Optional.ofNullable(passwordEnv).map(System::getenv).filter(s -> !s.isEmpty());
  }

  /** A sentence for a mistake in the options, or empty when they make sense together. */
  Optional<String> problem() {
    if (smokeTest && connect().isPresent()) {
      return Optional.of("--smoke-test opens the built-in demo; leave out --connect.");
    }
    if (connect().isPresent() && demo().isPresent()) {
      return Optional.of("--connect and --demo open different backends; give one of them.");
    }
    if (demo != null && !java.util.List.of("admin", "agent", "viewer").contains(demo)) {
      return Optional.of("--demo takes admin, agent or viewer, not '" + demo + "'.");
    }
    if (passwordEnv != null && System.getenv(passwordEnv) == null) {
      return Optional.of("--password-env " + passwordEnv + ": that environment variable is not set.");
    }
    return Optional.empty();
  }
}
