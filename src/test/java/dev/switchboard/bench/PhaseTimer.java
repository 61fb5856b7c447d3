package dev.switchboard.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.switchboard.openapi.DocumentLoader;
import dev.switchboard.openapi.DocumentSource;
import dev.switchboard.openapi.OpenApiDocument;
import dev.switchboard.openapi.OpenApiReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * A quick, JMH-free split of {@link ModelBenchmark#bytesToModel} into its phases, for finding where the time
 * goes: Jackson tree, {@code loader.parse} (tree + checks), and {@code infer} alone, as the median of timed
 * rounds after warm-up rounds. Not the figures we report (those come from {@link BenchmarkMain}); run it
 * under JFR to profile {@code infer}:
 *
 * <pre>
 *   java -cp target/classes:target/test-classes:$(deps) -XX:StartFlightRecording=filename=infer.jfr \
 *       dev.switchboard.bench.PhaseTimer [warmup rounds] [timed rounds] [document...]
 * </pre>
 *
 * <p>{@code -Dphase.cpu=true} times with the thread's CPU clock, which moves less when others load the machine.
 */
public final class PhaseTimer {

  private PhaseTimer() {}

  public static void main(String[] args) throws Exception {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Path specs = ModelBenchmark.specsDir();
    if (!Files.isDirectory(specs)) {
      System.err.println("phase-timer: no specs folder at " + specs + "; set -D" + ModelBenchmark.SPECS_PROPERTY);
      System.exit(2);
    }
    List<String> documents = args.length > 2
        ? List.of(args).subList(2, args.length)
        : BenchmarkMain.openApi3Documents(specs, new HashMap<>());
    DocumentLoader loader = DocumentLoader.withDefaults();
    System.out.printf(Locale.ROOT, "%-46s %10s %10s %10s %10s%n", "document", "jackson ms", "parse ms", "infer ms",
        "infer/jk");
    for (String name : documents) {
      Path path = specs.resolve(name);
      byte[] bytes = Files.readAllBytes(path);
      ObjectMapper mapper = ModelBenchmark.isJson(bytes) ? new ObjectMapper() : new YAMLMapper();
      DocumentSource source = DocumentSource.of(path.toString());
      List<Double> jackson = new ArrayList<>();
      List<Double> parse = new ArrayList<>();
      List<Double> infer = new ArrayList<>();
      for (int i = 0; i < warmup + rounds; i++) {
        long t0 = now();
        mapper.readTree(bytes);
        long t1 = now();
        OpenApiDocument doc = loader.parse(bytes, source);
        long t2 = now();
        new OpenApiReader().infer(doc);
        long t3 = now();
        if (i >= warmup) {
          jackson.add((t1 - t0) / 1e6);
          parse.add((t2 - t1) / 1e6);
          infer.add((t3 - t2) / 1e6);
        }
      }
      double j = median(jackson);
      double p = median(parse);
      double n = median(infer);
      // The minimum too: on a shared machine it moves less with other people's builds than the median.
      System.out.printf(Locale.ROOT, "%-46s %10.3f %10.3f %10.3f %9.2fx   min %.3f %.3f %.3f  (parse+infer)/jk %.2fx%n",
          name, j, p, n, n / j, min(jackson), min(parse), min(infer), (min(parse) + min(infer)) / min(jackson));
    }
  }

  /**
   * With {@code -Dphase.cpu=true}, this thread's CPU time instead of wall time: on a machine shared with
   * other builds it leaves out the time the thread waits for a core (garbage collection, done by other
   * threads, is left out too).
   */
  private static final boolean CPU_TIME = Boolean.getBoolean("phase.cpu");
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private static long now() {
    return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  private static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
