package dev.switchboard.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The launcher: parses the command line and runs a command, or opens the desktop app. It does not extend
 * {@code Application} on purpose: a class-path JavaFX app must be started from a plain main class.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    StartupReport.forArgs(List.of(args)).mark("main");
    LogSetup.install(LogDirectory.current());
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line and returns the exit code, writing to the given streams (tests use this). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    // A plain records line runs without loading picocli at all (see RecordsLine); everything else is picocli's.
    Optional<RecordsCommand.Base> records = RecordsLine.read(args);
    if (records.isPresent()) {
      try {
        return records.get().execute(out, err);
      } catch (RuntimeException e) {
        // What picocli's execution exception handler below says for the same failure.
        err.println("switchboard: " + e.getMessage());
        return 1;
      }
    }
    // the desktop app's own options are read without picocli: its classes slow the first frame (GuiLine)
    Optional<GuiOptions> gui = GuiLine.read(List.of(args));
    if (gui.isPresent()) {
      return SwitchboardCommand.launch(gui.get(), List.of(args), err);
    }
    return runWithPicocli(args, out, err);
  }

  private static int runWithPicocli(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new SwitchboardCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    // `records create --data @call.json` reads the file itself, like curl; picocli must not expand it into arguments.
    commandLine.setExpandAtFiles(false);
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      err.println("switchboard: " + e.getMessage());
      return 1;
    });
    return commandLine.execute(args);
  }
}
