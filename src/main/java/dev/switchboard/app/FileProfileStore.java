package dev.switchboard.app;

import com.fasterxml.jackson.core.type.TypeReference;
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

  /** The file's shape. */
  record Stored(String id, String name, String url, String authMethod, String username, String lastUsed) {}

  private final Map<String, ConnectionProfile> profiles = new LinkedHashMap<>();
  private final JsonFile<List<Stored>> file;

  private FileProfileStore(Path path, Executor disk) {
    this.file = new JsonFile<>(path, new TypeReference<>() {}, disk, this::snapshot);
  }

  /** Reads the file; call off the UI thread. A file that cannot be read is logged and set aside, not lost. */
  static FileProfileStore open(Path path, Executor disk) {
    FileProfileStore store = new FileProfileStore(path, disk);
    try {
      store.file.read().ifPresent(stored -> stored.forEach(s -> store.profiles.put(s.id(), toProfile(s))));
    } catch (IOException | RuntimeException e) {
      Path aside = path.resolveSibling(path.getFileName() + ".unreadable");
      LOG.warn("Saved connections in {} could not be read ({}); kept as {}.", path, e.getMessage(), aside);
      try {
        Files.move(path, aside, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException ignored) {
        // it stays where it is; the next save replaces it
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
    file.changed();
  }

  private synchronized List<Stored> snapshot() {
    List<Stored> stored = new ArrayList<>();
    profiles.values().forEach(p -> stored.add(new Stored(p.id(), p.name(), p.url(),
        p.authMethod().map(SecurityDef.Type::id).orElse(null), p.username().orElse(null), p.lastUsed().toString())));
    return stored;
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
