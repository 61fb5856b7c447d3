package dev.switchboard.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Validates JSON against schemas of the demo's own document with networknt's JSON Schema 2020-12 validator (the
 * dialect OpenAPI 3.1 uses), and turns what it finds into pydantic-style items ({@link PydanticErrors}).
 *
 * <p>The whole document is registered under one made-up IRI and each schema is named by its JSON pointer into
 * it, so {@code #/components/schemas/...} references resolve as they do for any reader of the document. Keywords
 * the validator does not know ({@code openapi}, {@code paths}, {@code x-switchboard-reference}) are annotations.
 * Two formats are replaced so that what passes validation is exactly what the handlers can read: {@code
 * date-time} by {@link Json#parseTime}, and {@code uri} by pydantic's {@code HttpUrl} rule (http or https, with a
 * host).
 */
final class SchemaValidator {

  private static final String DOCUMENT_IRI = "https://switchboard.invalid/demo/openapi.json";

  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  SchemaValidator(ApiDocument document) {
    Dialect dialect = Dialect.builder(Dialects.getDraft202012())
        .unknownKeywordFactory((keyword, context) -> new NonValidationKeyword(keyword))
        .format(new NamedFormat("date-time", text -> Json.parseTime(text).isPresent()))
        .format(new NamedFormat("uri", SchemaValidator::isHttpUrl))
        .build();
    this.registry = SchemaRegistry.withDefaultDialect(dialect, builder -> builder
        .schemas(Map.of(DOCUMENT_IRI, document.text()))
        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  }

  /** Builds the schemas now, so the first request pays nothing and no two threads build the same one. */
  void preload(Collection<String> pointers) {
    pointers.forEach(this::schema);
  }

  /**
   * The problems with {@code instance} against the schema at {@code pointer}, each located under {@code loc}
   * ({@code ["body"]}, {@code ["query", "page"]}); empty when it is valid.
   */
  List<ErrorItem> validate(String pointer, JsonNode instance, List<Object> loc) {
    return PydanticErrors.map(schema(pointer).validate(instance), loc);
  }

  private Schema schema(String pointer) {
    return schemas.computeIfAbsent(pointer, p -> {
      Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + p));
      schema.initializeValidators();
      return schema;
    });
  }

  /** pydantic's {@code HttpUrl}: an absolute http(s) URL with a host. */
  static boolean isHttpUrl(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** A format checked by a predicate on the string. */
  private record NamedFormat(String name, Predicate<String> test) implements Format {

    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean matches(ExecutionContext context, String value) {
      return test.test(value);
    }
  }
}
