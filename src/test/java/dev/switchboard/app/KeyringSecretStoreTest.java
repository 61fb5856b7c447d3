package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The OS keyring through java-keyring. Where there is none (a headless Linux without Secret Service, like CI) the
 * store says so and answers "nothing" without throwing; where there is one, a secret goes in, comes back and is
 * forgotten under a random account, so the person's keyring is left as it was.
 */
class KeyringSecretStoreTest {

  private final ExecutorService executor = Executors.newSingleThreadExecutor();
  private final KeyringSecretStore store = new KeyringSecretStore(executor);

  @AfterEach
  void stop() throws InterruptedException {
    store.close();
    executor.shutdown();
    assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  /**
   * One claim for both kinds of machine, so it runs everywhere and is never skipped: where the keyring opens,
   * a secret makes the round trip; where it does not (CI), the store says so and every call answers quietly.
   */
  @Test
  void aSecretMakesTheRoundTripWhereAKeyringExistsAndEveryCallAnswersQuietlyWhereNot() throws Exception {
    String account = "switchboard-test-" + UUID.randomUUID();
    if (!store.opened().get(30, TimeUnit.SECONDS)) {
      assertThat(store.available()).isFalse();
      assertThat(store.read(account).get(10, TimeUnit.SECONDS)).isEmpty();
      assertThat(store.write(account, "not kept").get(10, TimeUnit.SECONDS)).isNull();
      assertThat(store.forget(account).get(10, TimeUnit.SECONDS)).isNull();
      assertThat(store.available()).isFalse();
      return;
    }
    try {
      assertThat(store.read(account).get(30, TimeUnit.SECONDS)).isEmpty();
      store.write(account, "s3cret-" + account).get(30, TimeUnit.SECONDS);
      assertThat(store.read(account).get(30, TimeUnit.SECONDS)).contains("s3cret-" + account);
      store.write(account, "changed").get(30, TimeUnit.SECONDS);
      assertThat(store.read(account).get(30, TimeUnit.SECONDS)).contains("changed");
    } finally {
      store.forget(account).get(30, TimeUnit.SECONDS);
    }
    assertThat(store.read(account).get(30, TimeUnit.SECONDS)).isEqualTo(Optional.empty());
    assertThat(store.available()).isTrue();
  }
}
