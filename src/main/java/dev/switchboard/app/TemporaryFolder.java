package dev.switchboard.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing a folder the app made for itself (the smoke test's settings). */
final class TemporaryFolder {

  private TemporaryFolder() {}

  /** Deletes {@code folder} and everything in it; what cannot be deleted stays (a temp folder is cleaned anyway). */
  static void deleteQuietly(Path folder) {
    if (folder == null || !Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      all.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          // a file still held open (the activity database closing on its own thread) is left for the OS
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // the same: nothing the person needs to act on
    }
  }
}
