package dev.switchboard.app;

import dev.switchboard.viewmodel.ListStateStore;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * The table setups of every profile ({@code tables/<profile>.json}). A profile's file is read on the disk
 * executor as soon as the app knows it may be needed ({@link #prepare}, when connecting starts), so opening the
 * main window after login finds it in memory instead of reading the disk on the JavaFX thread.
 */
final class TableSetups {

  private final Path folder;
  private final Executor disk;
  private final Map<String, CompletableFuture<FileListStateStore>> stores = new ConcurrentHashMap<>();

  TableSetups(Path folder, Executor disk) {
    this.folder = folder;
    this.disk = disk;
  }

  /** Starts reading a profile's setups; cheap to call again. */
  void prepare(String profileKey) {
    stores.computeIfAbsent(profileKey, key -> CompletableFuture.supplyAsync(
        () -> FileListStateStore.open(folder.resolve(key + ".json"), disk), disk));
  }

  /**
   * A profile's setups. Normally read long before (while the person logged in); if not, this waits for the
   * read of one small file.
   */
  ListStateStore forProfile(String profileKey) {
    prepare(profileKey);
    return stores.get(profileKey).join();
  }
}
