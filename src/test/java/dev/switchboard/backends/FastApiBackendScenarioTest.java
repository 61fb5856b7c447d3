package dev.switchboard.backends;

/** The call-center scenario against the FastAPI app, run by Debian's FastAPI (required when {@code CI=true}). */
class FastApiBackendScenarioTest extends CallCenterScenario {

  @Override
  Backend startBackend() {
    return FastApiBackend.start();
  }
}
