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
        long t0 = System.nanoTime();
        mapper.readTree(bytes);
        long t1 = System.nanoTime();
        OpenApiDocument doc = loader.parse(bytes, source);
        long t2 = System.nanoTime();
        new OpenApiReader().infer(doc);
        long t3 = System.nanoTime();
        if (i >= warmup) {
          jackson.add((t1 - t0) / 1e6);
          parse.add((t2 - t1) / 1e6);
          infer.add((t3 - t2) / 1e6);
        }
      }
      double j = median(jackson);
      double p = median(parse);
      double n = median(infer);
      System.out.printf(Locale.ROOT, "%-46s %10.3f %10.3f %10.3f %9.2fx%n", name, j, p, n, n / j);
    }
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
