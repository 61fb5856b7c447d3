package dev.switchboard.demo;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a request's bearer token against an operation's scopes, with FastAPI's answers: 401 {@code Not
 * authenticated} without a bearer token, 401 {@code Could not validate credentials} for an unknown or expired
 * one (both with {@code WWW-Authenticate: Bearer}), 400 {@code Inactive user}, and 403 {@code Not enough
 * permissions} when a scope is missing. A token grants what it was granted at login and the user still has.
 */
final class Authenticator {

  private static final Map<String, String> CHALLENGE = Map.of("WWW-Authenticate", "Bearer");

  private final Database database;
  private final UserStore users;
  private final Tokens tokens;

  Authenticator(Database database, UserStore users, Tokens tokens) {
    this.database = database;
    this.users = users;
    this.tokens = tokens;
  }

  Caller authenticate(String authorization, Set<String> requiredScopes) throws SQLException {
    String token = bearerToken(authorization);
    if (token == null) {
      throw new ApiException(401, Json.NODES.textNode("Not authenticated"), CHALLENGE);
    }
    Tokens.Grant grant = tokens.find(token).orElseThrow(Authenticator::invalidToken);
    User user = database.read(connection -> users.find(connection, grant.userId()))
        .orElseThrow(Authenticator::invalidToken);
    if (!user.active()) {
      throw ApiException.of(400, "Inactive user");
    }
    Set<String> scopes = new HashSet<>(grant.scopes());
    scopes.retainAll(user.scopes());
    if (!scopes.containsAll(requiredScopes)) {
      String needed = String.join(" ", new TreeSet<>(requiredScopes));
      throw new ApiException(403, Json.NODES.textNode("Not enough permissions"),
          Map.of("WWW-Authenticate", "Bearer scope=\"" + needed + "\""));
    }
    return new Caller(user, scopes);
  }

  private static ApiException invalidToken() {
    return new ApiException(401, Json.NODES.textNode("Could not validate credentials"), CHALLENGE);
  }

  /** The token of an {@code Authorization: Bearer <token>} header (the scheme in any case), else null. */
  private static String bearerToken(String authorization) {
    if (authorization == null) {
      return null;
    }
    String value = authorization.trim();
    int space = value.indexOf(' ');
    if (space < 0 || !value.substring(0, space).toLowerCase(Locale.ROOT).equals("bearer")) {
      return null;
    }
    String token = value.substring(space + 1).trim();
    return token.isEmpty() ? null : token;
  }
}
