package dev.switchboard.app;

import java.io.PrintStream;
import java.util.List;

/**
 * Start-up moments as lines a script reads: {@code switchboard-startup <moment> <epoch ms>}, printed only with
 * {@code --report-startup}. The clock is the wall clock, so {@code packaging/measure-startup.sh} can subtract the
 * timestamp it took just before starting the process: the JVM's own start time ({@code ProcessHandle}'s
 * {@code startInstant()}) reads about 0.8 s early and cannot be used.
 */
final class StartupReport {

  static final String OPTION = "--report-startup";

  private final PrintStream out;
  private final boolean enabled;

  StartupReport(PrintStream out, boolean enabled) {
    this.out = out;
    this.enabled = enabled;
  }

  /** Reports to standard output when the raw command line asks for it (read before any parsing: it is timed). */
  static StartupReport forArgs(List<String> args) {
    return new StartupReport(System.out, args.contains(OPTION));
  }

  void mark(String moment) {
    if (enabled) {
      out.println(line(moment, System.currentTimeMillis()));
      out.flush();
    }
  }

  static String line(String moment, long epochMillis) {
    return "switchboard-startup " + moment + " " + epochMillis;
  }
}
