package dev.switchboard.backends;

/** The data layer against the embedded demo. */
class DemoRecordClientTest extends RecordClientScenario {

  @Override
  Backend startBackend() {
    return DemoBackend.start();
  }
}
