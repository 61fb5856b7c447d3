package dev.switchboard.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.model.SecurityDef;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfilesViewModelTest {

  private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
  private static final ConnectionProfile OLD = new ConnectionProfile("1", "Staging", "https://staging.test/",
      Optional.empty(), Optional.of("ana"), NOW.minusSeconds(7200));
  private static final ConnectionProfile NEWER = new ConnectionProfile("2", "Production", "https://prod.test",
      Optional.of(SecurityDef.Type.HTTP_BEARER), Optional.empty(), NOW.minusSeconds(60));

  private final InMemoryProfileStore store = new InMemoryProfileStore(OLD, NEWER);
  private final ProfilesViewModel profiles = new ProfilesViewModel(store, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void listsTheMostRecentlyUsedFirst() {
    assertThat(profiles.profiles()).extracting(ConnectionProfile::name).containsExactly("Production", "Staging");
  }

  @Test
  void openingAKnownAddressMovesItToTheTopAndLearnsTheUser() {
    ConnectionProfile used = profiles.recordUse("https://staging.test", "Call Center API",
        Optional.of(SecurityDef.Type.OAUTH2_PASSWORD), Optional.of("bob"));

    assertThat(used.id()).isEqualTo("1");
    assertThat(used.name()).isEqualTo("Staging");
    assertThat(used.username()).contains("bob");
    assertThat(used.authMethod()).contains(SecurityDef.Type.OAUTH2_PASSWORD);
    assertThat(profiles.profiles()).extracting(ConnectionProfile::name).containsExactly("Staging", "Production");
  }

  @Test
  void openingANewAddressSavesAProfileNamedAfterTheApi() {
    profiles.recordUse(" http://new.test ", "Call Center API", Optional.empty(), Optional.empty());

    assertThat(profiles.profiles()).hasSize(3);
    ConnectionProfile first = profiles.profiles().get(0);
    assertThat(first.name()).isEqualTo("Call Center API");
    assertThat(first.url()).isEqualTo("http://new.test");
    assertThat(first.lastUsed()).isEqualTo(NOW);
    assertThat(store.load()).hasSize(3);
  }

  @Test
  void aKnownUserIsKeptWhenTheLoginDidNotSayWhoItWas() {
    ConnectionProfile used = profiles.recordUse("https://staging.test/", "x", Optional.empty(), Optional.empty());
    assertThat(used.username()).contains("ana");
  }

  @Test
  void editingSavesTrimmedValuesAndABlankNameBecomesTheAddress() {
    profiles.save(new ConnectionProfile("2", "  ", " https://prod2.test ", Optional.empty(), Optional.of(" "),
        NEWER.lastUsed()));

    ConnectionProfile edited = profiles.profiles().get(0);
    assertThat(edited.name()).isEqualTo("https://prod2.test");
    assertThat(edited.url()).isEqualTo("https://prod2.test");
    assertThat(edited.username()).isEmpty();
    assertThat(profiles.profiles()).hasSize(2);
  }

  @Test
  void aProfileWithoutAnAddressIsRefusedWithAReason() {
    assertThatThrownBy(() -> profiles.save(profiles.blank())).hasMessageContaining("needs an address");
    assertThat(store.saves).isZero();
  }

  @Test
  void removingForgetsItInTheStore() {
    profiles.remove(OLD);
    assertThat(profiles.profiles()).containsExactly(NEWER);
    assertThat(store.load()).containsExactly(NEWER);
  }

  @Test
  void removingAlsoForgetsItsSecretAndNoOtherProfiles() {
    InMemorySecretStore secrets = new InMemorySecretStore();
    secrets.secrets.put("1", "s3cret");
    secrets.secrets.put("2", "other");
    ProfilesViewModel withSecrets = new ProfilesViewModel(store, secrets, Clock.fixed(NOW, ZoneOffset.UTC));

    withSecrets.remove(OLD);

    assertThat(secrets.secrets).containsOnlyKeys("2");
    assertThat(withSecrets.profiles()).containsExactly(NEWER);
  }

  @Test
  void findsAProfileByAddressIgnoringATrailingSlash() {
    assertThat(profiles.forUrl("https://staging.test")).contains(OLD);
    assertThat(profiles.forUrl("https://prod.test/")).contains(NEWER);
    assertThat(profiles.forUrl("https://other.test")).isEmpty();
  }
}
