package dev.switchboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo server over real HTTP, on a free port with an in-memory database seeded as on a first start. */
class DemoServerTest {

  private static DemoServer server;
  private static DemoClient client;
  private static String admin;
  private static String viewer;

  @BeforeAll
  static void start() throws Exception {
    server = DemoServer.start(DemoOptions.inMemory());
    client = new DemoClient(server.baseUrl());
    admin = client.token("admin", "switchboard-admin");
    viewer = client.token("viewer", "switchboard-viewer");
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void eachSeedAccountGetsABearerTokenWithExactlyItsScopes() {
    for (DemoAccount account : DemoServer.accounts()) {
      DemoClient.Reply reply = client.login(account.username(), account.password(), null);

      assertThat(reply.status()).as(account.username()).isEqualTo(200);
      assertThat(reply.json().path("token_type").asText()).isEqualTo("bearer");
      assertThat(reply.json().path("expires_in").asInt()).isEqualTo(30 * 60);
      assertThat(reply.json().path("scope").asText()).isEqualTo(String.join(" ", account.scopes()));
      assertThat(client.get("/api/v1/users/me", reply.json().path("access_token").asText()).json()
          .path("username").asText()).isEqualTo(account.username());
    }
  }

  @Test
  void aRequestedScopeIsGrantedOnlyWhenTheUserHasIt() {
    DemoClient.Reply reply = client.login("agent", "switchboard-agent", "calls:read users:admin");

    assertThat(reply.json().path("scope").asText()).isEqualTo("calls:read");
  }

  @Test
  void aWrongPasswordIsA400WithFastApisDetail() {
    DemoClient.Reply reply = client.login("admin", "not-the-password", null);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("detail").asText()).isEqualTo("Incorrect username or password");
  }

  @Test
  void listingCallsAnswersThePageEnvelopeWithTheSeededTotal() {
    DemoClient.Reply reply = client.get("/api/v1/calls/?page=2&size=25", viewer);

    assertThat(reply.status()).isEqualTo(200);
    JsonNode page = reply.json();
    assertThat(page.path("items")).hasSize(25);
    assertThat(page.path("total").asInt()).isEqualTo(Seeder.CALL_COUNT);
    assertThat(page.path("page").asInt()).isEqualTo(2);
    assertThat(page.path("size").asInt()).isEqualTo(25);
    assertThat(page.path("pages").asInt()).isEqualTo(Seeder.CALL_COUNT / 25);
    assertThat(page.path("items").get(0).path("id").asText()).matches("[0-9a-f]{24}");
  }

  @Test
  void theDefaultOrderIsNewestFirst() {
    JsonNode items = client.get("/api/v1/calls/?size=100", viewer).json().path("items");

    List<String> started = new ArrayList<>();
    items.forEach(call -> started.add(call.path("started_at").asText()));
    assertThat(started).isSortedAccordingTo((a, b) -> Json.parseTime(b).orElseThrow()
        .compareTo(Json.parseTime(a).orElseThrow()));
  }

  @Test
  void anEmptyOrderByIsTheDefaultOrder() {
    JsonNode byDefault = client.get("/api/v1/calls/?size=100", viewer).json();

    assertThat(client.get("/api/v1/calls/?size=100&order_by=", viewer).json()).isEqualTo(byDefault);
  }

  @Test
  void listsShowEveryWriteAtOnce() {
    String created = client.post("/api/v1/calls/", admin, """
        {"direction": "inbound", "caller_number": "+1 555 0199", "queue": "support",
         "started_at": "2024-05-01T09:00:00Z", "notes": "Asked about Zanzibar"}""").json().path("id").asText();
    assertThat(searched("zanzibar")).containsExactly(created);

    client.patch("/api/v1/calls/" + created, admin, "{\"notes\": \"Asked about Timbuktu\"}");
    assertThat(searched("zanzibar")).isEmpty();
    assertThat(searched("TIMBUKTU")).containsExactly(created);

    client.delete("/api/v1/calls/" + created, admin);
    assertThat(searched("timbuktu")).isEmpty();
  }

  private static List<String> searched(String text) {
    List<String> ids = new ArrayList<>();
    client.get("/api/v1/calls/?size=100&search=" + text, viewer).json().path("items")
        .forEach(call -> ids.add(call.path("id").asText()));
    return ids;
  }

