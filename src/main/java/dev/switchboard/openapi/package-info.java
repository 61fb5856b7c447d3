/**
 * The schema engine: reads an OpenAPI 3.0/3.1 document (file or URL, JSON or YAML), resolves its references
 * lazily, and infers the {@link dev.switchboard.model.AdminApi}. Also writes what it understood for {@code
 * describe}. Entry points: {@link dev.switchboard.openapi.DocumentLoader} and {@link
 * dev.switchboard.openapi.OpenApiReader}.
 *
 * <p>May import {@code model}, Jackson and {@code java.*}; never JavaFX, HTTP client libraries or the UI.
 */
package dev.switchboard.openapi;
