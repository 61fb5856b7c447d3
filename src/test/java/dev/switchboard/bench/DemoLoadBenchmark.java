package dev.switchboard.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.demo.DemoOptions;
import dev.switchboard.demo.DemoServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Loopback load on the embedded demo (issue 3, "Quality bar"): starts it with its seed (20,000 calls), logs in,
 * then {@code --clients} threads, each with its own {@link HttpClient}, list calls
 * ({@code GET /api/v1/calls/?page=N&size=50} with varied filters and sorts) back to back for {@code --seconds},
 * after an unmeasured warm-up of {@code --warmup} seconds. Prints requests, errors, throughput and latency
 * percentiles; the target is no errors and p99 under 100 ms.
 *
 * <pre>
 *   packaging/load-demo.sh                          # 20 clients, 10 s, 3 s warm-up, in-memory database
 *   packaging/load-demo.sh --clients 40 --seconds 30 --warmup 0 --db /tmp/demo-load
 * </pre>
 *
 * <p>Exit code 0 when every request succeeded, 1 when any failed (status other than 200, or no answer), 2 on a
 * bad argument. The clients run in the same JVM as the server, on the same cores, as on a laptop.
 */
public final class DemoLoadBenchmark {

  static final double TARGET_P99_MS = 100;
  private static final String CALLS = "/api/v1/calls/";