  @Test
  void aChunkedBodyOverOneMegabyteIs413AndTheAnswerArrives() throws Exception {
    byte[] huge = ("{\"notes\": \"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (int attempt = 0; attempt < 3; attempt++) {
      // No length: sent chunked, so only counting while reading tells it is too large.
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.baseUrl().resolve("/api/v1/calls/"))
          .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(413);
      assertThat(response.body()).isEqualTo("{\"detail\":\"Request body too large\"}");
    }
  }

  @Test
  void theStatusFilterKeepsOnlyCallsWithThatStatus() {
    JsonNode page = client.get("/api/v1/calls/?status=missed&size=100", viewer).json();

    assertThat(page.path("total").asInt()).isBetween(1, Seeder.CALL_COUNT - 1);
    page.path("items").forEach(call -> {
      assertThat(call.path("status").asText()).isEqualTo("missed");
      assertThat(call.path("agent_id").isNull()).isTrue();
      assertThat(call.path("duration_s").isNull()).isTrue();
    });
  }

  @Test
  void sqlInASearchIsJustText() {
    DemoClient.Reply reply = client.get("/api/v1/calls/?search=" + DemoClient.encode("' OR 1=1; DROP TABLE calls; --"),
        viewer);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("total").asInt()).isZero();
    assertThat(client.get("/api/v1/calls/?size=1", viewer).json().path("total").asInt()).isGreaterThan(0);
  }

  @Test
  void creatingACallAnswers201WithTheStoredCall() {
    DemoClient.Reply created = client.post("/api/v1/calls/", admin, """
        {"direction": "inbound", "caller_number": "+1 555 0100", "queue": "support",
         "started_at": "2024-05-01T09:00:00Z", "agent_id": 2, "tags": ["vip"], "unknown_field": true}""");

    assertThat(created.status()).isEqualTo(201);
    JsonNode call = created.json();
    assertThat(call.path("id").asText()).matches("[0-9a-f]{24}");
    assertThat(call.path("status").asText()).isEqualTo("ringing");
    assertThat(call.path("agent_id").asInt()).isEqualTo(2);
    assertThat(call.has("unknown_field")).isFalse();
    assertThat(client.get("/api/v1/calls/" + call.path("id").asText(), viewer).json()).isEqualTo(call);
  }

  @Test
  void aNoteOver2000CharactersIsA422ShapedLikePydantics() {
    String id = client.get("/api/v1/calls/?size=1", viewer).json().path("items").get(0).path("id").asText();

    DemoClient.Reply reply = client.patch("/api/v1/calls/" + id, admin, "{\"notes\": \"" + "x".repeat(2001) + "\"}");

    assertThat(reply.status()).isEqualTo(422);
    JsonNode error = reply.json().path("detail").get(0);
    assertThat(reply.json().path("detail")).hasSize(1);
    assertThat(error.path("type").asText()).isEqualTo("string_too_long");
    assertThat(error.path("loc").toString()).isEqualTo("[\"body\",\"notes\"]");
    assertThat(error.path("msg").asText()).isEqualTo("String should have at most 2000 characters");
    assertThat(error.path("ctx").path("max_length").asInt()).isEqualTo(2000);
    assertThat(error.path("input").asText()).hasSize(2001);
  }

  @Test
  void malformedJsonIsA422JsonInvalidAtItsPosition() {
    DemoClient.Reply reply = client.post("/api/v1/calls/", admin, "{\"queue\": }");

    JsonNode error = reply.json().path("detail").get(0);
    assertThat(reply.status()).isEqualTo(422);
    assertThat(error.path("type").asText()).isEqualTo("json_invalid");
    assertThat(error.path("loc").get(0).asText()).isEqualTo("body");
    assertThat(error.path("loc").get(1).isInt()).isTrue();
  }

  @Test
  void aViewerCannotWrite() {
    DemoClient.Reply reply = client.post("/api/v1/calls/", viewer, "{}");

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.json().path("detail").asText()).isEqualTo("Not enough permissions");
  }

  @Test
  void noTokenIsA401WithABearerChallenge() {
    DemoClient.Reply reply = client.get("/api/v1/calls/", null);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().path("detail").asText()).isEqualTo("Not authenticated");
    assertThat(reply.header("WWW-Authenticate")).hasValue("Bearer");
  }

  @Test
  void anUnknownTokenIsA401CouldNotValidate() {
    DemoClient.Reply reply = client.get("/api/v1/calls/", "not-a-token");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().path("detail").asText()).isEqualTo("Could not validate credentials");
  }

  @Test
  void anUnknownCallIsA404CallNotFound() {
    DemoClient.Reply reply = client.get("/api/v1/calls/000000000000000000000000", viewer);

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().path("detail").asText()).isEqualTo("Call not found");
  }

  @Test
  void theDocumentIsServedAsOpenApi31() {
    DemoClient.Reply reply = client.get("/api/v1/openapi.json", null);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("openapi").asText()).isEqualTo("3.1.0");
    assertThat(reply.json().has("servers")).isFalse();
    assertThat(server.openApiUrl()).isEqualTo(server.baseUrl().resolve("/api/v1/openapi.json"));
  }
}
