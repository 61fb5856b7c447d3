package dev.switchboard.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Where the log goes (SLF4J over java.util.logging): everything at INFO and above from Switchboard, and its
 * HTTP exchanges at debug level (secrets redacted), to a rotating file in the per-user log folder ({@link
 * LogDirectory}); warnings and Switchboard's own notices (the demo's address) to the console. The exchanges
 * never reach the console: a support agent or a script reads the people-sentences, whoever diagnoses reads the
 * file.
 */
final class LogSetup {

  private static final int FILE_LIMIT = 5 << 20;
  private static final int FILE_COUNT = 3;

  /**
   * java.util.logging holds loggers weakly: a level set on a logger nobody references is lost when it is
   * collected, so the configured ones are kept here for the life of the process.
   */
  private static final Logger SWITCHBOARD = Logger.getLogger("dev.switchboard");
  private static final Logger HTTP = Logger.getLogger("dev.switchboard.http");
  /**
   * JavaFX warns on every start that it was loaded from the class path ("Unsupported JavaFX configuration"):
   * that is how {@code java -jar} runs it, and the installed app runs it from modules. Only its errors show.
   */
  private static final Logger JAVAFX = Logger.getLogger("javafx");

  private LogSetup() {}

  /** Installs the handlers; a log folder that cannot be written leaves the console only, and says so there. */
  static void install(Path folder) {
    LogManager.getLogManager().reset();
    Logger root = Logger.getLogger("");
    root.setLevel(Level.INFO);
    ConsoleHandler console = new ConsoleHandler();
    console.setLevel(Level.INFO);
    console.setFilter(record -> record.getLevel().intValue() >= Level.WARNING.intValue()
        || record.getLoggerName() != null && record.getLoggerName().startsWith("dev.switchboard")
            && !record.getLoggerName().startsWith("dev.switchboard.http"));
    console.setFormatter(new LogLineFormatter());
    root.addHandler(console);

    SWITCHBOARD.setLevel(Level.INFO);
    JAVAFX.setLevel(Level.SEVERE);
    HTTP.setLevel(Level.FINE);
    try {
      Files.createDirectories(folder);
      FileHandler file = new FileHandler(folder.resolve("switchboard%g.log").toString(), FILE_LIMIT, FILE_COUNT,
          true);
      file.setLevel(Level.ALL);
      file.setFormatter(new LogLineFormatter());
      file.setEncoding("UTF-8");
      root.addHandler(file);
    } catch (IOException | RuntimeException e) {
      root.warning("Switchboard cannot write its log in " + folder + " (" + e.getMessage() + "); logging to the"
          + " console only. Set -D" + LogDirectory.PROPERTY + " to a writable folder.");
    }
  }
}