  private DemoLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    Settings settings;
    try {
      settings = Settings.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("DemoLoadBenchmark: " + e.getMessage());
      System.err.println("usage: DemoLoadBenchmark [--clients N] [--seconds N] [--warmup N] [--db PATH|mem]");
      System.exit(2);
      return;
    }
    System.exit(run(settings));
  }

  static int run(Settings settings) throws Exception {
    DemoOptions options = settings.database == null
        ? DemoOptions.inMemory() : DemoOptions.defaults().withDatabaseFile(settings.database);
    long startNanos = System.nanoTime();
    try (DemoServer server = DemoServer.start(options)) {
      System.out.printf(Locale.ROOT, "demo started at %s in %d ms (%s database)%n", server.baseUrl(),
          (System.nanoTime() - startNanos) / 1_000_000, settings.database == null ? "in-memory" : settings.database);
      URI base = server.baseUrl();
      String token = logIn(base);
      List<String> queries = queries();
      List<Long> agents = agentIds(base, token);
      if (settings.warmupSeconds > 0) {
        load(base, token, queries, agents, settings.clients, Duration.ofSeconds(settings.warmupSeconds));
      }
      Result result = load(base, token, queries, agents, settings.clients, Duration.ofSeconds(settings.seconds));
      result.print(settings, queries);
      return result.errors == 0 ? 0 : 1;
    }
  }

  /**
   * Twelve kinds of list request, as the client's list view sends them; {@code PAGE} (1 to 20) and {@code AGENT}
   * (a seeded agent) are drawn per request.
   */
  static List<String> queries() {
    String monthAgo = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    return List.of(
        "?page=PAGE&size=50",
        "?page=PAGE&size=50&order_by=started_at",
        "?page=PAGE&size=50&status=completed",
        "?page=PAGE&size=50&status__in=missed,voicemail&order_by=-started_at",
        "?page=PAGE&size=50&direction=outbound&order_by=-duration_s",
        "?page=PAGE&size=50&queue=billing&order_by=caller_number",
        "?page=PAGE&size=50&started_at__gte=" + encode(monthAgo) + "&order_by=queue,-started_at",
        "?page=PAGE&size=50&search=refund",
        "?page=PAGE&size=50&search=" + encode("+44") + "&order_by=-satisfaction",
        "?page=PAGE&size=50&order_by=status,-duration_s",
        "?page=PAGE&size=50&agent_id=AGENT&order_by=-started_at",
        "?page=PAGE&size=50&status=completed&queue=support&order_by=-satisfaction,started_at");
  }

  private static Result load(URI base, String token, List<String> queries, List<Long> agents, int clients,
      Duration duration)
      throws Exception {
    long deadline = System.nanoTime() + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<Client>> futures = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        Client client = new Client(base, token, queries, agents, new Random(i));
        futures.add(pool.submit(() -> client.runUntil(deadline)));
      }
      List<Client> done = new ArrayList<>();
      for (Future<Client> future : futures) {
        done.add(future.get());
      }
      return Result.of(done, duration);
    } finally {
      pool.shutdownNow();
    }
  }

  private static String logIn(URI base) throws IOException, InterruptedException {
    HttpClient http = newHttpClient();
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/auth/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=switchboard-admin"))
        .build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Log-in as admin answered " + response.statusCode() + ": " + response.body());
    }
    return new ObjectMapper().readTree(response.body()).path("access_token").asText();
  }

  private static List<Long> agentIds(URI base, String token) throws IOException, InterruptedException {
    HttpResponse<String> response = newHttpClient().send(
        HttpRequest.newBuilder(base.resolve("/api/v1/users/?role=agent&limit=1000"))
            .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Listing agents answered " + response.statusCode() + ": " + response.body());
    }
    List<Long> ids = new ArrayList<>();
    new ObjectMapper().readTree(response.body()).path("data").forEach(user -> ids.add(user.path("id").asLong()));
    if (ids.isEmpty()) {
      throw new IllegalStateException("The demo has no agents to filter by: " + response.body());
    }
    return ids;
  }

  static HttpClient newHttpClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** One client: its own connection, requests back to back, latencies in nanoseconds. */
  private static final class Client {
    private final URI base;
    private final String token;
    private final List<String> queries;
    private final List<Long> agents;
    private final Random random;
    private final HttpClient http = newHttpClient();
    private long[] latencies = new long[4096];
    private int[] kinds = new int[4096];
    private int count;
    private int errors;
    private String firstError;

    Client(URI base, String token, List<String> queries, List<Long> agents, Random random) {
      this.base = base;
      this.token = token;
      this.queries = queries;
      this.agents = agents;
      this.random = random;
    }

    Client runUntil(long deadline) {
      while (System.nanoTime() < deadline) {
        int kind = random.nextInt(queries.size());
        String query = queries.get(kind)
            .replace("PAGE", String.valueOf(1 + random.nextInt(20)))
            .replace("AGENT", String.valueOf(agents.get(random.nextInt(agents.size()))));
        HttpRequest request = HttpRequest.newBuilder(base.resolve(CALLS + query))
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(10))
            .GET().build();
        long start = System.nanoTime();
        String problem = null;
        try {
          HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() != 200 || !response.body().startsWith("{")) {
            problem = response.statusCode() + " " + abbreviate(response.body());
          }
        } catch (IOException e) {
          problem = e.toString();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
        record(kind, System.nanoTime() - start);
        if (problem != null) {
          errors++;
          if (firstError == null) {
            firstError = "GET " + CALLS + query + " -> " + problem;
          }
        }
      }
      return this;
    }

    private void record(int kind, long nanos) {
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
        kinds = Arrays.copyOf(kinds, count * 2);
      }
      kinds[count] = kind;
      latencies[count++] = nanos;
    }

    private static String abbreviate(String body) {
      return body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }
  }

  /** The figures of one measured run. */
  private record Result(long requests, long errors, String firstError, Duration duration, long[] sortedNanos,
      List<long[]> sortedNanosByKind) {

    static Result of(List<Client> clients, Duration duration) {
      long requests = 0;
      long errors = 0;
      String firstError = null;
      for (Client client : clients) {
        requests += client.count;
        errors += client.errors;
        if (firstError == null) {
          firstError = client.firstError;
        }
      }
      long[] all = new long[(int) requests];
      int at = 0;
      int kindCount = clients.isEmpty() ? 0 : clients.get(0).queries.size();
      List<long[]> byKind = new ArrayList<>();
      int[] filled = new int[kindCount];
      for (Client client : clients) {
        System.arraycopy(client.latencies, 0, all, at, client.count);
        at += client.count;
        for (int i = 0; i < client.count; i++) {
          filled[client.kinds[i]]++;
        }
      }
      for (int kind = 0; kind < kindCount; kind++) {
        byKind.add(new long[filled[kind]]);
      }
      Arrays.fill(filled, 0);
      for (Client client : clients) {
        for (int i = 0; i < client.count; i++) {
          int kind = client.kinds[i];
          byKind.get(kind)[filled[kind]++] = client.latencies[i];
        }
      }
      Arrays.sort(all);
      byKind.forEach(Arrays::sort);
      return new Result(requests, errors, firstError, duration, all, byKind);
    }

    double percentileMs(double percentile) {
      return percentileMs(sortedNanos, percentile);
    }

    static double percentileMs(long[] sortedNanos, double percentile) {
      if (sortedNanos.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(percentile / 100 * sortedNanos.length) - 1;
      return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
    }

    void print(Settings settings, List<String> queries) {
      double throughput = requests / (duration.toNanos() / 1e9);
      double p99 = percentileMs(99);
      System.out.printf(Locale.ROOT, "clients %d, measured %d s after %d s warm-up%n", settings.clients,
          settings.seconds, settings.warmupSeconds);
      System.out.printf(Locale.ROOT, "requests %d, errors %d, throughput %.0f req/s%n", requests, errors, throughput);
      System.out.printf(Locale.ROOT, "latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n", percentileMs(50),
          percentileMs(90), p99, percentileMs(100));
      System.out.println("by request (p50 / p99 ms, count):");
      for (int kind = 0; kind < sortedNanosByKind.size(); kind++) {
        long[] nanos = sortedNanosByKind.get(kind);
        System.out.printf(Locale.ROOT, "  %7.1f / %7.1f  %5d  %s%n", percentileMs(nanos, 50), percentileMs(nanos, 99),
            nanos.length, queries.get(kind));
      }
      if (firstError != null) {
        System.out.println("first error: " + firstError);
      }
      System.out.printf(Locale.ROOT, "target (no errors, p99 < %.0f ms): %s%n", TARGET_P99_MS,
          errors == 0 && p99 < TARGET_P99_MS ? "met" : "NOT met");
    }
  }

  /** Command-line settings; {@code database} null for an in-memory database. */
  record Settings(int clients, int seconds, int warmupSeconds, Path database) {

    static Settings parse(String[] args) {
      int clients = 20;
      int seconds = 10;
      int warmup = 3;
      Path database = null;
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(name + " needs a value");
        }
        String value = args[++i];
        switch (name) {
          case "--clients" -> clients = positive(name, value);
          case "--seconds" -> seconds = positive(name, value);
          case "--warmup" -> warmup = Math.max(0, number(name, value));
          case "--db" -> database = value.equals("mem") ? null : Path.of(value);
          default -> throw new IllegalArgumentException("unknown option " + name);
        }
      }
      return new Settings(clients, seconds, warmup, database);
    }

    private static int positive(String name, String value) {
      int number = number(name, value);
      if (number < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, not " + value);
      }
      return number;
    }

    private static int number(String name, String value) {
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " takes a whole number, not '" + value + "'");
      }
    }
  }
}
