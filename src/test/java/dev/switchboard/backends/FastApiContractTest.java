package dev.switchboard.backends;

/**
 * The FastAPI app's responses match its own document (OpenAPI 3.0.2 from FastAPI 0.92; see
 * {@link ResponseSchemas} for how its {@code Optional} fields are read).
 */
class FastApiContractTest extends ContractScenario {

  @Override
  Backend startBackend() {
    return FastApiBackend.start();
  }
}
