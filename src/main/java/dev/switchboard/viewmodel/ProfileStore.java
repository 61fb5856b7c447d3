package dev.switchboard.viewmodel;

import java.util.List;

/**
 * Where connection profiles are kept between runs. The app implements it on disk in the per-user config folder
 * (secrets go to the OS keyring, never here). Calls are made on the UI thread, so an implementation keeps them
 * quick: a small file, written whole.
 */
public interface ProfileStore {

  /** Every saved profile, in any order. */
  List<ConnectionProfile> load();

  /** Adds the profile, or replaces the one with the same id. */
  void save(ConnectionProfile profile);

  /** Forgets the profile with this id (and the app forgets its secret); unknown ids are ignored. */
  void remove(String id);
}
