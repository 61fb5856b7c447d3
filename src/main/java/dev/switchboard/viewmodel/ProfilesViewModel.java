package dev.switchboard.viewmodel;

import dev.switchboard.model.SecurityDef;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The saved connection profiles of the start screen, most recently used first. Every change goes to the
 * {@link ProfileStore} at once; opening a backend records it (a new profile named after the API, or the
 * existing one for that address, moved to the top).
 */
public final class ProfilesViewModel {

  private final ProfileStore store;
  private final SecretStore secrets;
  private final Clock clock;
  private final ObservableList<ConnectionProfile> profiles = FXCollections.observableArrayList();
  // One wrapper for everyone: an unmodifiable view listens to its source weakly, so a fresh wrapper per call
  // would lose its listeners once collected.
  private final ObservableList<ConnectionProfile> readOnly = FXCollections.unmodifiableObservableList(profiles);

  public ProfilesViewModel(ProfileStore store, Clock clock) {
    this(store, SecretStore.NONE, clock);
  }

  /** With {@code secrets}, removing a profile also forgets the secret kept for it. */
  public ProfilesViewModel(ProfileStore store, SecretStore secrets, Clock clock) {
    this.store = store;
    this.secrets = secrets;
    this.clock = clock;
    reload();
  }

  /** The profiles, most recently used first. */
  public ObservableList<ConnectionProfile> profiles() {
    return readOnly;
  }

  /** Saves an edited (or new) profile; a blank name becomes the URL, a blank URL is refused. */
  public ConnectionProfile save(ConnectionProfile edited) {
    if (edited.url().isBlank()) {
      throw new IllegalArgumentException("A connection needs an address: type the backend's URL.");
    }
    String name = edited.name().isBlank() ? edited.url().strip() : edited.name().strip();
    ConnectionProfile clean = new ConnectionProfile(edited.id(), name, edited.url().strip(), edited.authMethod(),
        edited.username().map(String::strip), edited.lastUsed());
    store.save(clean);
    reload();
    return clean;
  }

  /** Removes the profile and forgets its secret (in the background; the list changes at once). */
  public void remove(ConnectionProfile profile) {
    store.remove(profile.id());
    secrets.forget(profile.id());
    reload();
  }

  /** The saved profile for this address, if any (compared as typed, ignoring a trailing slash). */
  public Optional<ConnectionProfile> forUrl(String url) {
    String key = normal(url);
    return profiles.stream().filter(p -> normal(p.url()).equals(key)).findFirst();
  }

  /**
   * Records that the backend at {@code url} was opened: its profile moves to the top and learns the user name
   * and scheme used; an address opened for the first time becomes a profile named {@code apiTitle}.
   */
  public ConnectionProfile recordUse(String url, String apiTitle, Optional<SecurityDef.Type> authMethod,
      Optional<String> username) {
    ConnectionProfile used = forUrl(url)
        .map(p -> new ConnectionProfile(p.id(), p.name(), p.url(), authMethod.or(p::authMethod),
            username.or(p::username), clock.instant()))
        .orElseGet(() -> new ConnectionProfile(UUID.randomUUID().toString(),
            apiTitle.isBlank() ? url.strip() : apiTitle, url.strip(), authMethod, username, clock.instant()));
    return save(used);
  }

  /** A fresh, unsaved profile for the "new connection" editor. */
  public ConnectionProfile blank() {
    return new ConnectionProfile(UUID.randomUUID().toString(), "", "", Optional.empty(), Optional.empty(),
        clock.instant());
  }

  private void reload() {
    profiles.setAll(store.load().stream()
        .sorted(Comparator.comparing(ConnectionProfile::lastUsed).reversed()
            .thenComparing(ConnectionProfile::name, String.CASE_INSENSITIVE_ORDER))
        .toList());
  }

  private static String normal(String url) {
    String s = url.strip();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
