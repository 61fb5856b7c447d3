package dev.switchboard.app;

import dev.switchboard.demo.DemoAccount;
import dev.switchboard.demo.DemoOptions;
import dev.switchboard.demo.DemoServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code switchboard demo-server}: runs the embedded demo call center until Ctrl+C or SIGTERM. Prints where it
 * listens, where its document is, and the seed accounts. Exit code 0 after a clean stop, 1 when it cannot start.
 */
@Command(
    name = "demo-server",
    mixinStandardHelpOptions = true,
    description = "Run the demo call-center backend (the API Switchboard connects to by default) until Ctrl+C.")
final class DemoServerCommand implements Callable<Integer> {

  static final int DEFAULT_PORT = 8123;

  @Spec
  CommandSpec spec;

  @Option(names = "--port", defaultValue = "" + DEFAULT_PORT, paramLabel = "N",
      description = "Port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--db", paramLabel = "PATH|mem",
      description = "The database file, or 'mem' for one that is gone on exit (default: callcenter.mv.db in the"
          + " per-user data directory; the path is printed on start).")
  String database;

  @Option(names = "--token-minutes", defaultValue = "30", paramLabel = "N",
      description = "How long sign-ins last, in minutes (default: ${DEFAULT-VALUE}).")
  long tokenMinutes;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65_535) {
      err.println("switchboard demo-server: --port " + port + " must be between 0 and 65535.");
      return 2;
    }
    if (tokenMinutes <= 0) {
      err.println("switchboard demo-server: --token-minutes " + tokenMinutes + " must be at least 1.");
      return 2;
    }
    DemoOptions options = DemoOptions.defaults().withPort(port).withTokenLifetime(Duration.ofMinutes(tokenMinutes));
    if ("mem".equalsIgnoreCase(database)) {
      options = options.withInMemoryDatabase();
    } else if (database != null) {
      options = options.withDatabaseFile(Path.of(database));
    }
    DemoServer server;
    try {
      server = DemoServer.start(options);
    } catch (IOException e) {
      err.println("switchboard demo-server: " + e.getMessage());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "demo-server-shutdown"));
    printWelcome(out, server);
    stopped.await();
    return 0;
  }

  private static void printWelcome(PrintWriter out, DemoServer server) {
    out.println("Switchboard demo call center listening on " + server.baseUrl());
    out.println("OpenAPI document: " + server.openApiUrl());
    out.println("Database: " + server.databaseDescription());
    out.println("Sign in as (user / password / scopes):");
    for (DemoAccount account : DemoServer.accounts()) {
      out.printf("  %-7s %-20s %s%n", account.username(), account.password(), String.join(" ", account.scopes()));
    }
    out.println("Press Ctrl+C to stop.");
    out.flush();
  }
}
