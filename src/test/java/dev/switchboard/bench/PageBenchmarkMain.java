package dev.switchboard.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@code dev.switchboard.http.PageParseBenchmark} and prints the ratio issue 4 sets a budget for: a
 * 100-record page to records, over Jackson's tree parse of the same bytes, from the same run (target 1.3x).
 *
 * <pre>
 *   ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=dev.switchboard.bench.PageBenchmarkMain
 * </pre>
 */
public final class PageBenchmarkMain {

  static final double TARGET_RATIO = 1.3;

  private PageBenchmarkMain() {}

  public static void main(String[] args) throws RunnerException {
    List<String> argv = new ArrayList<>(List.of(args));
    String extra = System.getProperty("bench.args", "").trim();
    if (!extra.isEmpty()) {
      argv.addAll(List.of(extra.split("\\s+")));
    }
    CommandLineOptions cli;
    try {
      cli = new CommandLineOptions(argv.toArray(String[]::new));
    } catch (CommandLineOptionException e) {
      System.err.println("bench: " + e.getMessage());
      System.exit(2);
      return;
    }
    Collection<RunResult> results = new Runner(new OptionsBuilder().parent(cli)
        .include("^dev\\.switchboard\\.http\\.PageParseBenchmark\\.").build()).run();
    double tree = score(results, "jacksonTree");
    double records = score(results, "pageToRecords");
    System.out.printf(Locale.ROOT, "%n100-record page: Jackson tree %.1f us, page to records %.1f us, ratio %.2fx"
        + " (target %.1fx)%n", tree, records, records / tree, TARGET_RATIO);
  }

  private static double score(Collection<RunResult> results, String method) {
    return results.stream()
        .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
        .mapToDouble(r -> r.getPrimaryResult().getScore())
        .findFirst().orElse(Double.NaN);
  }
}
