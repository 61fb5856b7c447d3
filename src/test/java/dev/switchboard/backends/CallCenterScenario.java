package dev.switchboard.backends;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The call-center contract ({@code docs/callcenter-api.md}) as claims, one test each, run against the backend a
 * subclass starts: once per class, with a fresh database. Claims never depend on each other or on their order:
 * each makes the calls, users and teams it changes, and reads counts before and after within itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CallCenterScenario
    implements AuthClaims, CallListClaims, CallWriteClaims, CallHistoryClaims, AgentNameClaims, UserTeamClaims,
    RoleClaims, OwnPasswordClaims, BadRequestClaims {

  private Backend backend;
  private ApiClient api;

  /** Starts the backend under test with a fresh database; aborts or fails the class if it cannot. */
  abstract Backend startBackend();

  @BeforeAll
  final void startTheBackend() {
    backend = startBackend();
    api = new ApiClient(backend.baseUrl());
  }

  @AfterAll
  final void stopTheBackend() {
    if (backend != null) {
      backend.close();
    }
  }

  @Override
  public ApiClient api() {
    return api;
  }
}
