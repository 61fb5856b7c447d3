package dev.switchboard.viewmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link ProfileStore} in a map, counting writes. */
public final class InMemoryProfileStore implements ProfileStore {

  private final Map<String, ConnectionProfile> profiles = new LinkedHashMap<>();
  public int saves;

  public InMemoryProfileStore(ConnectionProfile... initial) {
    for (ConnectionProfile p : initial) {
      profiles.put(p.id(), p);
    }
  }

  @Override
  public List<ConnectionProfile> load() {
    return new ArrayList<>(profiles.values());
  }

  @Override
  public void save(ConnectionProfile profile) {
    saves++;
    profiles.put(profile.id(), profile);
  }

  @Override
  public void remove(String id) {
    profiles.remove(id);
  }
}
