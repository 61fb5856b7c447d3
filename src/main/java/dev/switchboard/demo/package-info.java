/**
 * The embedded demo call center: the backend Switchboard connects to when nothing else is installed, and one of
 * the two reference backends of {@code docs/callcenter-api.md}.
 *
 * <p>A JDK {@code HttpServer} with a small router, an H2 database reached through JDBC, and an OpenAPI document
 * written as a resource ({@code openapi.json}). The document is the contract in the code as well as on the
 * wire: the {@link dev.switchboard.demo.Dispatcher} reads each operation's scopes, parameters and body schema
 * from it, so handlers only see authenticated, validated requests, and a route the document lacks (or the
 * reverse) stops the server from starting.
 *
 * <p>May import only the JDK, Jackson, H2 (through JDBC), networknt's json-schema-validator and SLF4J; nothing of
 * the client ({@code model}, {@code openapi}, {@code http}, {@code view}...). {@link dev.switchboard.demo.DemoServer}
 * and {@link dev.switchboard.demo.DemoOptions} are its whole public face.
 */
package dev.switchboard.demo;
