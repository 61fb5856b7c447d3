package dev.switchboard.backends;

/** The demo's responses match its own document (OpenAPI 3.1, as FastAPI with pydantic v2 writes it). */
class DemoContractTest extends ContractScenario {

  @Override
  Backend startBackend() {
    return DemoBackend.start();
  }
}
