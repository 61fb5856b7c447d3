package dev.switchboard.openapi;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * A document source is where an OpenAPI document comes from: a file, or an HTTP(S) URL with the extra
 * headers (an API key, say) the server wants before it shows its document.
 */
public record DocumentSource(URI location, Map<String, String> headers) {

  public DocumentSource {
    headers = Map.copyOf(headers);
  }

  /** A URL ({@code http://}, {@code https://}, {@code file:}) or a file path, as a person would type it. */
  public static DocumentSource of(String urlOrFile) {
    return of(urlOrFile, Map.of());
  }

  public static DocumentSource of(String urlOrFile, Map<String, String> headers) {
    String lower = urlOrFile.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("file:")) {
      return new DocumentSource(URI.create(urlOrFile), headers);
    }
    return new DocumentSource(Path.of(urlOrFile).toAbsolutePath().normalize().toUri(), headers);
  }

  public boolean isFile() {
    return "file".equalsIgnoreCase(location.getScheme());
  }

  /** How the source is shown in messages: a file path for files, the URL otherwise. */
  public String displayName() {
    return isFile() ? Path.of(location).toString() : location.toString();
  }
}
