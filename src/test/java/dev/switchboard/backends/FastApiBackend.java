package dev.switchboard.backends;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import dev.switchboard.testing.FastApiServer;

/**
 * The FastAPI app of {@code examples/fastapi-callcenter}, run by Debian's FastAPI on a free port with its SQLite
 * database in a new temporary folder (so every start seeds afresh), deleted on {@link #close()}.
 */
final class FastApiBackend implements Backend {

  static final String OPENAPI_PATH = "/api/v1/openapi.json";

  private final FastApiServer server;
  private final Path dataDir;

  private FastApiBackend(FastApiServer server, Path dataDir) {
    this.server = server;
    this.dataDir = dataDir;
  }

  /** Fails when {@code CI=true} and Debian's FastAPI is missing, aborts the caller otherwise. */
  static FastApiBackend start() {
    FastApiServer.requireFastApi();
    Path dataDir;
    try {
      dataDir = Files.createTempDirectory("callcenter-fastapi-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot make a temporary folder for the FastAPI app's database", e);
    }
    Map<String, String> environment = Map.of("CALLCENTER_DB", dataDir.resolve("callcenter.db").toString());
    try {
      return new FastApiBackend(
          FastApiServer.start(FastApiServer.callCenterExample(), OPENAPI_PATH, environment), dataDir);
    } catch (RuntimeException e) {
      deleteTree(dataDir);
      throw e;
    }
  }

  @Override
  public URI baseUrl() {
    return URI.create(server.baseUrl());
  }

  @Override
  public URI openApiUrl() {
    return server.openApiUrl();
  }

  @Override
  public String output() {
    return server.output();
  }

  @Override
  public void close() {
    server.close();
    deleteTree(dataDir);
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary folder is harmless
    }
  }
}
