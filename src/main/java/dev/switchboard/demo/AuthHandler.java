package dev.switchboard.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /api/v1/auth/token}: the OAuth2 password flow. Grants the requested scopes the user has, or all
 * of them when none are requested; a wrong user or password is one and the same 400, and takes as long.
 */
final class AuthHandler {

  private final Database database;
  private final UserStore users;
  private final Passwords passwords;
  private final Tokens tokens;

  AuthHandler(Database database, UserStore users, Passwords passwords, Tokens tokens) {
    this.database = database;
    this.users = users;
    this.passwords = passwords;
    this.tokens = tokens;
  }

  void register(Dispatcher dispatcher) {
    dispatcher.add("POST", "/api/v1/auth/token", this::login);
  }

  Response login(Request request) throws SQLException {
    JsonNode form = request.body();
    String username = form.path("username").asText();
    Optional<UserStore.Credentials> found = database.read(c -> users.credentials(c, username));
    String hash = found.map(UserStore.Credentials::passwordHash).orElse(null);
    if (!passwords.verify(form.path("password").asText(), hash)) {
      throw ApiException.of(400, "Incorrect username or password");
    }
    User user = found.orElseThrow().user();
    if (!user.active()) {
      throw ApiException.of(400, "Inactive user");
    }
    List<String> requested = Scopes.splitAny(form.path("scope").asText(""));
    Set<String> granted = new LinkedHashSet<>(requested.isEmpty() ? user.scopes() : requested);
    granted.retainAll(user.scopes());
    String token = tokens.issue(user.id(), granted);
    ObjectNode body = Json.object();
    body.put("access_token", token);
    body.put("token_type", "bearer");
    body.put("expires_in", tokens.lifetime().toSeconds());
    body.put("scope", Scopes.join(granted));
    // RFC 6749 5.1: responses carrying tokens must not be cached.
    return new Response(200, Optional.of(body), Map.of("Cache-Control", "no-store", "Pragma", "no-cache"));
  }
}
