package dev.switchboard.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.model.SecurityDef;
import dev.switchboard.model.SecurityRequirements;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The security reader turns {@code components.securitySchemes} into {@link SecurityDef}s and an operation's
 * {@code security} (or the document's global one) into {@link SecurityRequirements}.
 *
 * <p>Rules: an OAuth2 scheme with a password flow is {@code oauth2-password}, its {@code tokenUrl} resolved
 * against the server (base) URL as OpenAPI says, else against the document's origin, else kept as written;
 * {@code http}/{@code bearer} and {@code http}/{@code basic} are bearer and basic; {@code apiKey} keeps where the key goes and its name. Other OAuth2
 * flows, {@code openIdConnect}, {@code mutualTLS} and other HTTP schemes are {@code unsupported}, with a
 * sentence saying so. A requirement naming a scheme the document does not define is reported.
 */
final class SecurityReader {

  private final DiagnosticsCollector diagnostics;
  /** Requirements already read, per {@code security} node, for {@link #memoSchemes}. */
  private final Map<JsonNode, SecurityRequirements> memo = new java.util.IdentityHashMap<>();
  private Set<String> memoSchemes;

  SecurityReader(DiagnosticsCollector diagnostics) {
    this.diagnostics = diagnostics;
  }

  List<SecurityDef> schemes(JsonNode root, URI documentUrl, Optional<String> baseUrl, RefResolver refs) {
    List<SecurityDef> schemes = new ArrayList<>();
    root.path("components").path("securitySchemes").fields().forEachRemaining(entry -> {
      JsonNode scheme = refs.resolve(entry.getValue());
      schemes.add(scheme(entry.getKey(), scheme, documentUrl, baseUrl));
    });
    return schemes;
  }

  private SecurityDef scheme(String name, JsonNode scheme, URI documentUrl, Optional<String> baseUrl) {
    String type = scheme.path("type").asText("");
    Optional<String> description = text(scheme, "description");
    switch (type) {
      case "oauth2": {
        JsonNode password = scheme.path("flows").path("password");
        if (password.isObject()) {
          Map<String, String> scopes = new LinkedHashMap<>();
          password.path("scopes").fields().forEachRemaining(s -> scopes.put(s.getKey(), s.getValue().asText("")));
          Optional<String> tokenUrl = text(password, "tokenUrl").map(u -> resolveUrl(u, documentUrl, baseUrl));
          return new SecurityDef(name, SecurityDef.Type.OAUTH2_PASSWORD, tokenUrl, scopes, Optional.empty(),
              Optional.empty(), description);
        }
        String flows = String.join(", ", iterable(scheme.path("flows").fieldNames()));
        return unsupported(name, "OAuth2 with the " + (flows.isEmpty() ? "no" : flows) + " flow is not"
            + " supported yet: log in with a bearer token instead.");
      }
      case "http": {
        String httpScheme = scheme.path("scheme").asText("").toLowerCase(Locale.ROOT);
        if (httpScheme.equals("bearer")) {
          return simple(name, SecurityDef.Type.HTTP_BEARER, description);
        }
        if (httpScheme.equals("basic")) {
          return simple(name, SecurityDef.Type.HTTP_BASIC, description);
        }
        return unsupported(name, "HTTP '" + httpScheme + "' authentication is not supported.");
      }
      case "apiKey":
        return new SecurityDef(name, SecurityDef.Type.API_KEY, Optional.empty(), Map.of(),
            text(scheme, "in"), text(scheme, "name"), description);
      case "openIdConnect":
        return unsupported(name, "OpenID Connect is not supported yet: log in with a bearer token instead.");
      default:
        diagnostics.warning("#/components/securitySchemes/" + name,
            "Security scheme '" + name + "' has type '" + type + "', which Switchboard does not know.");
        return unsupported(name, "Security type '" + type + "' is not supported.");
    }
  }

  private static SecurityDef simple(String name, SecurityDef.Type type, Optional<String> description) {
    return new SecurityDef(name, type, Optional.empty(), Map.of(), Optional.empty(), Optional.empty(), description);
  }

  private static SecurityDef unsupported(String name, String why) {
    return new SecurityDef(name, SecurityDef.Type.UNSUPPORTED, Optional.empty(), Map.of(), Optional.empty(),
        Optional.empty(), Optional.of(why));
  }

  /**
   * OpenAPI resolves relative URLs against the server URL, not the document's: FastAPI's relative {@code
   * tokenUrl="api/v1/auth/token"} means {@code http://host/api/v1/auth/token} even when the document is
   * served from {@code /api/v1/openapi.json}. The base URL already defaults to the document's origin.
   */
  static String resolveUrl(String url, URI documentUrl, Optional<String> baseUrl) {
    try {
      if (URI.create(url).isAbsolute()) {
        return url;
      }
      Optional<URI> base = baseUrl.map(URI::create).filter(URI::isAbsolute);
      if (base.isPresent()) {
        String directory = base.get().toString().endsWith("/") ? base.get().toString() : base.get() + "/";
        return URI.create(directory).resolve(url).toString();
      }
      String scheme = documentUrl.getScheme() == null ? "" : documentUrl.getScheme().toLowerCase(Locale.ROOT);
      if (scheme.startsWith("http")) {
        return documentUrl.resolve("/").resolve(url).toString();
      }
    } catch (IllegalArgumentException e) {
      // Not a URL we can resolve: keep it as the document wrote it.
    }
    return url;
  }

  /** The requirements of one operation: its own {@code security}, else the document's global one. */
  SecurityRequirements requirements(JsonNode operation, JsonNode root, Set<String> knownSchemes, String path) {
    JsonNode security = operation.has("security") ? operation.get("security") : root.get("security");
    if (security == null || !security.isArray()) {
      return SecurityRequirements.NONE;
    }
    // Most operations share the document's global requirement: read each node once (the result is
    // immutable). Only requirements that named no unknown scheme are kept, so every warning is still given.
    if (knownSchemes != memoSchemes) {
      memo.clear();
      memoSchemes = knownSchemes;
    }
    SecurityRequirements known = memo.get(security);
    if (known != null) {
      return known;
    }
    boolean[] unknown = {false};
    List<Map<String, List<String>>> alternatives = new ArrayList<>();
    for (JsonNode alternative : security) {
      Map<String, List<String>> schemes = new LinkedHashMap<>();
      alternative.fields().forEachRemaining(e -> {
        if (!knownSchemes.contains(e.getKey())) {
          unknown[0] = true;
          diagnostics.warning(path, "The operation requires security scheme '" + e.getKey()
              + "', which components.securitySchemes does not define; it is ignored.");
        }
        List<String> scopes = new ArrayList<>();
        e.getValue().forEach(s -> scopes.add(s.asText()));
        schemes.put(e.getKey(), scopes);
      });
      alternatives.add(schemes);
    }
    if (security.isEmpty()) {
      // `security: []` on an operation explicitly makes it public.
      alternatives.add(Map.of());
    }
    SecurityRequirements requirements = new SecurityRequirements(alternatives);
    if (!unknown[0]) {
      memo.put(security, requirements);
    }
    return requirements;
  }

  private static Optional<String> text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }

  private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
    return () -> iterator;
  }

  static Set<String> names(List<SecurityDef> schemes) {
    return schemes.stream().map(SecurityDef::name).collect(Collectors.toSet());
  }
}
