package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.openapi.DocumentDiscovery;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Discovery over a command's clients: cleartext for http, the complete client for https and redirects there. */
class OkHttpFetcherTest {

  @StartStop
  final MockWebServer server = new MockWebServer();

  @Test
  void anHttpDocumentIsReadOverTheCleartextClientWithItsHeaders() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{\"openapi\":\"3.1.0\"}").build());
    try (CommandHttp http = CommandHttp.forAddress(server.url("/").toString())) {
      DocumentDiscovery.Fetched fetched = new OkHttpFetcher(http, Duration.ofSeconds(5))
          .get(server.url("/openapi.json").uri(), Map.of("X-Key", "k"), 1000);
      assertThat(fetched.status()).isEqualTo(200);
      assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo("{\"openapi\":\"3.1.0\"}");
    }
    assertThat(server.takeRequest().getHeaders().get("X-Key")).isEqualTo("k");
  }

  @Test
  void aRedirectToHttpsIsFollowedOverTheCompleteClient() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    server.enqueue(new MockResponse.Builder().code(301)
        .addHeader("Location", "https://127.0.0.1:" + closed + "/openapi.json").build());
    try (CommandHttp http = CommandHttp.forAddress(server.url("/").toString())) {
      OkHttpFetcher fetcher = new OkHttpFetcher(http, Duration.ofSeconds(5));
      // The cleartext client hands the redirect back; the complete one follows it (nobody listens there).
      assertThatThrownBy(() -> fetcher.get(server.url("/openapi.json").uri(), Map.of(), 1000))
          .isInstanceOf(IOException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aRedirectWithinHttpIsFollowedAsBefore() throws Exception {
    server.enqueue(new MockResponse.Builder().code(307).addHeader("Location", "/api/v1/openapi.json").build());
    server.enqueue(new MockResponse.Builder().body("{}").build());
    try (CommandHttp http = CommandHttp.forAddress(server.url("/").toString())) {
      DocumentDiscovery.Fetched fetched = new OkHttpFetcher(http, Duration.ofSeconds(5))
          .get(server.url("/openapi.json").uri(), Map.of(), 1000);
      assertThat(fetched.status()).isEqualTo(200);
    }
    server.takeRequest();
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/openapi.json");
  }
}
