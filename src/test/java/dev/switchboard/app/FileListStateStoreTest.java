package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.Filter;
import dev.switchboard.data.Sort;
import dev.switchboard.model.FilterOp;
import dev.switchboard.viewmodel.ListState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileListStateStoreTest {

  private static final ListState CALLS = new ListState(100, List.of(Sort.descending("started_at"),
      Sort.ascending("status")), List.of(Filter.in("status", List.of("missed", "voicemail")),
      Filter.of("started_at", FilterOp.GTE, "2026-11-01T00:00:00Z")), Optional.of("smith"),
      List.of("status", "started_at"), List.of("notes"), Map.of("status", 140.0));

  @Test
  void aSavedSetupComesBackInTheNextSession(@TempDir Path folder) {
    Path file = folder.resolve("tables").resolve("demo.json");
    FileListStateStore.open(file, Runnable::run).save("calls", CALLS);
    assertThat(FileListStateStore.open(file, Runnable::run).load("calls")).hasValue(CALLS);
  }

  @Test
  void dateRangeBoundsAreKeptAsTheirIsoText(@TempDir Path folder) {
    Path file = folder.resolve("t.json");
    ListState range = new ListState(50, List.of(), List.of(Filter.of("started_at", FilterOp.GTE,
        java.time.Instant.parse("2026-11-01T00:00:00Z"))), Optional.empty(), List.of(), List.of(), Map.of());
    FileListStateStore.open(file, Runnable::run).save("calls", range);
    assertThat(FileListStateStore.open(file, Runnable::run).load("calls").orElseThrow().filters())
        .containsExactly(Filter.of("started_at", FilterOp.GTE, "2026-11-01T00:00:00Z"));
  }

  @Test
  void anUnreadableFileStartsFromTheDefaultsInsteadOfFailing(@TempDir Path folder) throws Exception {
    Path file = Files.writeString(folder.resolve("broken.json"), "{ not json");
    FileListStateStore store = FileListStateStore.open(file, Runnable::run);
    assertThat(store.load("calls")).isEmpty();
    store.save("calls", CALLS);
    assertThat(FileListStateStore.open(file, Runnable::run).load("calls")).hasValue(CALLS);
  }

  @Test
  void savesWaitingForTheDiskAreWrittenOnceWithTheLatestSetup(@TempDir Path folder) {
    Path file = folder.resolve("t.json");
    java.util.List<Runnable> queued = new java.util.ArrayList<>();
    FileListStateStore store = FileListStateStore.open(file, queued::add);
    store.save("calls", ListState.defaults(20));
    store.save("calls", CALLS);
    assertThat(queued).hasSize(1);
    queued.get(0).run();
    assertThat(FileListStateStore.open(file, Runnable::run).load("calls")).hasValue(CALLS);
  }

  @Test
  void settingsLiveInThePlatformsConfigFolder() {
    Path home = Path.of("/home/dana");
    assertThat(ConfigDirectory.of("Linux", Map.of(), home)).isEqualTo(Path.of("/home/dana/.config/switchboard"));
    assertThat(ConfigDirectory.of("Linux", Map.of("XDG_CONFIG_HOME", "/etc/xdg-dana"), home))
        .isEqualTo(Path.of("/etc/xdg-dana/switchboard"));
    assertThat(ConfigDirectory.of("Mac OS X", Map.of(), home))
        .isEqualTo(Path.of("/home/dana/Library/Application Support/Switchboard"));
    assertThat(ConfigDirectory.of("Windows 10", Map.of("APPDATA", "/c/Users/dana/AppData/Roaming"), home))
        .isEqualTo(Path.of("/c/Users/dana/AppData/Roaming/Switchboard"));
  }
}
