package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.model.SecurityDef;
import dev.switchboard.viewmodel.ConnectionProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileProfileStoreTest {

  private static final ConnectionProfile STAGING = new ConnectionProfile("p1", "Staging",
      "https://staging.example/api/v1/openapi.json", Optional.of(SecurityDef.Type.OAUTH2_PASSWORD),
      Optional.of("ana"), Instant.parse("2026-11-24T09:00:00Z"));

  @Test
  void aSavedConnectionComesBackAndARemovedOneDoesNot(@TempDir Path folder) {
    Path file = folder.resolve("profiles.json");
    FileProfileStore store = FileProfileStore.open(file, Runnable::run);
    store.save(STAGING);
    store.save(new ConnectionProfile("p2", "Local", "http://localhost:8000", Optional.empty(), Optional.empty(),
        Instant.EPOCH));
    store.remove("p2");
    assertThat(FileProfileStore.open(file, Runnable::run).load()).containsExactly(STAGING);
  }

  @Test
  void anUnreadableFileIsSetAsideNotLost(@TempDir Path folder) throws Exception {
    Path file = Files.writeString(folder.resolve("profiles.json"), "[ not json");
    assertThat(FileProfileStore.open(file, Runnable::run).load()).isEmpty();
    assertThat(folder.resolve("profiles.json.unreadable")).hasContent("[ not json");
  }
}
