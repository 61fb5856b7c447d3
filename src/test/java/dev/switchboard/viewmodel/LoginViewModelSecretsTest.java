package dev.switchboard.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.model.SecurityDef;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Remembering the login's secret in a store: offered, filled in, written or forgotten only after success. */
class LoginViewModelSecretsTest {

  private final FakeAuthentication auth = new FakeAuthentication();
  private final InMemorySecretStore store = new InMemorySecretStore();

  private LoginViewModel form(SecurityDef... schemes) {
    return new LoginViewModel(TestApis.callCenter(schemes), auth, Runnable::run);
  }

  private static void logIn(LoginViewModel form, String password) {
    form.usernameProperty().set("ana");
    form.passwordProperty().set(password);
    form.submit();
  }

  @Test
  void nothingIsOfferedUntilTheShellSaysWhereSecretsGoAndRememberStartsUnticked() {
    LoginViewModel form = form(TestApis.OAUTH);

    assertThat(form.rememberOfferedProperty().get()).isFalse();
    form.offerRemembering(store, Optional.empty());
    assertThat(form.rememberOfferedProperty().get()).isTrue();
    assertThat(form.rememberProperty().get()).isFalse();
    assertThat(form.secretSourceProperty().get()).isEmpty();
  }

  @Test
  void anUnavailableStoreOffersNothingReadsNothingAndKeepsNothing() {
    store.available = false;
    store.secrets.put("p1", "right");
    LoginViewModel form = form(TestApis.OAUTH);

    form.offerRemembering(store, Optional.of("p1"));
    assertThat(form.rememberOfferedProperty().get()).isFalse();
    assertThat(form.passwordProperty().get()).isEmpty();
    form.rememberProperty().set(true);
    logIn(form, "right");
    form.settleSecret("p1");

    assertThat(store.calls).isEmpty();
  }

  @Test
  void tickedRememberWritesTheSecretOnlyAfterASuccessfulLogin() {
    LoginViewModel form = form(TestApis.OAUTH);
    form.offerRemembering(store, Optional.empty());
    form.rememberProperty().set(true);

    logIn(form, "wrong");
    form.settleSecret("p9");
    assertThat(store.calls).isEmpty();

    logIn(form, "right");
    form.settleSecret("p9");
    assertThat(store.secrets).containsEntry("p9", "right");
    assertThat(store.calls).containsExactly("write p9");

    form.settleSecret("p9");
    assertThat(store.calls).as("one login settles once").containsExactly("write p9");
  }

  @Test
  void untickedRememberForgetsWhatWasKeptForTheProfile() {
    store.secrets.put("p1", "right");
    LoginViewModel form = form(TestApis.OAUTH);
    form.usernameProperty().set("ana");
    form.offerRemembering(store, Optional.of("p1"));
    assertThat(form.rememberProperty().get()).isTrue();

    form.rememberProperty().set(false);
    form.submit();
    form.settleSecret("p1");

    assertThat(store.secrets).doesNotContainKey("p1");
    assertThat(store.calls).containsExactly("read p1", "forget p1");
  }

  @Test
  void aSavedProfilesSecretIsFilledInTickedAndNamedAsTheKeyrings() {
    store.secrets.put("p1", "right");
    LoginViewModel form = form(TestApis.OAUTH);
    form.usernameProperty().set("ana");

    form.offerRemembering(store, Optional.of("p1"));

    assertThat(form.passwordProperty().get()).isEqualTo("right");
    assertThat(form.rememberProperty().get()).isTrue();
    assertThat(form.secretSourceProperty().get()).isEqualTo("Password from the system keyring");
    assertThat(form.canSubmitProperty().get()).isTrue();
    form.passwordProperty().set("other");
    assertThat(form.secretSourceProperty().get()).as("a changed password is the person's").isEmpty();
  }

  @Test
  void aTokenSchemeGetsItsTokenFromTheStoreAndKeepsTheTokenAsSent() {
    store.secrets.put("p2", "right");
    LoginViewModel form = form(TestApis.BEARER);

    form.offerRemembering(store, Optional.of("p2"));
    assertThat(form.tokenProperty().get()).isEqualTo("right");
    assertThat(form.secretSourceProperty().get()).isEqualTo("Token from the system keyring");

    form.tokenProperty().set(" right ");
    form.submit();
    form.settleSecret("p2");
    assertThat(store.secrets).containsEntry("p2", "right");
  }

  @Test
  void aRefusedStoredSecretIsNeitherForgottenNorUnticked() {
    store.secrets.put("p1", "stale");
    LoginViewModel form = form(TestApis.OAUTH);
    form.usernameProperty().set("ana");
    form.offerRemembering(store, Optional.of("p1"));

    form.submit();

    assertThat(form.errorProperty().get()).isEqualTo(FakeAuthentication.REFUSAL);
    assertThat(form.rememberProperty().get()).isTrue();
    assertThat(form.secretSourceProperty().get()).isEmpty();
    assertThat(store.secrets).containsEntry("p1", "stale");

    form.passwordProperty().set("right");
    form.submit();
    form.settleSecret("p1");
    assertThat(store.secrets).containsEntry("p1", "right");
  }

  @Test
  void aSecretReadAfterThePersonTypedOrLoggedInNeitherOverwritesNorIsForgotten() {
    store.secrets.put("p1", "stored");
    store.holdReads = true;
    LoginViewModel typed = form(TestApis.OAUTH);
    typed.offerRemembering(store, Optional.of("p1"));
    typed.passwordProperty().set("typed");
    store.pendingRead.complete(Optional.of("stored"));
    assertThat(typed.passwordProperty().get()).isEqualTo("typed");
    assertThat(typed.secretSourceProperty().get()).isEmpty();

    LoginViewModel started = form(TestApis.OAUTH);
    started.offerRemembering(store, Optional.of("p1"));
    logIn(started, "right");
    store.pendingRead.complete(Optional.of("stored"));
    assertThat(started.rememberProperty().get()).isFalse();
    assertThat(started.passwordProperty().get()).isEqualTo("right");
    started.settleSecret("p1");
    assertThat(store.secrets).as("never shown, so not forgotten").containsEntry("p1", "stored");
  }
}
