package dev.switchboard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.switchboard.model.AdminApi;
import dev.switchboard.openapi.DocumentException;
import dev.switchboard.openapi.DocumentLoader;
import dev.switchboard.openapi.DocumentSource;
import dev.switchboard.openapi.OpenApiReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 2, section 6: for each document in {@code ../shared/specs/}, the time from the document's bytes to
 * the admin model ({@link #bytesToModel}), against the time Jackson takes to parse the same bytes to a tree
 * ({@link #jacksonTree}), in the same run. The target is {@code bytesToModel <= 2 x jacksonTree} on the
 * largest document.
 *
 * <p>Run it with {@code ./mvnw -q -Pbench test-compile exec:exec} ({@link BenchmarkMain} prints the table).
 * The documents are read from the folder named by the system property {@value #SPECS_PROPERTY} (default
 * {@code ../shared/specs}, relative to the working directory). {@link #document} lists the OpenAPI 3
 * documents of that folder; {@link BenchmarkMain} replaces the list with what it finds there, leaving out
 * Swagger 2.0 documents, which the loader refuses by design.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
public class ModelBenchmark {

  /** The system property naming the folder of documents. */
  public static final String SPECS_PROPERTY = "switchboard.specs";

  /** The folder of documents when {@value #SPECS_PROPERTY} is not set, relative to the project root. */
  public static final String DEFAULT_SPECS = "../shared/specs";

  @Param({
      "fastapi-fullstack-template-fork.openapi.json",
      "keep.openapi.json",
      "letta.openapi.json",
      "netflix-dispatch.openapi.yaml",
      "pagerduty-rest.openapi.json",
      "polar-2026-04.openapi.json",
      "prefect-2.6-server.openapi.json",
      "swagger-petstore-v3.openapi.yaml",
  })
  public String document;

  private byte[] bytes;
  private ObjectMapper mapper;
  private DocumentLoader loader;
  private DocumentSource source;

  /** The folder of documents, as given by {@value #SPECS_PROPERTY} or the default. */
  public static Path specsDir() {
    return Path.of(System.getProperty(SPECS_PROPERTY, DEFAULT_SPECS)).toAbsolutePath().normalize();
  }

  /** YAML unless the first non-blank byte opens a JSON object or array: the loader's own rule. */
  static boolean isJson(byte[] bytes) {
    int i = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    for (; i < bytes.length; i++) {
      if (!Character.isWhitespace(bytes[i])) {
        return bytes[i] == '{' || bytes[i] == '[';
      }
    }
    return false;
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException, DocumentException {
    Path path = specsDir().resolve(document);
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException("No document " + path + ". Set -D" + SPECS_PROPERTY
          + "=<folder> to the folder of OpenAPI documents (default " + DEFAULT_SPECS + ").");
    }
    bytes = Files.readAllBytes(path);
    mapper = isJson(bytes) ? new ObjectMapper() : new YAMLMapper();
    loader = DocumentLoader.withDefaults();
    source = DocumentSource.of(path.toString());
    // Fail here, with the document's name, rather than in the middle of a measurement.
    new OpenApiReader().infer(loader.parse(bytes, source));
  }

  /** The baseline: the same bytes to a Jackson tree, with a reused mapper, as the loader does. */
  @Benchmark
  public JsonNode jacksonTree() throws IOException {
    return mapper.readTree(bytes);
  }

  /** The whole engine: bytes to tree, the OpenAPI 3 check, {@code $ref} resolution and inference. */
  @Benchmark
  public AdminApi bytesToModel() throws DocumentException {
    return new OpenApiReader().infer(loader.parse(bytes, source));
  }
}
