package dev.switchboard.backends;

/** The call-center scenario against the embedded demo, in memory. */
class DemoBackendScenarioTest extends CallCenterScenario {

  @Override
  Backend startBackend() {
    return DemoBackend.start();
  }
}
