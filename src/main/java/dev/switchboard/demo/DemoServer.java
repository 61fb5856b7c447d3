package dev.switchboard.demo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded demo call center: a running HTTP server with its database, serving the API of {@code
 * docs/callcenter-api.md} and its OpenAPI document at {@link #openApiUrl()}. Started with {@link #start}; {@link
 * #close()} stops it and closes the database.
 */
public final class DemoServer implements AutoCloseable {

  /**
   * Request threads, and database connections: one each. Lists are served from memory and never wait for the
   * database, so threads beyond the cores only take turns: with 20 clients listing on 2 cores, 16 threads gave
   * p99 55-57 ms and 4 threads 31-34 ms (queued requests wait their turn in order instead of sharing the cores).
   * Still a few per core: a write waits for H2 and a log-in hashes a password for a while.
   */
  static final int THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
  private static final int QUEUED_CONNECTIONS = 1_024;
  private static final Logger LOG = LoggerFactory.getLogger(DemoServer.class);

  private final HttpServer server;
  private final ExecutorService executor;
  private final Database database;
  private final URI baseUrl;
  private final Optional<Seeder.Result> seeded;

  private DemoServer(HttpServer server, ExecutorService executor, Database database,
      Optional<Seeder.Result> seeded) {
    this.server = server;
    this.executor = executor;
    this.database = database;
    this.seeded = seeded;
    InetSocketAddress address = server.getAddress();
    String host = address.getAddress().getHostAddress();
    this.baseUrl = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort());
  }

  /**
   * Opens (or creates and seeds) the database and starts serving. Throws {@link BindException} when the port is
   * taken, and an {@link IOException} naming the file when the database cannot be opened (in use by another
   * demo server, say).
   */
  public static DemoServer start(DemoOptions options) throws IOException {
    ApiDocument document = ApiDocument.load();
    Clock clock = Clock.systemUTC();
    SecureRandom random = new SecureRandom();
    // Bound before the database is touched (it serves only after start()): a taken port fails fast.
    HttpServer server = bind(options);
    ExecutorService executor = executor();
    Database database;
    try {
      database = Database.open(options.databaseFile(), THREADS);
    } catch (IOException | RuntimeException e) {
      server.stop(0);
      executor.shutdown();
      throw e;
    }
    try {
      // Seeding (and loading the calls into memory) is database work, building the validators CPU work: on two
      // cores they overlap.
      CallIndex index = new CallIndex();
      UserStore users = new UserStore();
      UserNames names = new UserNames(database, users);
      CompletableFuture<Optional<Seeder.Result>> seeding = CompletableFuture.supplyAsync(
          () -> seedAndLoad(database, new Seeder(), index, names, clock), executor);
      Dispatcher dispatcher = dispatcher(document, database, index, users, names, new Passwords(random),
          new Tokens(clock, options.tokenLifetime(), random), random, clock);
      Optional<Seeder.Result> seeded = join(seeding);
      server.createContext("/", dispatcher);
      server.setExecutor(executor);
      server.start();
      DemoServer demo = new DemoServer(server, executor, database, seeded);
      LOG.info("Demo call center on {} (database {}{})", demo.baseUrl, database.description(),
          seeded.map(r -> String.format(Locale.ROOT, ", seeded %d users, %d teams and %d calls in %d ms",
              r.users(), r.teams(), r.calls(), r.took().toMillis())).orElse(""));
      return demo;
    } catch (IOException | RuntimeException e) {
      server.stop(0);
      executor.shutdownNow();
      database.close();
      throw e;
    }
  }

  private static HttpServer bind(DemoOptions options) throws IOException {
    // TCP_NODELAY on the server's sockets (read once, when the JDK server's classes load; JVM-wide, for its
    // HttpServers only). Without it the server writes the headers and the body of an answer as two small
    // packets, Nagle's algorithm holds the second until the client acknowledges the first, and the client delays
    // that acknowledgement by 40 ms: every answer took at least 44 ms under load (p50 44.0 ms for every kind of
    // list request, whatever its cost).
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    try {
      return HttpServer.create(new InetSocketAddress(options.host(), options.port()), 0);
    } catch (BindException e) {
      throw new BindException("Port " + options.port() + " on " + options.host() + " is in use (" + e.getMessage()
          + "); choose another port.");
    }
  }

  private static Optional<Seeder.Result> join(CompletableFuture<Optional<Seeder.Result>> seeding)
      throws IOException {
    try {
      return seeding.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
    }
  }

  private static Dispatcher dispatcher(ApiDocument document, Database database, CallIndex index, UserStore users,
      UserNames names, Passwords passwords, Tokens tokens, SecureRandom random, Clock clock) {
    SchemaValidator validator = new SchemaValidator(document);
    Dispatcher dispatcher = new Dispatcher(document, new Authenticator(database, users, tokens),
        new RequestReader(validator));
    new AuthHandler(database, users, passwords, tokens).register(dispatcher);
    CallStore calls = new CallStore();
    CallEventStore events = new CallEventStore();
    new CallListHandler(index, names).register(dispatcher);
    new CallsHandler(database, calls, index, events, users, names, new ObjectIds(random), clock)
        .register(dispatcher);
    new CallHistoryHandler(database, calls, events).register(dispatcher);
    new UsersHandler(database, users, names, passwords, clock).register(dispatcher);
    new TeamsHandler(database, new TeamStore(), users).register(dispatcher);
    new RolesHandler().register(dispatcher);
    dispatcher.addUndocumented("GET", "/api/v1/openapi.json", request -> Response.ok(document.root()));
    dispatcher.checkCoverage();
    validator.preload(document.schemaPointers());
    return dispatcher;
  }

  /**
   * Seeds the database if it is new, then loads its calls into the index that serves the lists, and the users'
   * names that the calls show.
   */
  private static Optional<Seeder.Result> seedAndLoad(Database database, Seeder seeder, CallIndex index,
      UserNames names, Clock clock) {
    try {
      Optional<Seeder.Result> seeded = database.write(connection -> {
        if (database.meta(connection, "seeded_at").isPresent()) {
          return Optional.empty();
        }
        Instant now = Json.now(clock);
        Seeder.Result result = seeder.seed(connection, now);
        database.putMeta(connection, "seeded_at", Json.time(now));
        return Optional.of(result);
      });
      names.reload();
      long start = System.nanoTime();
      CallStore calls = new CallStore();
      index.load(database.read(calls::all));
      LOG.debug("Loaded {} calls into memory in {} ms", index.size(), (System.nanoTime() - start) / 1_000_000);
      return seeded;
    } catch (SQLException e) {
      throw new UncheckedIOException(new IOException("Could not seed or load the demo database "
          + database.description() + ": " + e.getMessage(), e));
    }
  }

  /** A fixed pool with a bounded queue; when both are full the accepting thread serves, which slows intake. */
  private static ExecutorService executor() {
    AtomicInteger count = new AtomicInteger();
    return new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED_CONNECTIONS),
        runnable -> {
          Thread thread = new Thread(runnable, "demo-http-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
  }

  /** The three accounts the demo seeds, with their passwords (as seeded; an admin may have changed them since). */
  public static List<DemoAccount> accounts() {
    return Seeder.ACCOUNTS;
  }

  /** For example {@code http://127.0.0.1:8123}, without a trailing slash. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** {@code <baseUrl>/api/v1/openapi.json}. */
  public URI openApiUrl() {
    return URI.create(baseUrl + "/api/v1/openapi.json");
  }

  /** Where the data lives, for people: the database file, or "in memory". */
  public String databaseDescription() {
    return database.description();
  }

  /** How long this start took to seed the database, if it did (a database is seeded once, when new). */
  public Optional<Duration> seedingTime() {
    return seeded.map(Seeder.Result::took);
  }

  /** Stops accepting requests, lets running ones finish (briefly), and closes the database. Idempotent. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    database.close();
  }
}
