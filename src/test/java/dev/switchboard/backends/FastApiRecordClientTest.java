package dev.switchboard.backends;

/** The data layer against the real FastAPI app of {@code examples/fastapi-callcenter}. */
class FastApiRecordClientTest extends RecordClientScenario {

  @Override
  Backend startBackend() {
    return FastApiBackend.start();
  }
}
