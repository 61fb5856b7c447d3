package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

  @Test
  void withoutAKeyringItIsUnavailableAndEveryCallAnswersQuietly() throws Exception {
    assumeFalse(store.opened().get(30, TimeUnit.SECONDS), "this machine has a keyring: the round trip covers it");
    String account = "switchboard-test-" + UUID.randomUUID();

    assertThat(store.available()).isFalse();
    assertThat(store.read(account).get(10, TimeUnit.SECONDS)).isEmpty();
    assertThat(store.write(account, "not kept").get(10, TimeUnit.SECONDS)).isNull();
    assertThat(store.forget(account).get(10, TimeUnit.SECONDS)).isNull();
    assertThat(store.available()).isFalse();
  }

  @Test
  void whereAKeyringExistsASecretGoesInComesBackAndIsForgotten() throws Exception {
    assumeTrue(store.opened().get(30, TimeUnit.SECONDS), "no keyring on this machine (no Secret Service)");
    String account = "switchboard-test-" + UUID.randomUUID();
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
