package dev.switchboard.openapi;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A document source is where an OpenAPI document comes from: a file, or an HTTP(S) URL with the extra
 * headers (an API key, say) the server wants before it shows its document.
 */
public record DocumentSource(URI location, Map<String, String> headers) {

  private static final Pattern URL_SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]+://");

  public DocumentSource {
    headers = Map.copyOf(headers);
  }

  /** A URL ({@code http://}, {@code https://}, {@code file:}) or a file path, as a person would type it. */
  public static DocumentSource of(String urlOrFile) {
    return of(urlOrFile, Map.of());
  }

  public static DocumentSource of(String urlOrFile, Map<String, String> headers) {
    String lower = urlOrFile.toLowerCase(Locale.ROOT);
    // Any 'scheme://' is a URL (the loader says which it reads); a Windows drive such as 'C:/x' stays a path.
    if (lower.startsWith("file:") || URL_SCHEME.matcher(urlOrFile).lookingAt()) {
      return new DocumentSource(URI.create(urlOrFile), headers);
    }
    return new DocumentSource(Path.of(urlOrFile).toAbsolutePath().normalize().toUri(), headers);
  }

  public boolean isFile() {
    return "file".equalsIgnoreCase(location.getScheme());
  }

  /** How the source is shown in messages: a file path for files, the URL otherwise. */
  public String displayName() {
    if (isFile()) {
      try {
        return Path.of(location).toString();
      } catch (IllegalArgumentException e) {
        // 'file:openapi.json' or 'file://host/x' has no local path; the loader says so.
        return location.toString();
      }
    }
    return location.toString();
  }
}
