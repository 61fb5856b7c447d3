package dev.switchboard.app;

import java.io.PrintStream;
import java.util.List;

/**
 * Start-up moments as lines a script reads: {@code switchboard-startup <moment> <epoch ms> <cpu ms>}, the last being
 * the CPU time the whole process has used so far (all threads; a figure that a busy machine inflates far less
 * than the wall clock, so runs on a shared machine can still be compared). Printed only with
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
      long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
      out.println(line(moment, System.currentTimeMillis(), cpu));
      out.flush();
    }
  }

  static String line(String moment, long epochMillis, long cpuMillis) {
    return "switchboard-startup " + moment + " " + epochMillis + " " + cpuMillis;
  }
}
