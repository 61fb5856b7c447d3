package dev.switchboard.app;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.switchboard.model.SecurityDef;
import dev.switchboard.viewmodel.ConnectionProfile;
import dev.switchboard.viewmodel.ProfileStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connection profiles in {@code profiles.json} in the settings folder: name, address, login method, user name,
 * last use. Never a secret (those go to the OS keyring). Read once before the first window shows; kept in
 * memory, so the UI thread never waits for the disk; each change is written on a background executor, whole,
 * through a temporary file.
 */
final class FileProfileStore implements ProfileStore {

  private static final Logger LOG = LoggerFactory.getLogger(FileProfileStore.class);
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The file's shape. */
  record Stored(String id, String name, String url, String authMethod, String username, String lastUsed) {}

  private final Path file;
  private final Executor disk;
  private final Map<String, ConnectionProfile> profiles = new LinkedHashMap<>();
  private final AtomicBoolean writePending = new AtomicBoolean();

  private FileProfileStore(Path file, Executor disk) {
    this.file = file;
    this.disk = disk;
  }

  /** Reads the file; call off the UI thread. A file that cannot be read is logged and set aside, not lost. */
  static FileProfileStore open(Path file, Executor disk) {
    FileProfileStore store = new FileProfileStore(file, disk);
    if (Files.isRegularFile(file)) {
      try {
        List<Stored> stored = JSON.readValue(file.toFile(), new TypeReference<List<Stored>>() {});
        for (Stored s : stored) {
          store.profiles.put(s.id(), toProfile(s));
        }
      } catch (IOException | RuntimeException e) {
        Path aside = file.resolveSibling(file.getFileName() + ".unreadable");
        LOG.warn("Saved connections in {} could not be read ({}); kept as {}.", file, e.getMessage(), aside);
        try {
          Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException ignored) {
          // it stays where it is; the next save replaces it
        }
      }
    }
    return store;
  }

  @Override
  public synchronized List<ConnectionProfile> load() {
    return List.copyOf(profiles.values());
  }

  @Override
  public synchronized void save(ConnectionProfile profile) {
    profiles.put(profile.id(), profile);
    scheduleWrite();
  }

  @Override
  public synchronized void remove(String id) {
    if (profiles.remove(id) != null) {
      scheduleWrite();
    }
  }

  private void scheduleWrite() {
    if (writePending.compareAndSet(false, true)) {
      disk.execute(this::write);
    }
  }

  private void write() {
    writePending.set(false);
    List<Stored> stored = new ArrayList<>();
    synchronized (this) {
      profiles.values().forEach(p -> stored.add(new Stored(p.id(), p.name(), p.url(),
          p.authMethod().map(SecurityDef.Type::id).orElse(null), p.username().orElse(null), p.lastUsed().toString())));
    }
    try {
      Files.createDirectories(file.getParent());
      Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
      JSON.writeValue(temporary.toFile(), stored);
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.warn("Saved connections could not be written to {} ({}).", file, e.getMessage());
    }
  }

  private static ConnectionProfile toProfile(Stored s) {
    Optional<SecurityDef.Type> method = Optional.ofNullable(s.authMethod()).flatMap(id -> {
      for (SecurityDef.Type type : SecurityDef.Type.values()) {
        if (type.id().equals(id)) {
          return Optional.of(type);
        }
      }
      return Optional.empty();
    });
    Instant lastUsed;
    try {
      lastUsed = s.lastUsed() == null ? Instant.EPOCH : Instant.parse(s.lastUsed());
    } catch (RuntimeException e) {
      lastUsed = Instant.EPOCH;
    }
    return new ConnectionProfile(s.id(), s.name() == null ? s.url() : s.name(), s.url(), method,
        Optional.ofNullable(s.username()), lastUsed);
  }
}
