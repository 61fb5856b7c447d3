package dev.switchboard.http;

import static dev.switchboard.http.TestResources.api;
import static dev.switchboard.http.TestResources.await;
import static dev.switchboard.http.TestResources.calls;
import static dev.switchboard.http.TestResources.html;
import static dev.switchboard.http.TestResources.json;
import static dev.switchboard.http.TestResources.map;
import static dev.switchboard.http.TestResources.problem;
import static dev.switchboard.http.TestResources.quick;
import static dev.switchboard.http.TestResources.records;
import static dev.switchboard.http.TestResources.taken;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.ApiProblem.Kind;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Page;
import dev.switchboard.model.ResourceDef;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever the network or the server does, the request ends in time with the right kind of problem and a
 * message naming the host; reads are retried when the server asked for it, writes never; nothing outlives
 * {@link HttpBackend#close()}.
 */
class FaultsTest {

  private static final Duration TIMEOUT = Duration.ofMillis(500);
  /** Twice the timeout (the call's own limit), and room for a busy build machine. */
  private static final long LATEST_MILLIS = 2 * TIMEOUT.toMillis() + 1_500;

  @StartStop
  final MockWebServer server = new MockWebServer();

  private final ResourceDef resource = calls().build();
  private HttpBackend backend;

  @AfterEach
  void close() {
    if (backend != null) {
      backend.close();
    }
  }

  private HttpBackend open(HttpSettings settings) {
    backend = TestResources.open(server, api(resource), settings);
    return backend;
  }

  private CompletableFuture<Page> list() {
    return backend.records().list(resource, ListQuery.firstPage(10));
  }

  private String host() {
    return server.getHostName() + ":" + server.getPort();
  }

  private static long millisSince(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }

  // ---- the connection ----

  @Test
  void aServerThatClosesMidBodyIsAConnectionLost() {
    open(quick());
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
        .body("[" + records(1, 500) + "]").onResponseBody(new SocketEffect.CloseSocket()).build());

    ApiProblem problem = problem(list());

    assertThat(problem.kind()).isEqualTo(Kind.CONNECTION_LOST);
    assertThat(problem.getMessage()).isEqualTo("The connection to " + host() + " dropped before the answer was"
        + " complete. Try again.");
  }

  @Test
  void aConnectionLostOnAWriteSaysTheChangeMayHaveBeenSaved() {
    open(quick());
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
        .body("{\"id\":1,\"notes\":\"" + "x".repeat(10_000) + "\"}").onResponseBody(new SocketEffect.CloseSocket())
        .build());

    ApiProblem problem = problem(backend.records().create(resource, map("notes", "x")));

    assertThat(problem.kind()).isEqualTo(Kind.CONNECTION_LOST);
    assertThat(problem.getMessage()).contains(host(), "may or may not have been saved");
  }

  @Test
  void aServerThatNeverAnswersTimesOutInTime() {
    open(quick().withTimeout(TIMEOUT));
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    long started = System.nanoTime();

    ApiProblem problem = problem(list());

    assertThat(millisSince(started)).isLessThan(LATEST_MILLIS);
    assertThat(problem.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(problem.getMessage()).isEqualTo("The server at " + host() + " did not answer within 1 second"
        + " while trying to load the Calls list. Try again; if it keeps happening, the server may be overloaded.");
  }

  @Test
  void aBodyThatTricklesPastTheCallsTimeIsATimeoutNotACancel() {
    open(quick().withTimeout(TIMEOUT));
    // A byte every 100 ms never trips the read timeout; the whole call's limit (twice the timeout) ends it.
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
        .body("[" + records(1, 5) + "]").throttleBody(1, 100, TimeUnit.MILLISECONDS).build());
    long started = System.nanoTime();

    ApiProblem problem = problem(list());

    assertThat(millisSince(started)).isLessThan(LATEST_MILLIS);
    assertThat(problem.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(problem.getMessage()).contains(host());
  }

  @Test
  void nothingListeningIsAConnectionRefusedNamingTheAddress() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    backend = HttpBackend.open(api(resource), "http://127.0.0.1:" + port + "/", quick().withTimeout(TIMEOUT));
    long started = System.nanoTime();

    ApiProblem problem = problem(list());

    assertThat(millisSince(started)).isLessThan(LATEST_MILLIS);
    assertThat(problem.kind()).isEqualTo(Kind.CONNECTION_REFUSED);
    assertThat(problem.getMessage()).isEqualTo("Could not connect to 127.0.0.1:" + port + ": nothing answers"
        + " there. Check the address and that the backend is running.");
  }

  @Test
  void anUnknownHostSaysSo() {
    backend = HttpBackend.open(api(resource), "http://switchboard-nowhere.invalid/", quick().withTimeout(TIMEOUT));

    ApiProblem problem = problem(list());

    assertThat(problem.kind()).isEqualTo(Kind.UNKNOWN_HOST);
    assertThat(problem.getMessage()).isEqualTo("The host 'switchboard-nowhere.invalid' is unknown. Check the"
        + " address for typos, and the network.");
  }

  // ---- server errors and retries ----

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {500, 502, 503})
  void anHtmlErrorPageIsAServerError(int status) {
    open(quick());
    server.enqueue(html(status, "<html><body><h1>Something broke</h1></body></html>"));

    ApiProblem problem = problem(list());

    assertThat(problem.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(problem.status()).hasValue(status);
    assertThat(problem.getMessage()).startsWith("The server at " + host() + " (or a proxy in front of it) failed"
        + " while trying to load the Calls list (" + status + " ");
  }

  @Test
  void aGetRefusedWith503IsRetriedUntilItSucceeds() {
    open(quick().withRetries(2, Duration.ofMillis(10)));
    server.enqueue(html(503, "<html>busy</html>"));
    server.enqueue(html(503, "<html>busy</html>"));
    server.enqueue(json("[" + records(1, 2) + "]"));

    Page page = await(list());

    assertThat(page.records()).hasSize(2);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aGetStillRefusedAfterTheRetriesIsAServerError() {
    open(quick().withRetries(2, Duration.ofMillis(10)));
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(503, "{\"detail\":\"Service Unavailable\"}"));
    }

    ApiProblem problem = problem(list());

    assertThat(problem.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aGetRefusedWith429IsRetriedAfterTheAskedWait() {
    open(quick().withTimeout(Duration.ofSeconds(3)).withRetries(1, Duration.ofMillis(10)));
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "1").build());
    server.enqueue(json("[]"));
    long started = System.nanoTime();

    await(list());

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(millisSince(started)).isGreaterThanOrEqualTo(1_000);
  }

  @Test
  void aPostRefusedWith429IsNotRetriedAndSaysHowLongToWait() {
    open(quick().withTimeout(Duration.ofSeconds(3)).withRetries(2, Duration.ofMillis(10)));
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "1").build());
    server.enqueue(json("{\"id\":1}"));

    ApiProblem problem = problem(backend.records().create(resource, map("notes", "x")));

    assertThat(problem.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(problem.getMessage()).isEqualTo("The server at " + host() + " is busy and asked to slow down."
        + " Try again in 1 second.");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aRetryAfterDateIsSaidAsAWait() {
    open(quick());
    String inTenMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)
        .plusMinutes(10));
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", inTenMinutes).build());

    ApiProblem problem = problem(backend.records().create(resource, map("notes", "x")));

    assertThat(problem.getMessage()).endsWith(" Try again in 10 minutes.");
  }

  @Test
  void aPostIsNeverRetriedOn503() {
    open(quick().withRetries(3, Duration.ofMillis(10)));
    server.enqueue(json(503, "{\"detail\":\"Service Unavailable\"}"));
    server.enqueue(json("{\"id\":1}"));

    ApiProblem problem = problem(backend.records().create(resource, map("notes", "x")));

    assertThat(problem.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  // ---- answers that cannot be read ----

  @Test
  void invalidJsonOnSuccessIsABadResponse() {
    open(quick());
    server.enqueue(json("[{\"id\":1},"));

    ApiProblem problem = problem(list());

    assertThat(problem.kind()).isEqualTo(Kind.BAD_RESPONSE);
    assertThat(problem.getMessage()).isEqualTo("The server at " + server.getHostName() + " answered something"
        + " that is not JSON when asked to load the Calls list. Check that the address points at the API itself,"
        + " not at a login page or a proxy.");
  }

  @Test
  void anHtmlPageOnSuccessIsABadResponseSayingItIsAWebPage() {
    open(quick());
    server.enqueue(html(200, "<!DOCTYPE html><html><body>Please sign in</body></html>"));

    ApiProblem problem = problem(list());

    assertThat(problem.kind()).isEqualTo(Kind.BAD_RESPONSE);
    assertThat(problem.getMessage()).contains(server.getHostName(), "a web page instead of data");
  }

  @Test
  void aBodyOverTheLimitIsTooLarge() {
    open(quick().withMaxBodyBytes(1L << 20));
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
        .body(new Buffer().write(new byte[2 << 20])).build());

    ApiProblem problem = problem(list());

    assertThat(problem.kind()).isEqualTo(Kind.TOO_LARGE);
    assertThat(problem.getMessage()).isEqualTo("The server at " + server.getHostName() + " sent more than 1 MB"
        + " for the Calls list; Switchboard stopped reading. Ask for fewer records per page.");
  }

  @Test
  void aFiftyMegabyteBodyIsTooLargeUnderTheDefaultLimit() {
    open(quick());
    byte[] chunk = new byte[1 << 20];
    Buffer fifty = new Buffer();
    for (int i = 0; i < 50; i++) {
      fifty.write(chunk);
    }
    server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json").body(fifty).build());

    ApiProblem problem = problem(list());

    assertThat(problem.kind()).isEqualTo(Kind.TOO_LARGE);
    assertThat(problem.getMessage()).contains("more than 32 MB");
  }

  @Test
  void aLimitUnderAMegabyteIsNamedInKilobytes() {
    open(quick().withMaxBodyBytes(64 * 1024));
    server.enqueue(json("[" + records(1, 5_000) + "]"));

    ApiProblem problem = problem(list());

    assertThat(problem.kind()).isEqualTo(Kind.TOO_LARGE);
    assertThat(problem.getMessage()).contains("sent more than 64 KB for the Calls list");
  }

  // ---- cancelling and closing ----

  @Test
  void cancellingTheFutureClosesTheConnection() throws Exception {
    // A bare server that sends headers and then nothing, and notices when the client hangs up.
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CountDownLatch requested = new CountDownLatch(1);
      CountDownLatch hungUp = new CountDownLatch(1);
      Thread silent = new Thread(() -> {
        try (Socket socket = listener.accept()) {
          socket.setSoTimeout(5_000);
          InputStream in = socket.getInputStream();
          readHead(in);
          socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
              + "Content-Length: 1000\r\n\r\n[").getBytes(StandardCharsets.US_ASCII));
          socket.getOutputStream().flush();
          requested.countDown();
          while (in.read() != -1) {
            // nothing more comes from the client until it closes
          }
          hungUp.countDown();
        } catch (SocketTimeoutException stillOpen) {
          // the client kept the connection: the latch stays up
        } catch (IOException reset) {
          hungUp.countDown();
        }
      }, "silent-server");
      silent.setDaemon(true);
      silent.start();
      backend = HttpBackend.open(api(resource), "http://127.0.0.1:" + listener.getLocalPort() + "/", quick());
      CompletableFuture<Page> request = list();
      assertThat(requested.await(5, TimeUnit.SECONDS)).as("the request arrived").isTrue();

      assertThat(request).as("still downloading").isNotDone();
      request.cancel(true);

      assertThat(hungUp.await(3, TimeUnit.SECONDS)).as("the server saw the connection close").isTrue();
      assertThat(request).isCancelled();
    }
  }

  /** Reads an HTTP request's head, up to the empty line. */
  private static void readHead(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    for (int b = in.read(); b != -1; b = in.read()) {
      matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
      if (matched == end.length) {
        return;
      }
    }
  }

  @Test
  void closingTheBackendCancelsWhatIsInFlightAndLeavesNoOkHttpThreads() throws Exception {
    Set<Thread> before = okHttpThreads();
    open(quick());
    server.enqueue(json("[" + records(1, 3) + "]"));
    await(list());
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    CompletableFuture<Page> stalled = list();
    taken(server);
    taken(server);

    backend.close();

    assertThat(problem(stalled).kind()).isEqualTo(Kind.CANCELLED);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
    Set<String> left;
    do {
      Set<Thread> now = okHttpThreads();
      now.removeAll(before);
      left = now.stream().map(Thread::getName).collect(Collectors.toSet());
      if (left.isEmpty()) {
        break;
      }
      Thread.sleep(50);
    } while (System.nanoTime() < deadline);
    assertThat(left).as("OkHttp threads started by this backend and still alive").isEmpty();
  }

  /**
   * The OkHttp threads a backend owns: its dispatcher's call threads. OkHttp's TaskRunner threads are left out:
   * they are its JVM-wide runners for housekeeping, shared by every client (of every test in this JVM) and
   * ending themselves after a minute idle, so they outlive any one backend by design and are not a leak. While
   * one runs a task it carries the task's name ("OkHttp ConnectionPool connection closer"), so they are told
   * by what they run, not by name.
   */
  private static Set<Thread> okHttpThreads() {
    return Thread.getAllStackTraces().entrySet().stream()
        .filter(e -> e.getKey().isAlive() && e.getKey().getName().startsWith("OkHttp")
            && !e.getKey().getName().equals("OkHttp TaskRunner") && !runsTasks(e.getValue()))
        .map(java.util.Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  private static boolean runsTasks(StackTraceElement[] stack) {
    return java.util.Arrays.stream(stack)
        .anyMatch(frame -> frame.getClassName().startsWith("okhttp3.internal.concurrent.TaskRunner"));
  }
}
