package dev.switchboard.demo;

import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request pipeline, in one place: size limit, route, authentication, parameters and body (converted and
 * validated against the document), handler, and the answer written as FastAPI would write it. A handler sees
 * only requests that passed every step before it.
 *
 * <p>Each documented route takes its scopes, parameters and body schema from the document's operation of the
 * same method and path; {@link #checkCoverage()} fails when the routes and the document disagree.
 */
final class Dispatcher implements HttpHandler {

  /** Bodies above this are refused with 413. */
  static final int MAX_BODY_BYTES = 1024 * 1024;

  /**
   * How much of a request body is read and thrown away after answering without it (413, 401, 404...). Closing a
   * socket with unread bytes in its receive buffer makes the kernel send a reset, and a client still writing the
   * body (the JDK's HttpClient) then loses the answer ("fixed content-length: 35, bytes received: 0"). So the
   * rest is read first and the connection stays usable; only a body beyond this cap gets {@code Connection:
   * close} without being read (on loopback 16 MB take a few tens of milliseconds).
   */
  static final long MAX_DISCARDED_BYTES = 16L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

  private final ApiDocument document;
  private final Authenticator authenticator;
  private final RequestReader reader;
  private final Router router = new Router();

  Dispatcher(ApiDocument document, Authenticator authenticator, RequestReader reader) {
    this.document = document;
    this.authenticator = authenticator;
    this.reader = reader;
  }

  /** Adds the route of a documented operation; the document must have one for this method and path. */
  void add(String method, String path, Handler handler) {
    Operation operation = document.operation(method, path).orElseThrow(() -> new IllegalStateException(
        "The demo's openapi.json has no operation " + method + " " + path + " for this route."));
    router.add(new Router.Route(method, PathTemplate.parse(path), handler, Optional.of(operation)));
  }

  /** Adds a route the document does not describe (the document itself), with no security and no validation. */
  void addUndocumented(String method, String path, Handler handler) {
    router.add(new Router.Route(method, PathTemplate.parse(path), handler, Optional.empty()));
  }

  /** Fails unless every operation of the document has a route. */
  void checkCoverage() {
    Set<String> routed = new HashSet<>();
    router.routes().forEach(r -> r.operation().ifPresent(o -> routed.add(o.method() + " " + o.path())));
    String missing = document.operations().stream().map(o -> o.method() + " " + o.path())
        .filter(key -> !routed.contains(key)).collect(Collectors.joining(", "));
    if (!missing.isEmpty()) {
      throw new IllegalStateException("The demo's openapi.json has operations without a route: " + missing);
    }
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    Response response;
    try {
      response = dispatch(exchange);
    } catch (ApiException e) {
      response = Response.error(e.status(), e.detail(), e.headers());
    } catch (Exception e) {
      LOG.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
      response = Response.error(500, "Internal Server Error");
    }
    try {
      if (!discardRest(exchange)) {
        exchange.getResponseHeaders().set("Connection", "close");
      }
      write(exchange, response);
    } finally {
      exchange.close();
    }
  }

  private Response dispatch(HttpExchange exchange) throws Exception {
    Headers headers = exchange.getRequestHeaders();
    if (declaredLength(headers) > MAX_BODY_BYTES) {
      throw tooLarge(); // not read into memory; handle() discards it
    }
    String rawPath = exchange.getRequestURI().getRawPath();
    Router.Match match = router.match(exchange.getRequestMethod(), rawPath);
    if (match instanceof Router.NotFound) {
      throw ApiException.of(404, "Not Found");
    }
    if (match instanceof Router.WrongMethod wrong) {
      throw new ApiException(405, Json.NODES.textNode("Method Not Allowed"),
          Map.of("Allow", String.join(", ", wrong.allowed())));
    }
    if (match instanceof Router.Redirect redirect) {
      String query = exchange.getRequestURI().getRawQuery();
      String location = redirect.path() + (query == null ? "" : "?" + query);
      return new Response(307, Optional.empty(), Map.of("Location", location));
    }
    Router.Found found = (Router.Found) match;
    Optional<Operation> operation = found.route().operation();
    if (operation.isEmpty()) {
      return found.route().handler().handle(new Request(Optional.empty(), Json.object(), Json.object(),
          MissingNode.getInstance()));
    }
    Optional<Caller> caller = Optional.empty();
    if (operation.get().scopes().isPresent()) {
      caller = Optional.of(authenticator.authenticate(headers.getFirst("Authorization"),
          operation.get().scopes().get()));
    }
    byte[] body = operation.get().body().isPresent() ? readBody(exchange.getRequestBody()) : new byte[0];
    RequestReader.Parsed parsed = reader.read(operation.get(), found.pathParams(),
        RequestReader.decodePairs(exchange.getRequestURI().getRawQuery()), body, headers.getFirst("Content-Type"));
    return found.route().handler().handle(new Request(caller, parsed.path(), parsed.query(), parsed.body()));
  }

  private static long declaredLength(Headers headers) {
    String length = headers.getFirst("Content-Length");
    if (length == null) {
      return -1;
    }
    try {
      return Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * Reads the rest of the request body, counting and discarding it, up to {@link #MAX_DISCARDED_BYTES}. True when
   * the body was read to its end (with a Content-Length or chunked), false when it goes on beyond the cap or
   * the client stopped sending; then the connection must close.
   */
  private static boolean discardRest(HttpExchange exchange) {
    long declared = declaredLength(exchange.getRequestHeaders());
    if (declared > MAX_DISCARDED_BYTES) {
      return false;
    }
    try {
      InputStream in = exchange.getRequestBody();
      if (in.read() < 0) {
        return true; // the usual case: no body, or all of it read
      }
      byte[] buffer = new byte[64 * 1024];
      long discarded = 1;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        discarded += n;
        if (discarded > MAX_DISCARDED_BYTES) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Reads at most one byte past the limit: a huge chunked body is refused without being held in memory. */
  private static byte[] readBody(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    if (bytes.length > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    return bytes;
  }

  /** 413; {@link #handle} reads and discards the rest of the body before answering. */
  private static ApiException tooLarge() {
    return new ApiException(413, Json.NODES.textNode("Request body too large"), Map.of());
  }

  private static void write(HttpExchange exchange, Response response) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    response.headers().forEach(headers::set);
    if (response.body().isEmpty()) {
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    byte[] bytes = Json.bytes(response.body().get());
    headers.set("Content-Type", "application/json");
    exchange.sendResponseHeaders(response.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
