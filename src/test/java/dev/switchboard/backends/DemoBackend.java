package dev.switchboard.backends;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

import dev.switchboard.demo.DemoOptions;
import dev.switchboard.demo.DemoServer;

/** The embedded demo in this JVM, on a free loopback port, with a fresh in-memory database (seeded on start). */
final class DemoBackend implements Backend {

  private final DemoServer server;

  private DemoBackend(DemoServer server) {
    this.server = server;
  }

  static DemoBackend start() {
    try {
      return new DemoBackend(DemoServer.start(DemoOptions.inMemory()));
    } catch (IOException e) {
      throw new UncheckedIOException("The demo backend did not start", e);
    }
  }

  @Override
  public URI baseUrl() {
    return server.baseUrl();
  }

  @Override
  public URI openApiUrl() {
    return server.openApiUrl();
  }

  @Override
  public String output() {
    return "";
  }

  @Override
  public void close() {
    server.close();
  }
}
