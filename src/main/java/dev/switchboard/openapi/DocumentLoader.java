package dev.switchboard.openapi;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new YAMLMapper();

  private final HttpClient http;
  private final long maxBytes;
  private final Duration timeout;

  public DocumentLoader(HttpClient http, long maxBytes, Duration timeout) {
    this.http = http;
    this.maxBytes = maxBytes;
    this.timeout = timeout;
  }

  /** A loader with a 32 MB limit and a 30 s timeout, following redirects. */
  public static DocumentLoader withDefaults() {
    return new DocumentLoader(httpClient(Duration.ofSeconds(10)), DEFAULT_MAX_BYTES, Duration.ofSeconds(30));
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
    return new OpenApiDocument(root, source, new RefResolver(root, source.location(), this::loadReferenced));
  }

  private JsonNode loadReferenced(URI location) throws DocumentException {
    DocumentSource referenced = new DocumentSource(location, Map.of());
    return parseTree(fetch(location, referenced), referenced.displayName());
  }

  byte[] fetch(URI location, DocumentSource source) throws DocumentException {
    String name = source.displayName();
    if ("file".equalsIgnoreCase(location.getScheme())) {
      return readFile(Path.of(location), name);
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
    source.headers().forEach(request::header);
    try {
      HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() / 100 != 2) {
          throw new DocumentException(name + " answered HTTP " + response.statusCode() + hintFor(response.statusCode()));
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        checkSize(bytes.length, name);
        return bytes;
      }
    } catch (HttpTimeoutException e) {
      throw new DocumentException(name + " did not answer within " + timeout.toSeconds()
          + " s. Check that the server is running and reachable.", e);
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
      throw new DocumentException(String.format(Locale.ROOT,
          "%s is %.1f MB, more than the %d MB Switchboard reads. Is it really an OpenAPI document?",
          name, size / (1024.0 * 1024.0), maxBytes / (1024 * 1024)));
    }
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
      return (json ? JSON : YAML).readTree(bytes);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new DocumentException(name + " is not valid " + (json ? "JSON" : "YAML") + where + ": "
          + e.getOriginalMessage().lines().findFirst().orElse("") + ".", e);
    } catch (IOException e) {
      throw new DocumentException(name + " could not be parsed (" + e.getMessage() + ").", e);
    }
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
