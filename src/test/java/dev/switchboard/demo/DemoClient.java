package dev.switchboard.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** A plain HTTP/1.1 client for the demo server's tests: JSON in, {@link Reply} out. */
final class DemoClient {

  /** A response: status, one header lookup, and the body as JSON (a missing node when empty). */
  record Reply(int status, HttpResponse<String> raw, JsonNode json) {

    Optional<String> header(String name) {
      return raw.headers().firstValue(name);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI baseUrl;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  DemoClient(URI baseUrl) {
    this.baseUrl = baseUrl;
  }

  Reply login(String username, String password, String scope) {
    String form = "grant_type=password&username=" + encode(username) + "&password=" + encode(password)
        + (scope == null ? "" : "&scope=" + encode(scope));
    return send(HttpRequest.newBuilder(baseUrl.resolve("/api/v1/auth/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  String token(String username, String password) {
    Reply reply = login(username, password, null);
    if (reply.status() != 200) {
      throw new AssertionError("login as " + username + " answered " + reply.status() + " " + reply.raw().body());
    }
    return reply.json().path("access_token").asText();
  }

  Reply get(String pathAndQuery, String token) {
    return send(request(pathAndQuery, token).GET());
  }

  Reply post(String path, String token, String json) {
    return send(request(path, token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Reply patch(String path, String token, String json) {
    return send(request(path, token).header("Content-Type", "application/json")
        .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
  }

  Reply delete(String path, String token) {
    return send(request(path, token).DELETE());
  }

  private HttpRequest.Builder request(String pathAndQuery, String token) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
        .timeout(Duration.ofSeconds(20));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      JsonNode json = body.isEmpty() ? JSON.missingNode() : JSON.readTree(body);
      return new Reply(response.statusCode(), response, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
