package dev.switchboard.openapi;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The document loader turns a {@link DocumentSource} into a parsed {@link OpenApiDocument}: it reads the
 * bytes (file or HTTP), tells JSON from YAML by their first character, parses them to a Jackson tree, and
 * refuses, with one clear sentence, anything that is not an OpenAPI 3.0 or 3.1 document.
 *
 * <p>Swagger 2.0 is refused rather than converted: a conversion would guess at bodies, envelopes and
 * security, and a wrong admin is worse than a clear "convert it first".
 */
public final class DocumentLoader {

  /** Documents above this size are refused: the largest real-world documents seen are under 10 MB. */
  public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

  // TreeNodeFactory: object nodes whose properties the engine can read without copying them. The tree is read
  // without an ObjectMapper (JsonTreeReader); text after the document's closing brace is a broken file (two
  // documents pasted together, a proxy's appended error page), not something to ignore. Media types' examples
  // are left out of the tree: the engine never reads them.
  private static final JsonTreeReader JSON = JsonTreeReader.withoutMediaTypeExamples(TreeNodeFactory.INSTANCE);

  private final Supplier<HttpClient> http;
  private final long maxBytes;
  private final Duration timeout;

  public DocumentLoader(HttpClient http, long maxBytes, Duration timeout) {
    this(() -> http, maxBytes, timeout);
  }

  /**
   * A loader that builds its HTTP client on the first download: building one costs a quarter of a second,
   * which a file never needs.
   */
  public DocumentLoader(Supplier<HttpClient> http, long maxBytes, Duration timeout) {
    this.http = memoised(http);
    this.maxBytes = maxBytes;
    this.timeout = timeout;
  }

  private static Supplier<HttpClient> memoised(Supplier<HttpClient> supplier) {
    return new Supplier<>() {
      private HttpClient client;

      @Override
      public synchronized HttpClient get() {
        if (client == null) {
          client = supplier.get();
        }
        return client;
      }
    };
  }

  /**
   * The YAML mapper, made on the first YAML document: most documents are JSON, and loading Jackson's YAML
   * module and SnakeYAML would cost every JSON read (a command line's start) for nothing. Its making lives
   * here too, so that checking the loader's own code does not load the YAML classes either.
   */
  private static final class Yaml {
    static final ObjectMapper MAPPER = mapper();

