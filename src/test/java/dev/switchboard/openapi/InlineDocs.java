package dev.switchboard.openapi;

import dev.switchboard.model.AdminApi;
import java.nio.charset.StandardCharsets;

/** Small documents written inline in tests, read the way the app reads them. */
final class InlineDocs {

  private InlineDocs() {}

  static OpenApiDocument parse(String json) {
    try {
      return DocumentLoader.withDefaults().parse(json.getBytes(StandardCharsets.UTF_8),
          DocumentSource.of("http://api.test/openapi.json"));
    } catch (DocumentException e) {
      throw new AssertionError("The inline test document does not load: " + e.getMessage(), e);
    }
  }

  static AdminApi infer(String json) {
    return new OpenApiReader().infer(parse(json));
  }

  /** An OpenAPI 3.1 document with the given {@code paths} and {@code components} JSON bodies. */
  static AdminApi inferPaths(String paths, String components) {
    return infer("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"T\",\"version\":\"1\"},\"paths\":{" + paths
        + "},\"components\":{" + components + "}}");
  }
}
