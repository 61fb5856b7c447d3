package dev.switchboard.app;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One small settings file in JSON, kept in memory by its owner and written whole: writes run on the disk
 * executor, coalesced (many changes while one write waits make one write, of the latest state), through a
 * temporary file moved into place, so a crash mid-write never leaves half a file.
 */
final class JsonFile<T> {

  private static final Logger LOG = LoggerFactory.getLogger(JsonFile.class);
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path path;
  private final TypeReference<T> type;
  private final Executor disk;
  private final Supplier<T> snapshot;
  private final AtomicBoolean writePending = new AtomicBoolean();

  /** {@code snapshot} gives what to write, called on the disk executor when the write runs. */
  JsonFile(Path path, TypeReference<T> type, Executor disk, Supplier<T> snapshot) {
    this.path = path;
    this.type = type;
    this.disk = disk;
    this.snapshot = snapshot;
  }

  Path path() {
    return path;
  }

  /** The file's content, or empty when there is no file; call off the UI thread. */
  Optional<T> read() throws IOException {
    return Files.isRegularFile(path) ? Optional.of(JSON.readValue(path.toFile(), type)) : Optional.empty();
  }

  /** Asks for a write of the owner's current state. */
  void changed() {
    if (writePending.compareAndSet(false, true)) {
      try {
        disk.execute(this::write);
      } catch (java.util.concurrent.RejectedExecutionException e) {
        // the app is closing and its disk thread has stopped (a table's columns settle as its window goes):
        // the last change is written here rather than lost, a small file once
        write();
      }
    }
  }

  private void write() {
    writePending.set(false);
    try {
      Files.createDirectories(path.getParent());
      Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
      JSON.writeValue(temporary.toFile(), snapshot.get());
      Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      LOG.warn("{} could not be written ({}).", path, e.getMessage());
    }
  }
}
