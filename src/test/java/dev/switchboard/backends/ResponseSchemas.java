package dev.switchboard.backends;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;

/**
 * The response schemas an OpenAPI document declares, as a validator: {@link #assertConforms} checks a real
 * response against the schema its document gives for that operation and status, with networknt's
 * json-schema-validator (formats asserted: date-time, email, uri).
 *
 * <p>Assumptions:
 * <ul>
 *   <li>An OpenAPI 3.1 document is validated as written, with the OpenAPI 3.1 dialect; the schema of a response
 *   is addressed by JSON pointer into the whole document, so {@code #/components/...} refs resolve against it.
 *   <li>An OpenAPI 3.0 document is FastAPI 0.92 with pydantic v1, which writes an {@code Optional} field as merely
 *   not required, never {@code nullable}, yet sends {@code null} for it. So, before validating with the OpenAPI
 *   3.0 dialect, every property not in {@code required} is made to accept {@code null} as well
 *   ({@code anyOf: [<property>, {type: null}]}); nothing else is loosened.
 *   <li>A response with no content in the document (204) must have an empty body.
 * </ul>
 */
final class ResponseSchemas {

  /** Where the document is registered; never fetched, the registry holds its text. */
  private static final String DOCUMENT_IRI = "https://backend.test/openapi.json";
  /** The document's own top-level keys: not schema keywords, and not worth a warning each (nor are x-*). */
  private static final List<String> DOCUMENT_KEYS = List.of("openapi", "info", "servers", "paths", "components",
      "security", "tags", "externalDocs", "webhooks", "jsonSchemaDialect");

  private final JsonNode document;
  private final SchemaRegistry registry;

  private ResponseSchemas(JsonNode document, Dialect dialect) {
    this.document = document;
    Set<String> ignored = new TreeSet<>(DOCUMENT_KEYS);
    collectExtensions(document, ignored);
    Dialect quiet = Dialect.builder(dialect)
        .keywords(ignored.stream().map(NonValidationKeyword::new).collect(Collectors.toList()))
        .build();
    this.registry = SchemaRegistry.withDialect(quiet, builder -> builder
        .schemas(Map.of(DOCUMENT_IRI, document.toString()))
        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  }

  /** Reads the document's {@code openapi} version to pick the dialect; see the class comment. */
  static ResponseSchemas of(JsonNode document) {
    String version = document.path("openapi").asText();
    if (version.startsWith("3.1.")) {
      return new ResponseSchemas(document, Dialects.getOpenApi31());
    }
    if (version.startsWith("3.0.")) {
      ObjectNode copy = document.deepCopy();
      copy.path("components").path("schemas").forEach(ResponseSchemas::acceptNullWhereOptional);
      return new ResponseSchemas(copy, Dialects.getOpenApi30());
    }
    throw new IllegalArgumentException("Not an OpenAPI 3.0 or 3.1 document: openapi is '" + version + "'");
  }

  /**
   * Asserts that the document declares {@code response}'s status for {@code method pathTemplate} and that the
   * body matches the declared JSON schema (or is empty where none is declared).
   *
   * @param pathTemplate as in the document, for example {@code /api/v1/calls/{call_id}}
   */
  void assertConforms(ApiResponse response, String method, String pathTemplate) {
    String pointer = "/paths/" + escape(pathTemplate) + "/" + method.toLowerCase() + "/responses/"
        + response.status();
    JsonNode declared = document.at(pointer);
    assertThat(declared.isMissingNode())
        .as("the document declares no %d response for %s %s; got %s", response.status(), method,
            pathTemplate, response)
        .isFalse();
    JsonNode content = declared.path("content");
    if (content.isMissingNode() || content.isEmpty()) {
      assertThat(response.body()).as("body of %s, for which the document declares no content", response)
          .isEmpty();
      return;
    }
    assertThat(content.has("application/json")).as("application/json content at %s", pointer).isTrue();
    Schema schema = registry.getSchema(SchemaLocation.of(
        DOCUMENT_IRI + "#" + pointer + "/content/application~1json/schema"));
    List<Error> errors = schema.validate(response.body(), InputFormat.JSON);
    assertThat(errors).as("%s against the document's schema for %s %s %d",
        response, method, pathTemplate, response.status()).isEmpty();
  }

  private static void acceptNullWhereOptional(JsonNode schema) {
    if (!schema.isObject()) {
      return;
    }
    ObjectNode object = (ObjectNode) schema;
    Set<String> required = new HashSet<>();
    object.path("required").forEach(name -> required.add(name.asText()));
    JsonNode properties = object.path("properties");
    for (Iterator<Map.Entry<String, JsonNode>> fields = properties.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      acceptNullWhereOptional(field.getValue());
      if (!required.contains(field.getKey())) {
        ObjectNode orNull = object.objectNode();
        ArrayNode anyOf = orNull.putArray("anyOf");
        anyOf.add(field.getValue());
        anyOf.addObject().put("type", "null");
        field.setValue(orNull);
      }
    }
    acceptNullWhereOptional(object.path("items"));
  }

  private static void collectExtensions(JsonNode node, Set<String> into) {
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(name -> {
        if (name.startsWith("x-")) {
          into.add(name);
        }
      });
    }
    node.forEach(child -> collectExtensions(child, into));
  }

  private static String escape(String pathTemplate) {
    return pathTemplate.replace("~", "~0").replace("/", "~1");
  }
}
