package dev.switchboard.viewmodel;

import java.util.Optional;

/** Where table setups are remembered (the app keeps them in the user's config folder, per profile). */
public interface ListStateStore {

  Optional<ListState> load(String resource);

  void save(String resource, ListState state);

  /** Remembers nothing: for tests and for connections without a profile. */
  ListStateStore NONE = new ListStateStore() {
    @Override
    public Optional<ListState> load(String resource) {
      return Optional.empty();
    }

    @Override
    public void save(String resource, ListState state) {}
  };
}
