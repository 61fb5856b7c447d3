package dev.switchboard.backends;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A plain HTTP client for one backend: JSON in and out, bearer tokens per seed user (fetched once), and every
 * exchange kept in its {@link ApiResponse} for failure messages.
 */
final class ApiClient {

  static final String API = "/api/v1";
  private static final int SHOWN_REQUEST_CHARS = 300;

  private final URI baseUrl;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<SeedUser, String> tokens = new EnumMap<>(SeedUser.class);

  ApiClient(URI baseUrl) {
    this.baseUrl = baseUrl;
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1) // uvicorn 0.17 answers 400 to the JDK's h2c upgrade
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  /** {@code POST /api/v1/auth/token} with the OAuth2 password form; {@code scope} may be null. */
  ApiResponse login(String username, String password, String scope) {
    StringJoiner form = new StringJoiner("&");
    form.add("grant_type=password");
    form.add("username=" + encode(username));
    form.add("password=" + encode(password));
    if (scope != null) {
      form.add("scope=" + encode(scope));
    }
    HttpRequest request = HttpRequest.newBuilder(uri(API + "/auth/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
        .build();
    return exchange(request, "POST " + API + "/auth/token username=" + username + " scope=" + scope);
  }

  /** A bearer token with all of the user's scopes, fetched on first use. */
  String token(SeedUser user) {
    return tokens.computeIfAbsent(user, u -> {
      ApiResponse response = login(u.username, u.password, null).expect(200);
      return response.json().path("access_token").asText();
    });
  }

  ApiResponse get(String path, String token) {
    return send("GET", path, token, null);
  }

  ApiResponse post(String path, String token, JsonNode body) {
    return send("POST", path, token, write(body));
  }

  ApiResponse patch(String path, String token, JsonNode body) {
    return send("PATCH", path, token, write(body));
  }

  ApiResponse put(String path, String token, JsonNode body) {
    return send("PUT", path, token, write(body));
  }

  ApiResponse delete(String path, String token) {
    return send("DELETE", path, token, null);
  }

  /**
   * Sends {@code body} as it is, declared as JSON, so tests can send what no serializer would write.
   *
   * @param token null for no {@code Authorization} header
   * @param body null for no body
   */
  ApiResponse send(String method, String path, String token, String body) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    if (body == null) {
      builder.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      builder.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    String shown = body == null ? "" : " " + (body.length() > SHOWN_REQUEST_CHARS
        ? body.substring(0, SHOWN_REQUEST_CHARS) + "...(" + body.length() + " chars)" : body);
    return exchange(builder.build(), method + " " + path + shown);
  }

  ObjectNode object() {
    return json.createObjectNode();
  }

  /**
   * A query string from name/value pairs, values URL-encoded: {@code query("page", 2, "search", "a b")} is
   * {@code ?page=2&search=a+b}.
   */
  static String query(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("query takes name/value pairs, got " + namesAndValues.length);
    }
    StringJoiner joiner = new StringJoiner("&", "?", "");
    for (int i = 0; i < namesAndValues.length; i += 2) {
      joiner.add(namesAndValues[i] + "=" + encode(String.valueOf(namesAndValues[i + 1])));
    }
    return joiner.toString();
  }

  private ApiResponse exchange(HttpRequest request, String shown) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new ApiResponse(shown, response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("No answer to " + shown + " from " + baseUrl, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted during " + shown, e);
    }
  }

  private String write(JsonNode body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write " + body, e);
    }
  }

  private URI uri(String path) {
    return URI.create(baseUrl + path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
