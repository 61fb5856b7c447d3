package dev.switchboard.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A security scheme of the document, as Switchboard will use it to log in.
 *
 * @param name the scheme's key in {@code components.securitySchemes}
 * @param type how to authenticate
 * @param tokenUrl the OAuth2 password token URL, resolved against the document's URL
 * @param scopes each OAuth2 scope with its description, in document order
 * @param in where an API key goes: {@code header}, {@code query} or {@code cookie}
 * @param paramName the API key's header, query parameter or cookie name
 * @param description the scheme's description, or why it is unsupported
 */
public record SecurityDef(
    String name,
    Type type,
    Optional<String> tokenUrl,
    Map<String, String> scopes,
    Optional<String> in,
    Optional<String> paramName,
    Optional<String> description) {

  public enum Type {
    OAUTH2_PASSWORD, HTTP_BEARER, HTTP_BASIC, API_KEY, UNSUPPORTED;

    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public SecurityDef {
    scopes = Collections.unmodifiableMap(new LinkedHashMap<>(scopes));
  }
}
