package dev.switchboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database file outlives the server: edits survive a restart, and the seed data is not written twice. */
class DemoRestartTest {

  @TempDir
  Path folder;

  @Test
  void anEditSurvivesARestartWithAFileDatabase() throws Exception {
    DemoOptions options = DemoOptions.defaults().withDatabaseFile(folder.resolve("demo"));
    String id;
    try (DemoServer first = DemoServer.start(options)) {
      assertThat(first.seedingTime()).isPresent();
      DemoClient client = new DemoClient(first.baseUrl());
      String token = client.token("agent", "switchboard-agent");
      id = client.get("/api/v1/calls/?size=1", token).json().path("items").get(0).path("id").asText();
      assertThat(client.patch("/api/v1/calls/" + id, token, "{\"notes\": \"kept across restarts\"}").status())
          .isEqualTo(200);
    }
    assertThat(Files.exists(folder.resolve("demo.mv.db"))).isTrue();

    try (DemoServer second = DemoServer.start(options)) {
      DemoClient client = new DemoClient(second.baseUrl());
      String token = client.token("viewer", "switchboard-viewer");
      assertThat(second.seedingTime()).isEmpty();
      assertThat(client.get("/api/v1/calls/" + id, token).json().path("notes").asText())
          .isEqualTo("kept across restarts");
      assertThat(client.get("/api/v1/calls/?size=1", token).json().path("total").asInt())
          .isEqualTo(Seeder.CALL_COUNT);
    }
  }
}
