package dev.switchboard.http;

import java.io.IOException;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads which scopes a login granted: the token response's space-separated {@code scope}, or the {@code scope}
 * (a string) or {@code scopes} (a list) claim of a JWT access token. The JWT is only read, never trusted for
 * anything but showing and hiding UI: the server still checks every request.
 */
final class GrantedScopes {

  private static final JsonValues JSON = new JsonValues();

  private GrantedScopes() {}

  static Set<String> fromScopeString(String scope) {
    Set<String> scopes = new LinkedHashSet<>();
    for (String s : scope.trim().split("\\s+")) {
      if (!s.isEmpty()) {
        scopes.add(s);
      }
    }
    return scopes;
  }

  static Optional<Set<String>> fromJwt(String token) {
    return claims(token).flatMap(claims -> {
      if (claims.get("scope") instanceof String s) {
        return Optional.of(fromScopeString(s));
      }
      Object scopes = claims.get("scopes") != null ? claims.get("scopes") : claims.get("scp");
      if (scopes instanceof Collection<?> list) {
        Set<String> out = new LinkedHashSet<>();
        list.forEach(v -> out.add(String.valueOf(v)));
        return Optional.of(out);
      }
      if (scopes instanceof String s) {
        return Optional.of(fromScopeString(s));
      }
      return Optional.empty();
    });
  }

  static Optional<String> jwtSubject(String token) {
    return claims(token).flatMap(c -> List.of("preferred_username", "username", "sub").stream()
        .map(c::get).filter(v -> v instanceof String).map(String.class::cast).findFirst());
  }

  private static Optional<Map<?, ?>> claims(String token) {
    String[] parts = token.split("\\.");
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
      return JSON.read(payload) instanceof Map<?, ?> map ? Optional.of(map) : Optional.empty();
    } catch (IllegalArgumentException | IOException e) {
      return Optional.empty();
    }
  }
}
