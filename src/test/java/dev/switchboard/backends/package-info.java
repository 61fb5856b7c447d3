/**
 * Tests of the two reference backends of the call-center API ({@code docs/callcenter-api.md}): the embedded demo
 * ({@code dev.switchboard.demo}) and the FastAPI app in {@code examples/fastapi-callcenter}.
 *
 * <p>{@link dev.switchboard.backends.CallCenterScenario} states the contract as claims, one test each, and runs
 * against either backend through plain HTTP ({@link java.net.http.HttpClient}, HTTP/1.1) and Jackson; the
 * contract tests validate real responses against each backend's own OpenAPI document with networknt's
 * json-schema-validator. Nothing here may import the client ({@code model}, {@code openapi}, {@code http},
 * {@code view}...): the backends are tested as a stranger would call them. Only the backend fixtures know
 * {@code dev.switchboard.demo} and {@code dev.switchboard.testing}.
 */
package dev.switchboard.backends;
