package dev.switchboard.data;

import java.util.List;

/**
 * What a person gives to log in, one kind per security scheme type. {@code toString} never shows a secret.
 */
public sealed interface Credentials {

  /** OAuth2 password flow: user name, password and the scopes to ask for (empty: whatever the server grants). */
  record Password(String username, String password, List<String> scopes) implements Credentials {
    public Password {
      scopes = List.copyOf(scopes);
    }

    @Override
    public String toString() {
      return "Password[" + username + ", scopes=" + scopes + "]";
    }
  }

  /** A pasted bearer token. */
  record BearerToken(String token) implements Credentials {
    @Override
    public String toString() {
      return "BearerToken[***]";
    }
  }

  /** An API key; where it goes (header, query, cookie) comes from the scheme. */
  record ApiKey(String key) implements Credentials {
    @Override
    public String toString() {
      return "ApiKey[***]";
    }
  }

  /** HTTP basic. */
  record Basic(String username, String password) implements Credentials {
    @Override
    public String toString() {
      return "Basic[" + username + "]";
    }
  }

  /** No credentials: the API is open, or only its open parts are wanted. */
  record None() implements Credentials {}
}
