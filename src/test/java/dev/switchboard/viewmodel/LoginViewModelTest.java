package dev.switchboard.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.Credentials;
import dev.switchboard.model.SecurityDef;
import dev.switchboard.viewmodel.LoginViewModel.Fields;
import org.junit.jupiter.api.Test;

/** The login form per security scheme, against a fake login; answers arrive on the calling thread. */
class LoginViewModelTest {

  private final FakeAuthentication auth = new FakeAuthentication();

  private LoginViewModel form(SecurityDef... schemes) {
    return new LoginViewModel(TestApis.callCenter(schemes), auth, Runnable::run);
  }

  @Test
  void eachSchemeAsksForWhatItNeeds() {
    LoginViewModel form = form(TestApis.OAUTH, TestApis.BEARER, TestApis.API_KEY, TestApis.BASIC);

    assertThat(form.schemes()).hasSize(4);
    assertThat(form.fields()).isEqualTo(Fields.USER_AND_PASSWORD);
    form.schemeProperty().set(TestApis.BEARER);
    assertThat(form.fields()).isEqualTo(Fields.TOKEN);
    form.schemeProperty().set(TestApis.API_KEY);
    assertThat(form.fields()).isEqualTo(Fields.API_KEY);
    form.schemeProperty().set(TestApis.BASIC);
    assertThat(form.fields()).isEqualTo(Fields.USER_AND_PASSWORD);
  }

  @Test
  void unsupportedSchemesAreNotOffered() {
    SecurityDef odd = new SecurityDef("openIdConnect", SecurityDef.Type.UNSUPPORTED, java.util.Optional.empty(),
        java.util.Map.of(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty());
    LoginViewModel form = form(odd, TestApis.BEARER);

    assertThat(form.schemes()).containsExactly(TestApis.BEARER);
    assertThat(form.fields()).isEqualTo(Fields.TOKEN);
  }

  @Test
  void theOauthSchemeOffersItsScopesWithDescriptionsNoneTicked() {
    LoginViewModel form = form(TestApis.OAUTH);

    assertThat(form.scopes()).extracting(LoginViewModel.ScopeChoice::scope)
        .containsExactly("calls:read", "calls:write", "users:read", "users:admin");
    assertThat(form.scopes().get(0).description()).isEqualTo("Read calls");
    assertThat(form.scopes()).noneMatch(s -> s.selected().get());
    form.schemeProperty().set(TestApis.BASIC);
    assertThat(form.scopes()).isEmpty();
  }

  @Test
  void submitIsPossibleOnlyWhenTheSchemesFieldsAreFilled() {
    LoginViewModel form = form(TestApis.OAUTH, TestApis.API_KEY);
    var canSubmit = form.canSubmitProperty();

    assertThat(canSubmit.get()).isFalse();
    form.usernameProperty().set("ana");
    assertThat(canSubmit.get()).isFalse();
    form.passwordProperty().set("x");
    assertThat(canSubmit.get()).isTrue();
    form.schemeProperty().set(TestApis.API_KEY);
    assertThat(canSubmit.get()).isFalse();
    form.tokenProperty().set("key");
    assertThat(canSubmit.get()).isTrue();
  }

  @Test
  void tickedScopesAreAskedForAndNoneMeansAllOfMine() {
    LoginViewModel form = form(TestApis.OAUTH);
    form.usernameProperty().set(" ana ");
    form.passwordProperty().set("right");

    form.submit();
    assertThat(((Credentials.Password) auth.credentialsUsed.get(0)).scopes()).isEmpty();
    assertThat(((Credentials.Password) auth.credentialsUsed.get(0)).username()).isEqualTo("ana");

    form.scopes().get(1).selected().set(true);
    form.passwordProperty().set("right");
    form.submit();
    assertThat(((Credentials.Password) auth.credentialsUsed.get(1)).scopes()).containsExactly("calls:write");
    assertThat(auth.schemesUsed).containsOnly("OAuth2PasswordBearer");
  }

  @Test
  void aRefusedLoginShowsTheServersMessageKeepsTheUserAndClearsThePassword() {
    LoginViewModel form = form(TestApis.OAUTH);
    form.usernameProperty().set("ana");
    form.passwordProperty().set("wrong");

    var result = form.submit();

    assertThat(result).isCompletedExceptionally();
    assertThat(form.errorProperty().get()).isEqualTo(FakeAuthentication.REFUSAL);
    assertThat(form.usernameProperty().get()).isEqualTo("ana");
    assertThat(form.passwordProperty().get()).isEmpty();
    assertThat(form.busyProperty().get()).isFalse();
  }

  @Test
  void busyWhileTheServerThinksAndTheErrorClearsOnTheNextTry() {
    LoginViewModel form = form(TestApis.OAUTH);
    form.usernameProperty().set("ana");
    form.passwordProperty().set("wrong");
    form.submit();
    auth.holdAnswers = true;
    form.passwordProperty().set("right");

    var result = form.submit();
    assertThat(form.busyProperty().get()).isTrue();
    assertThat(form.canSubmitProperty().get()).isFalse();
    assertThat(form.errorProperty().get()).isEmpty();

    auth.release();
    assertThat(result).isCompleted();
    assertThat(result.join().username()).contains("ana");
    assertThat(form.busyProperty().get()).isFalse();
  }

  @Test
  void tokenAndKeySchemesSendWhatWasPasted() {
    LoginViewModel form = form(TestApis.BEARER, TestApis.API_KEY);
    form.tokenProperty().set(" right ");
    form.submit();
    form.schemeProperty().set(TestApis.API_KEY);
    form.submit();

    assertThat(auth.credentialsUsed.get(0)).isEqualTo(new Credentials.BearerToken("right"));
    assertThat(auth.credentialsUsed.get(1)).isEqualTo(new Credentials.ApiKey("right"));
    assertThat(auth.schemesUsed).containsExactly("HTTPBearer", "ApiKeyHeader");
  }

  @Test
  void cancelStopsTheLoginUnderWay() {
    LoginViewModel form = form(TestApis.OAUTH);
    auth.holdAnswers = true;
    form.usernameProperty().set("ana");
    form.passwordProperty().set("right");
    form.submit();

    form.cancel();
    assertThat(auth.pending).isCancelled();
    assertThat(form.busyProperty().get()).isFalse();
  }
}