    /**
     * SnakeYAML refuses documents over 3 MB of code points and with more than 50 aliases by default; real
     * OpenAPI documents pass both, so the limits follow the loader's own size limit instead.
     */
    private static ObjectMapper mapper() {
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, DEFAULT_MAX_BYTES));
      options.setMaxAliasesForCollections(1_000);
      YAMLMapper mapper = new YAMLMapper(YAMLFactory.builder().loaderOptions(options)
          .enable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.EMPTY_STRING_AS_NULL).build());
      mapper.setNodeFactory(TreeNodeFactory.INSTANCE);
      return mapper;
    }
  }

  /** A loader with a 32 MB limit and a 30 s timeout, following redirects. */
  public static DocumentLoader withDefaults() {
    return new DocumentLoader(() -> httpClient(Duration.ofSeconds(10)), DEFAULT_MAX_BYTES, Duration.ofSeconds(30));
  }

  /**
   * An HTTP client for fetching documents. It speaks HTTP/1.1 only: the JDK client's default h2c upgrade
   * request is answered with 400 by uvicorn 0.17 (Debian's), which serves many FastAPI apps.
   */
  public static HttpClient httpClient(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(connectTimeout)
        .build();
  }

  public OpenApiDocument load(DocumentSource source) throws DocumentException {
    byte[] bytes = fetch(source.location(), source);
    return parse(bytes, source);
  }

  /** Parses bytes already in hand; {@code source} names them in messages and resolves relative refs. */
  public OpenApiDocument parse(byte[] bytes, DocumentSource source) throws DocumentException {
    JsonNode root = parseTree(bytes, source.displayName());
    checkIsOpenApi3(root, source.displayName());
    return new OpenApiDocument(root, source,
        new RefResolver(root, source.location(), location -> loadReferenced(location, source)));
  }

  private JsonNode loadReferenced(URI location, DocumentSource from) throws DocumentException {
    if (!from.isFile() && "file".equalsIgnoreCase(location.getScheme())) {
      // A document from a server must not make the client read local files.
      throw new DocumentException(location + " is a local file, which a document loaded from a URL may not refer to.");
    }
    // The headers (an API key, say) go back to the server that asked for them, never to another one.
    Map<String, String> headers = sameOrigin(location, from.location()) ? from.headers() : Map.of();
    DocumentSource referenced = new DocumentSource(location, headers);
    return parseTree(fetch(location, referenced), referenced.displayName());
  }

  private static boolean sameOrigin(URI a, URI b) {
    return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
        && port(a) == port(b);
  }

  private static int port(URI uri) {
    return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  byte[] fetch(URI location, DocumentSource source) throws DocumentException {
    String name = source.displayName();
    if ("file".equalsIgnoreCase(location.getScheme())) {
      Path path;
      try {
        path = Path.of(location);
      } catch (IllegalArgumentException e) {
        throw new DocumentException(name + " is not a file URL Switchboard can read (" + e.getMessage()
            + "). Give the path itself, or a URL such as file:///home/me/openapi.json.", e);
      }
      return readFile(path, name);
    }
    String scheme = location.getScheme() == null ? "" : location.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new DocumentException(name + ": only http, https and file locations can be read.");
    }
    return download(location, source, name);
  }

  private byte[] readFile(Path path, String name) throws DocumentException {
    try {
      long size = Files.size(path);
      checkSize(size, name);
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new DocumentException(name + ": no such file. Check the path, or give a URL.", e);
    } catch (IOException e) {
      throw new DocumentException(name + ": could not be read (" + e.getMessage() + ").", e);
    }
  }

  private byte[] download(URI location, DocumentSource source, String name) throws DocumentException {
    HttpRequest.Builder request = HttpRequest.newBuilder(location).timeout(timeout).GET()
        .header("Accept", "application/json, application/yaml;q=0.9, */*;q=0.5");
    for (Map.Entry<String, String> header : source.headers().entrySet()) {
      try {
        request.header(header.getKey(), header.getValue());
      } catch (IllegalArgumentException e) {
        throw new DocumentException(name + ": the header '" + header.getKey() + "' cannot be sent (" + e.getMessage()
            + "). Check its name and value.", e);
      }
    }
    try {
      HttpResponse<InputStream> response = http.get().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() / 100 != 2) {
          throw new DocumentException(name + " answered HTTP " + response.statusCode() + hintFor(response.statusCode()));
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
          // The rest is not read, so its size is unknown.
          throw new DocumentException(name + " is more than the " + size(maxBytes) + " Switchboard reads."
              + " Is it really an OpenAPI document?");
        }
        return bytes;
      }
    } catch (HttpTimeoutException e) {
      throw new DocumentException(name + " did not answer within " + duration(timeout)
          + ". Check that the server is running and reachable.", e);
    } catch (ConnectException e) {
      throw new DocumentException(name + ": the connection was refused. Check that the server is running"
          + " and the port is right.", e);
    } catch (IOException e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      if (root instanceof UnknownHostException) {
        throw new DocumentException(name + ": the host name is unknown. Check the URL for typos.", e);
      }
      throw new DocumentException(name + " could not be downloaded (" + e.getMessage() + ").", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DocumentException(name + ": loading was cancelled.", e);
    }
  }

  private static String hintFor(int status) {
    return switch (status) {
      case 401, 403 -> ": the server wants credentials to show its document. Pass them as a header"
          + " (for example --header 'X-API-KEY: ...').";
      case 404 -> ": there is no document at this address. FastAPI serves it at /openapi.json"
          + " (or under its prefix, such as /api/v1/openapi.json).";
      default -> status >= 500 ? ": the server failed. Try again, or check its logs." : ".";
    };
  }

  private void checkSize(long size, String name) throws DocumentException {
    if (size > maxBytes) {
      throw new DocumentException(name + " is " + size(size) + ", more than the " + size(maxBytes)
          + " Switchboard reads. Is it really an OpenAPI document?");
    }
  }

  /** A size as a person reads it: {@code 32 MB}, {@code 50.3 MB}, {@code 4.9 KB}, {@code 300 bytes}. */
  static String size(long bytes) {
    if (bytes >= 1024 * 1024) {
      return inUnits(bytes, 1024 * 1024) + " MB";
    }
    return bytes >= 1024 ? inUnits(bytes, 1024) + " KB" : bytes + " bytes";
  }

  private static String inUnits(long bytes, long unit) {
    return bytes % unit == 0 ? Long.toString(bytes / unit) : String.format(Locale.ROOT, "%.1f", bytes / (double) unit);
  }

  /** A timeout as a person reads it: {@code 30 s}, {@code 500 ms}. */
  private static String duration(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
  }

  private static JsonNode parseTree(byte[] bytes, String name) throws DocumentException {
    int first = firstNonBlank(bytes);
    if (first < 0) {
      throw new DocumentException(name + " is empty: expected an OpenAPI document in JSON or YAML.");
    }
    char c = (char) bytes[first];
    if (c == '<') {
      throw new DocumentException(name + " is an HTML or XML page, not an OpenAPI document. If it is a"
          + " Swagger UI page (/docs), use the document it loads, usually /openapi.json.");
    }
    boolean json = c == '{' || c == '[';
    try {
      JsonNode root = json ? JSON.read(bytes) : Yaml.MAPPER.readTree(bytes);
      if (root == null || root.isMissingNode() || root.isNull()) {
        // A YAML file of comments, or a bare '---', holds no document.
        throw new DocumentException(name + " is empty: expected an OpenAPI document in JSON or YAML.");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new DocumentException(name + " is not valid " + (json ? "JSON" : "YAML") + problem(e) + ".", e);
    } catch (IOException e) {
      throw new DocumentException(name + " could not be parsed (" + e.getMessage() + ").", e);
    }
  }

  /** Where and what: SnakeYAML's own mark and problem, which Jackson's location and first line miss. */
  @SuppressWarnings("deprecation")
  private static String problem(JsonProcessingException e) {
    if (e instanceof com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException yaml
        && yaml.getProblemMark() != null && yaml.getProblem() != null) {
      return " at line " + (yaml.getProblemMark().getLine() + 1) + ", column " + (yaml.getProblemMark().getColumn() + 1)
          + ": " + yaml.getProblem().strip().replaceAll("\\s*\n\\s*", " ").replaceFirst("\\.$", "");
    }
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return where + ": " + e.getOriginalMessage().lines().findFirst().orElse("");
  }

  private static int firstNonBlank(byte[] bytes) {
    int i = 0;
    // A UTF-8 byte order mark is not content.
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    for (; i < bytes.length; i++) {
      if (!Character.isWhitespace(bytes[i])) {
        return i;
      }
    }
    return -1;
  }

  private static void checkIsOpenApi3(JsonNode root, String name) throws DocumentException {
    if (root == null || !root.isObject()) {
      throw new DocumentException(name + " is not an OpenAPI document: expected an object at the top,"
          + " found " + (root == null ? "nothing" : root.getNodeType().toString().toLowerCase(Locale.ROOT)) + ".");
    }
    if (root.has("swagger")) {
      throw new DocumentException(name + " is a Swagger " + root.path("swagger").asText() + " document;"
          + " Switchboard reads OpenAPI 3.0 and 3.1. Convert it first, for example with swagger2openapi or"
          + " editor.swagger.io (Edit > Convert to OpenAPI 3).");
    }
    JsonNode version = root.get("openapi");
    if (version == null) {
      throw new DocumentException(name + " is not an OpenAPI document: it has no 'openapi' field."
          + " FastAPI serves its document at /openapi.json.");
    }
    String v = version.asText();
    if (!v.startsWith("3.0") && !v.startsWith("3.1")) {
      throw new DocumentException(name + " declares OpenAPI " + v + "; Switchboard reads 3.0.x and 3.1.x.");
    }
  }
}
