package dev.switchboard.view.table;

import dev.switchboard.viewmodel.ListState;
import dev.switchboard.viewmodel.ListStateStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Remembers table setups in memory, as the app's per-profile store does on disk. */
public final class MemoryStore implements ListStateStore {

  private final Map<String, ListState> states = new HashMap<>();

  @Override
  public Optional<ListState> load(String resource) {
    return Optional.ofNullable(states.get(resource));
  }

  @Override
  public void save(String resource, ListState state) {
    states.put(resource, state);
  }
}
