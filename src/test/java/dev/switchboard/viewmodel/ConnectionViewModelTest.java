package dev.switchboard.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.Credentials;
import dev.switchboard.model.Diagnostic;
import dev.switchboard.viewmodel.ConnectionViewModel.Phase;
import dev.switchboard.viewmodel.ConnectionViewModel.Step;
import dev.switchboard.viewmodel.ConnectionViewModel.StepState;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Connecting step by step, against a fake connector; answers arrive on the calling thread. */
class ConnectionViewModelTest {

  private final FakeConnector connector = new FakeConnector();
  private final ConnectionViewModel vm = new ConnectionViewModel(connector, Runnable::run);

  private List<StepState> states() {
    return vm.steps().stream().map(Step::state).map(p -> p.get()).toList();
  }

  @Test
  void readingShowsTheFirstStepRunningAndTheTypedTarget() {
    vm.connect("  http://backend.test  ");

    assertThat(connector.locationsRead).containsExactly("http://backend.test");
    assertThat(vm.phaseProperty().get()).isEqualTo(Phase.READING);
    assertThat(vm.targetProperty().get()).isEqualTo("http://backend.test");
    assertThat(states()).containsExactly(StepState.RUNNING, StepState.WAITING, StepState.WAITING);
  }

  @Test
  void aReadFailureMarksTheStepAndSaysWhatTheConnectorSaid() {
    vm.connect("http://nowhere.test");
    connector.lastRead.completeExceptionally(new CompletionException(
        new IOException("No OpenAPI document at http://nowhere.test: tried /openapi.json, /docs.")));

    assertThat(vm.phaseProperty().get()).isEqualTo(Phase.FAILED);
    assertThat(states().get(0)).isEqualTo(StepState.FAILED);
    assertThat(vm.errorProperty().get()).isEqualTo("No OpenAPI document at http://nowhere.test: tried /openapi.json, /docs.");
  }

  @Test
  void anApiWithSecurityWaitsForTheLoginAndCountsDiagnostics() {
    vm.connect("http://backend.test");
    connector.lastRead.complete(TestApis.callCenter(TestApis.OAUTH));

    assertThat(vm.phaseProperty().get()).isEqualTo(Phase.LOGIN);
    assertThat(vm.loginProperty().get()).isPresent();
    assertThat(states()).containsExactly(StepState.DONE, StepState.DONE, StepState.WAITING);
    assertThat(vm.diagnostics()).hasSize(3);
    assertThat(vm.diagnosticsSummaryProperty().get())
        .isEqualTo("3 parts of the API could not be fully understood (1 serious)");
    assertThat(vm.connectionProperty().get()).isPresent();
  }

  @Test
  void anApiWithoutSecurityConnectsAtOnce() {
    vm.connect("http://open.test");
    connector.lastRead.complete(TestApis.open());

    assertThat(vm.phaseProperty().get()).isEqualTo(Phase.CONNECTED);
    assertThat(vm.loginProperty().get()).isEmpty();
    assertThat(vm.diagnosticsSummaryProperty().get()).isEmpty();
  }

  @Test
  void aRefusedLoginGoesBackToTheFormAndARightOneConnects() {
    vm.connect("http://backend.test");
    connector.lastRead.complete(TestApis.callCenter(TestApis.OAUTH));
    LoginViewModel form = vm.loginProperty().get().orElseThrow();
    form.usernameProperty().set("ana");
    form.passwordProperty().set("wrong");

    vm.logIn();
    assertThat(vm.phaseProperty().get()).isEqualTo(Phase.LOGIN);
    assertThat(states().get(2)).isEqualTo(StepState.FAILED);
    assertThat(form.errorProperty().get()).isEqualTo(FakeAuthentication.REFUSAL);

    form.passwordProperty().set("right");
    vm.logIn();
    assertThat(vm.phaseProperty().get()).isEqualTo(Phase.CONNECTED);
    assertThat(states()).containsOnly(StepState.DONE);
  }

  @Test
  void theDemoStartsReadsAndLogsInAsThePickedAccount() {
    connector.answerWith = TestApis.callCenter(TestApis.OAUTH);
    vm.openDemo(new Connector.DemoAccount("ana", "right", List.of("calls:read")));

    assertThat(connector.demoStarts).isEqualTo(1);
    assertThat(connector.locationsRead).containsExactly("http://127.0.0.1:8123");
    assertThat(vm.targetProperty().get()).isEqualTo("the demo call center");
    assertThat(vm.demoAccountProperty().get()).map(Connector.DemoAccount::username).contains("ana");
    assertThat(connector.auth.credentialsUsed).singleElement().isInstanceOf(Credentials.Password.class);
    assertThat(vm.phaseProperty().get()).isEqualTo(Phase.CONNECTED);
  }

  @Test
  void cancelWhileReadingStopsTheRead() {
    vm.connect("http://backend.test");
    var read = connector.lastRead;

    vm.cancel();
    assertThat(read).isCancelled();
    assertThat(vm.phaseProperty().get()).isEqualTo(Phase.IDLE);
    assertThat(states()).containsOnly(StepState.WAITING);
  }

  @Test
  void cancelAtTheLoginClosesTheConnection() {
    vm.connect("http://backend.test");
    connector.lastRead.complete(TestApis.callCenter(TestApis.OAUTH));

    vm.cancel();
    assertThat(connector.opened.get(0).closed).isTrue();
    assertThat(vm.connectionProperty().get()).isEmpty();
    assertThat(vm.loginProperty().get()).isEmpty();
    assertThat(vm.phaseProperty().get()).isEqualTo(Phase.IDLE);
  }

  @Test
  void disconnectLeavesAConnectedBackendForTheStart() {
    vm.connect("http://open.test");
    connector.lastRead.complete(TestApis.open());

    vm.disconnect();
    assertThat(vm.phaseProperty().get()).isEqualTo(Phase.IDLE);
    assertThat(connector.opened.get(0).closed).isTrue();
    assertThat(states()).containsOnly(StepState.WAITING);
  }

  @Test
  void aNewConnectionForgetsTheLastOnesErrorAndDiagnostics() {
    vm.connect("http://backend.test");
    connector.lastRead.complete(TestApis.callCenter(TestApis.OAUTH));
    vm.cancel();
    vm.connect("http://nowhere.test");
    connector.lastRead.completeExceptionally(new IOException("nothing there"));
    vm.connect("http://again.test");

    assertThat(vm.errorProperty().get()).isEmpty();
    assertThat(vm.diagnostics()).isEmpty();
    assertThat(vm.diagnosticsSummaryProperty().get()).isEmpty();
  }

  @Test
  void oneDiagnosticIsSaidInTheSingular() {
    vm.connect("http://backend.test");
    var api = TestApis.open();
    connector.lastRead.complete(new dev.switchboard.model.AdminApi(api.title(), api.version(), api.openapi(),
        Optional.empty(), List.of(), api.resources(), List.of(Diagnostic.warning("/x", "odd"))));

    assertThat(vm.diagnosticsSummaryProperty().get()).isEqualTo("1 part of the API could not be fully understood");
  }
}
