package dev.switchboard.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FastApiServerTest {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // uvicorn 0.17 answers 400 to an h2c upgrade
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void startsTheTestAppAndServesItsOpenApiDocument() throws Exception {
        FastApiServer.requireFastApi();
        try (FastApiServer server = FastApiServer.start(FastApiServer.testApp())) {
            assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port());

            HttpResponse<String> documentResponse = http.send(
                    HttpRequest.newBuilder(server.openApiUrl()).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(documentResponse.statusCode()).as(server.output()).isEqualTo(200);
            JsonNode document = json.readTree(documentResponse.body());
            assertThat(document.path("openapi").asText()).isEqualTo("3.0.2");
            assertThat(document.path("paths").has("/api/v1/calls/")).isTrue();
            assertThat(document.path("paths").has("/api/v1/calls/{call_id}/transfer")).isTrue();

            // A seeded user (see main.py's docstring) logs in with the form at the relative tokenUrl ...
            HttpResponse<String> tokenResponse = http.send(HttpRequest.newBuilder(
                            URI.create(server.baseUrl() + "/api/v1/auth/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=ada&password=ada-password&scope=calls:read"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(tokenResponse.statusCode()).as(tokenResponse.body()).isEqualTo(200);
            JsonNode token = json.readTree(tokenResponse.body());
            assertThat(token.path("token_type").asText()).isEqualTo("bearer");
            String accessToken = token.path("access_token").asText();
            assertThat(accessToken).isNotEmpty();

            // ... and the token opens the seeded calls.
            HttpResponse<String> callsResponse = http.send(HttpRequest.newBuilder(
                            URI.create(server.baseUrl() + "/api/v1/calls/?size=2"))
                    .header("Authorization", "Bearer " + accessToken)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(callsResponse.statusCode()).as(callsResponse.body()).isEqualTo(200);
            JsonNode page = json.readTree(callsResponse.body());
            assertThat(page.path("total").asInt()).isEqualTo(3);
            assertThat(page.path("pages").asInt()).isEqualTo(2);
            assertThat(page.path("items")).hasSize(2);
        }
    }
}
