package dev.switchboard.openapi;

import dev.switchboard.model.AdminApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the OpenAPI document behind what a person types: a document URL, a file, or just the backend's address.
 * For an address it tries, in order, the URL itself, {@code <url>/openapi.json}, {@code <url>/api/v1/openapi.json},
 * the same two under the origin, and the {@code /docs} pages (FastAPI's Swagger UI names its document in its
 * {@code SwaggerUIBundle({url: '...'})} call, ReDoc in its {@code spec-url}). An HTML page at the URL itself is
 * read the same way, so {@code http://host/docs} works too.
 *
 * <p>The answer is the document together with the URL it came from, so the model's {@code baseUrl} and a relative
 * {@code tokenUrl} resolve against the right place. When nothing works, the {@link DocumentException} lists every
 * URL tried and what each answered ({@code http://x/openapi.json: 404}). A refused connection or an unknown host
 * ends the search at once: every other candidate is on the same server.
 */
public final class DocumentDiscovery {

  /** A document found, and the URL (or file) it was read from. */
  public record Found(URI location, OpenApiDocument document) {}

  private static final List<String> DOCUMENT_PATHS = List.of("/openapi.json", "/api/v1/openapi.json");
  private static final List<String> DOCS_PATHS = List.of("/docs");
  /** Swagger UI: {@code url: '/openapi.json'} or {@code "url": "/openapi.json"} in the SwaggerUIBundle call. */
  private static final Pattern SWAGGER_URL = Pattern.compile("[\"']?\\burl[\"']?\\s*:\\s*[\"']([^\"'\\s]+)[\"']");
  /** ReDoc: {@code <redoc spec-url="/openapi.json">}. */
  private static final Pattern REDOC_URL = Pattern.compile("spec-url\\s*=\\s*[\"']([^\"'\\s]+)[\"']");
  /** An HTML page is read this far for its document link. */
  private static final int MAX_PAGE_BYTES = 1 << 20;

  /**
   * How discovery GETs a URL: the status and up to {@code maxBytes + 1} bytes of the body (none needed for a
   * status other than 2xx). Failing to connect throws {@link ConnectException}, an unknown host {@link
   * UnknownHostException}, no answer in time an {@link InterruptedIOException} or {@link HttpTimeoutException}.
   * The command line passes one over its own HTTP client, so a run starts one HTTP stack, not two.
   */
  @FunctionalInterface
  public interface Fetcher {
    Fetched get(URI url, Map<String, String> headers, long maxBytes) throws IOException, InterruptedException;
  }

  /** What a GET answered. */
  public record Fetched(int status, byte[] body) {}

  private final DocumentLoader loader;
  private final Fetcher fetcher;
  private final Duration timeout;
  private final long maxBytes;

  public DocumentDiscovery(DocumentLoader loader, Fetcher fetcher, Duration timeout) {
    this.loader = loader;
    this.fetcher = fetcher;
    this.timeout = timeout;
    this.maxBytes = DocumentLoader.DEFAULT_MAX_BYTES;
  }

  /** Discovery with a 30 s timeout per request. */
  public static DocumentDiscovery withDefaults() {
    return withTimeout(Duration.ofSeconds(30));
  }

  /** Discovery over the JDK's HTTP client, built on the first request. */
  public static DocumentDiscovery withTimeout(Duration timeout) {
    Duration connect = timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10);
    return new DocumentDiscovery(new DocumentLoader(() -> DocumentLoader.httpClient(connect),
        DocumentLoader.DEFAULT_MAX_BYTES, timeout), jdkFetcher(() -> DocumentLoader.httpClient(connect), timeout),
        timeout);
  }

  /** A fetcher over a JDK client, made on its first use. */
  public static Fetcher jdkFetcher(Supplier<HttpClient> client, Duration timeout) {
    HttpClient[] built = new HttpClient[1];
    return (url, headers, maxBytes) -> {
      HttpClient http;
      synchronized (built) {
        if (built[0] == null) {
          built[0] = client.get();
        }
        http = built[0];
      }
      HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout).GET()
          .header("Accept", "application/json, application/yaml;q=0.9, text/html;q=0.8, */*;q=0.5");
      headers.forEach(request::header);
      HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        if (response.statusCode() / 100 != 2) {
          return new Fetched(response.statusCode(), new byte[0]);
        }
        return new Fetched(response.statusCode(), in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1)));
      }
    };
  }

  /** Reads the document behind {@code typed} and infers its model. */
  public AdminApi read(String typed, Map<String, String> headers) throws DocumentException {
    return new OpenApiReader().infer(discover(typed, headers).document());
  }

  /** Finds the document behind a URL or a file path, as a person types it. */
  public Found discover(String typed, Map<String, String> headers) throws DocumentException {
    DocumentSource typedSource;
    try {
      typedSource = DocumentSource.of(typed.strip(), headers);
    } catch (IllegalArgumentException e) {
      throw new DocumentException("'" + typed + "' is neither a valid URL nor a file path (" + e.getMessage() + ").",
          e);
    }
    if (!isHttp(typedSource.location())) {
      // A file (or a scheme the loader refuses in its own words): no guessing.
      return new Found(typedSource.location(), loader.load(typedSource));
    }
    URI start = typedSource.location();
    if (start.getHost() == null) {
      throw new DocumentException("'" + typed + "' is not a URL Switchboard can read: it names no host.");
    }
    Set<URI> candidates = candidates(start);
    Set<URI> tried = new LinkedHashSet<>();
    List<String> answers = new ArrayList<>();
    List<URI> queue = new ArrayList<>(candidates);
    for (int i = 0; i < queue.size(); i++) {
      URI candidate = queue.get(i);
      if (!tried.add(candidate)) {
        continue;
      }
      Attempt attempt = fetch(candidate, headers);
      if (attempt.unreachable()) {
        // Refused, unknown host, no answer in time: the other candidates are on the same server.
        answers.add(candidate + ": " + attempt.answer());
        throw new DocumentException(attempt.sentence());
      }
      if (attempt.status() / 100 != 2) {
        answers.add(candidate + ": " + attempt.status());
        continue;
      }
      byte[] body = attempt.body();
      if (isHtml(body)) {
        Optional<URI> linked = documentLink(body, candidate);
        if (linked.isPresent() && !tried.contains(linked.get())) {
          answers.add(candidate + ": an HTML page naming " + linked.get());
          // Try the page's own document next, before the remaining guesses.
          queue.add(i + 1, linked.get());
        } else {
          answers.add(candidate + ": an HTML page without a document link");
        }
        continue;
      }
      DocumentSource source = new DocumentSource(candidate, headers);
      try {
        return new Found(candidate, loader.parse(body, source));
      } catch (DocumentException e) {
        if (definitive(e)) {
          // A Swagger 2.0 or OpenAPI 4 document is the answer, just not one Switchboard reads: say so.
          throw e;
        }
        answers.add(candidate + ": " + attempt.status() + ", not an OpenAPI document");
      }
    }
    throw new DocumentException("No OpenAPI document found at " + start + ". Tried " + String.join("; ", answers)
        + ". Give the document's URL (FastAPI serves it at /openapi.json, or under its prefix).");
  }

  private static boolean definitive(DocumentException e) {
    String message = e.getMessage();
    return message.contains(" Swagger ") || message.contains(" declares OpenAPI ");
  }

  private static boolean isHttp(URI location) {
    String scheme = location.getScheme() == null ? "" : location.getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https");
  }

  /** The typed URL, then the usual document paths under it and under its origin, then the docs pages. */
  static Set<URI> candidates(URI start) {
    Set<URI> out = new LinkedHashSet<>();
    out.add(start);
    String path = start.getRawPath() == null ? "" : start.getRawPath();
    String under = stripSlashes(withoutQuery(start).toString());
    String origin = stripSlashes(start.getScheme() + "://" + start.getRawAuthority());
    boolean looksLikeDocument = path.toLowerCase(Locale.ROOT).matches(".*\\.(json|ya?ml)$");
    if (!looksLikeDocument) {
      DOCUMENT_PATHS.forEach(p -> out.add(URI.create(under + p)));
    }
    DOCUMENT_PATHS.forEach(p -> out.add(URI.create(origin + p)));
    if (!looksLikeDocument) {
      DOCS_PATHS.forEach(p -> out.add(URI.create(under + p)));
    }
    DOCS_PATHS.forEach(p -> out.add(URI.create(origin + p)));
    return out;
  }

  private static URI withoutQuery(URI uri) {
    return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath()));
  }

  private static String stripSlashes(String url) {
    String out = url;
    while (out.endsWith("/")) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }

  private static boolean isHtml(byte[] body) {
    for (byte b : body) {
      if (!Character.isWhitespace(b) && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB && (b & 0xFF) != 0xBF) {
        return b == '<';
      }
    }
    return false;
  }

  /** The document a Swagger UI or ReDoc page loads, resolved against the page's URL. */
  static Optional<URI> documentLink(byte[] page, URI pageUrl) {
    String html = new String(page, 0, Math.min(page.length, MAX_PAGE_BYTES), StandardCharsets.UTF_8);
    for (Pattern pattern : List.of(REDOC_URL, SWAGGER_URL)) {
      Matcher m = pattern.matcher(html);
      while (m.find()) {
        String link = m.group(1);
        try {
          URI resolved = pageUrl.resolve(link);
          if (isHttp(resolved)) {
            return Optional.of(resolved);
          }
        } catch (IllegalArgumentException e) {
          // not a URL: look further
        }
      }
    }
    return Optional.empty();
  }

  /** What one GET answered: a status and body, or why there was no answer. */
  private record Attempt(int status, byte[] body, String answer, String sentence) {
    boolean unreachable() {
      return status < 0;
    }
  }

  private Attempt fetch(URI location, Map<String, String> headers) throws DocumentException {
    try {
      Fetched fetched = fetcher.get(location, headers, maxBytes);
      if (fetched.status() / 100 == 2 && fetched.body().length > maxBytes) {
        throw new DocumentException(location + " is more than the " + DocumentLoader.size(maxBytes)
            + " Switchboard reads. Is it really an OpenAPI document?");
      }
      return new Attempt(fetched.status(), fetched.body(), "", "");
    } catch (IllegalArgumentException e) {
      // A header the HTTP client refuses (a space in its name, a line break in its value).
      throw new DocumentException(location + ": a header cannot be sent (" + e.getMessage()
          + "). Check the header names and values.", e);
    } catch (HttpTimeoutException | InterruptedIOException e) {
      return unreachable("no answer within " + timeout.toSeconds() + " s", location + " did not answer within "
          + timeout.toSeconds() + " s. Check that the server is running and reachable.");
    } catch (ConnectException e) {
      return unreachable("connection refused", location + ": the connection was refused. Check that the server"
          + " is running and the port is right.");
    } catch (IOException e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      if (root instanceof UnknownHostException) {
        return unreachable("unknown host", location + ": the host name is unknown. Check the URL for typos.");
      }
      if (root instanceof ConnectException) {
        return unreachable("connection refused", location + ": the connection was refused. Check that the"
            + " server is running and the port is right.");
      }
      return unreachable("failed (" + e.getMessage() + ")", location + " could not be downloaded ("
          + e.getMessage() + ").");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DocumentException(location + ": loading was cancelled.", e);
    }
  }

  private static Attempt unreachable(String answer, String sentence) {
    return new Attempt(-1, new byte[0], answer, sentence);
  }
}
