package dev.switchboard.openapi;

import dev.switchboard.model.AdminApi;
import java.nio.charset.StandardCharsets;

/** Small documents written inline in tests, read the way the app reads them. */
final class InlineDocs {

  private InlineDocs() {}

  static OpenApiDocument parse(String json) {
    return parse(json, "http://api.test/openapi.json");
  }

  static OpenApiDocument parse(String json, String location) {
    try {
      return DocumentLoader.withDefaults().parse(json.getBytes(StandardCharsets.UTF_8), DocumentSource.of(location));
    } catch (DocumentException e) {
      throw new AssertionError("The inline test document does not load: " + e.getMessage(), e);
    }
  }

  static AdminApi infer(String json) {
    return new OpenApiReader().infer(parse(json));
  }

  /** A document of the given OpenAPI version with no paths and the given {@code components.schemas} body. */
  static OpenApiDocument withSchemas(String openapi, String schemas) {
    return parse("""
        {"openapi": "%s", "info": {"title": "T", "version": "1"}, "paths": {},
         "components": {"schemas": {%s}}}
        """.formatted(openapi, schemas), "inline.json");
  }

  /** An OpenAPI 3.1 document with the given {@code paths} and {@code components} JSON bodies. */
  static AdminApi inferPaths(String paths, String components) {
    return infer("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"T\",\"version\":\"1\"},\"paths\":{" + paths
        + "},\"components\":{" + components + "}}");
  }
}
