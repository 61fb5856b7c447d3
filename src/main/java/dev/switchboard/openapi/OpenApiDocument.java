package dev.switchboard.openapi;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An OpenAPI document: its parsed tree, where it came from, and the resolver for its {@code $ref}s. The tree
 * is only read after loading; references to other files are loaded on first use.
 *
 * <p>A JSON document's tree lacks the {@code example} and {@code examples} of its media type objects, which
 * the engine never reads (see {@code JsonTreeReader.withoutMediaTypeExamples}); everything else is as written.
 */
public record OpenApiDocument(JsonNode root, DocumentSource source, RefResolver refs) {

  public String openapiVersion() {
    return root.path("openapi").asText();
  }

  /** OpenAPI 3.0 documents (pydantic v1) mark optional fields only by leaving them out of {@code required}. */
  public boolean isOpenApi30() {
    return openapiVersion().startsWith("3.0");
  }
}
