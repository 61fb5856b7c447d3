package dev.switchboard.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link SchemaNormalizer}: each builds a tiny document and normalises one schema. */
class SchemaNormalizerTest {

  private static OpenApiDocument doc(String openapi, String schemas) {
    return InlineDocs.withSchemas(openapi, schemas);
  }

  /** Normalises {@code #/components/schemas/Thing} of a 3.1 document with the given schemas. */
  private static Schema thing(String schemas) {
    return thing("3.1.0", schemas);
  }

  private static Schema thing(String openapi, String schemas) {
    OpenApiDocument doc = doc(openapi, schemas);
    return new SchemaNormalizer(doc.refs()).normalize(doc.root().at("/components/schemas/Thing"));
  }

  // Nullability, read from the shape

  @Test
  void anyOfWithNullBranchIsNullable() {
    Schema s = thing("""
        "Thing": {"anyOf": [{"type": "string", "maxLength": 20}, {"type": "null"}], "title": "Notes"}""");
    assertThat(s.nullable()).isTrue();
    assertThat(s.types()).containsExactly("string");
    assertThat(s.maxLength()).contains(20);
    assertThat(s.variants()).isEmpty();
  }

  @Test
  void oneOfWithNullBranchIsNullable() {
    Schema s = thing("""
        "Thing": {"oneOf": [{"type": "integer"}, {"type": "null"}]}""");
    assertThat(s.nullable()).isTrue();
    assertThat(s.types()).containsExactly("integer");
  }

  @Test
  void nullBranchReachedThroughRefIsNullable() {
    Schema s = thing("""
        "Nothing": {"type": "null"},
        "Thing": {"anyOf": [{"type": "boolean"}, {"$ref": "#/components/schemas/Nothing"}]}""");
    assertThat(s.nullable()).isTrue();
    assertThat(s.types()).containsExactly("boolean");
  }

  @Test
  void anyOfOfRefAndNullKeepsTheReferencedShapeAndName() {
    Schema s = thing("""
        "Agent": {"type": "object", "properties": {"id": {"type": "integer"}}},
        "Thing": {"anyOf": [{"$ref": "#/components/schemas/Agent"}, {"type": "null"}]}""");
    assertThat(s.nullable()).isTrue();
    assertThat(s.componentName()).contains("Agent");
    assertThat(s.properties()).containsOnlyKeys("id");
  }

  @Test
  void typeArrayWithNullIsNullable() {
    Schema s = thing("""
        "Thing": {"type": ["string", "null"], "format": "date-time"}""");
    assertThat(s.nullable()).isTrue();
    assertThat(s.types()).containsExactly("string");
  }

  @Test
  void nullableTrueIsNullableInOpenApi30() {
    Schema s = thing("3.0.2", """
        "Thing": {"type": "string", "nullable": true}""");
    assertThat(s.nullable()).isTrue();
  }

  @Test
  void xNullableIsNullable() {
    assertThat(thing("""
        "Thing": {"type": "string", "x-nullable": true}""").nullable()).isTrue();
    assertThat(thing("""
        "Thing": {"type": "string", "x-isnullable": true}""").nullable()).isTrue();
  }

  @Test
  void enumContainingNullIsNullable() {
    Schema s = thing("""
        "Thing": {"enum": ["open", "closed", null]}""");
    assertThat(s.nullable()).isTrue();
    assertThat(s.enumValues()).extracting(JsonNode::asText).containsExactly("open", "closed");
    assertThat(s.types()).containsExactly("string");
  }

  @Test
  void constNullIsNullable() {
    Schema s = thing("""
        "Thing": {"anyOf": [{"type": "string"}, {"const": null}]}""");
    assertThat(s.nullable()).isTrue();
    assertThat(s.types()).containsExactly("string");
  }

  @Test
  void plainTypedSchemaIsNotNullable() {
    assertThat(thing("""
        "Thing": {"type": "string", "nullable": false}""").nullable()).isFalse();
  }

  @Test
  void nullabilityIsReadFromShapeNotVersion() {
    // A pydantic v2 shape in a 3.0 document is still nullable.
    Schema s = thing("3.0.2", """
        "Thing": {"anyOf": [{"type": "string"}, {"type": "null"}]}""");
    assertThat(s.nullable()).isTrue();
  }

  // const and unions

  @Test
  void constIsAOneValueEnum() {
    Schema s = thing("""
        "Thing": {"const": "call"}""");
    assertThat(s.enumValues()).extracting(JsonNode::asText).containsExactly("call");
    assertThat(s.types()).containsExactly("string");
  }

  @Test
  void anyOfOfConstsIsOneEnum() {
    Schema s = thing("""
        "Thing": {"anyOf": [{"const": "inbound", "type": "string"}, {"const": "outbound", "type": "string"}]}""");
    assertThat(s.enumValues()).extracting(JsonNode::asText).containsExactly("inbound", "outbound");
    assertThat(s.variants()).isEmpty();
  }

  @Test
  void anyOfOfScalarsMergesTheirTypes() {
    Schema s = thing("""
        "Thing": {"anyOf": [{"type": "string"}, {"type": "integer"}]}""");
    assertThat(s.types()).containsExactly("string", "integer");
    assertThat(s.variants()).isEmpty();
  }

  @Test
  void discriminatedOneOfKeepsVariantsAndIsAnObject() {
    Schema s = thing("""
        "Cat": {"type": "object", "properties": {"kind": {"const": "cat"}, "meows": {"type": "boolean"}}},
        "Dog": {"type": "object", "properties": {"kind": {"const": "dog"}, "barks": {"type": "boolean"}}},
        "Thing": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                  "discriminator": {"propertyName": "kind"}}""");
    assertThat(s.variants()).hasSize(2);
    assertThat(s.discriminator()).contains("kind");
    assertThat(s.types()).containsExactly("object");
  }

  // $ref and allOf

  @Test
  void refIsFollowedAndNamesItsComponent() {
    Schema s = thing("""
        "Call": {"type": "object", "properties": {"id": {"type": "string"}}},
        "Thing": {"$ref": "#/components/schemas/Call"}""");
    assertThat(s.componentName()).contains("Call");
    assertThat(s.properties()).containsOnlyKeys("id");
  }

  @Test
  void componentReadDirectlyIsNamedItself() {
    Schema s = thing("""
        "Thing": {"type": "object", "properties": {"id": {"type": "string"}}}""");
    assertThat(s.componentName()).contains("Thing");
  }

  @Test
  void inlineSchemaHasNoComponentName() {
    OpenApiDocument doc = doc("3.1.0", """
        "Thing": {"type": "object", "properties": {"id": {"type": "string"}}}""");
    Schema id = new SchemaNormalizer(doc.refs()).normalize(doc.root().at("/components/schemas/Thing/properties/id"));
    assertThat(id.componentName()).isEmpty();
  }

  @Test
  void refWithSiblingDescriptionKeepsTheSibling() {
    Schema s = thing("""
        "Status": {"type": "string", "enum": ["open", "closed"], "description": "A call status", "title": "Status"},
        "Thing": {"$ref": "#/components/schemas/Status", "description": "Where the call stands",
                  "readOnly": true}""");
    assertThat(s.description()).contains("Where the call stands");
    assertThat(s.readOnly()).isTrue();
    assertThat(s.enumValues()).extracting(JsonNode::asText).containsExactly("open", "closed");
  }

  @Test
  void allOfWrapperWithSiblingsKeepsTheSiblings() {
    // pydantic v1 (OpenAPI 3.0) wraps a $ref in allOf to add a description or a default.
    Schema s = thing("3.0.2", """
        "Status": {"type": "string", "enum": ["open", "closed"], "description": "A call status"},
        "Thing": {"allOf": [{"$ref": "#/components/schemas/Status"}], "description": "Where it stands",
                  "default": "open"}""");
    assertThat(s.description()).contains("Where it stands");
    assertThat(s.defaultValue()).map(JsonNode::asText).contains("open");
    assertThat(s.types()).containsExactly("string");
  }

  @Test
  void allOfBranchesMergePropertiesInOrder() {
    Schema s = thing("""
        "Base": {"type": "object", "required": ["id"],
                 "properties": {"id": {"type": "integer"}, "created_at": {"type": "string"}}},
        "Named": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
        "Thing": {"properties": {"own": {"type": "string"}},
                  "allOf": [{"$ref": "#/components/schemas/Base"}, {"$ref": "#/components/schemas/Named"},
                            {"properties": {"extra": {"type": "boolean"}}}]}""");
    assertThat(s.properties()).containsOnlyKeys("own", "id", "created_at", "name", "extra");
    assertThat(s.properties().keySet()).containsExactly("own", "id", "created_at", "name", "extra");
    assertThat(s.required()).containsExactlyInAnyOrder("id", "name");
    assertThat(s.types()).containsExactly("object");
  }

  @Test
  void ownKeywordsWinOverAllOfBranches() {
    Schema s = thing("""
        "Base": {"type": "string", "maxLength": 10, "title": "Base"},
        "Thing": {"allOf": [{"$ref": "#/components/schemas/Base"}], "maxLength": 300, "title": "Notes"}""");
    assertThat(s.maxLength()).contains(300);
    assertThat(s.title()).contains("Notes");
  }

  // Cycles

  @Test
  void selfReferencingAllOfTerminates() {
    Schema s = thing("""
        "Thing": {"allOf": [{"$ref": "#/components/schemas/Thing"}], "properties": {"a": {"type": "string"}}}""");
    assertThat(s.properties()).containsOnlyKeys("a");
  }

  @Test
  void refLoopNormalisesToAnyValue() {
    OpenApiDocument doc = doc("3.1.0", """
        "A": {"$ref": "#/components/schemas/B"},
        "B": {"$ref": "#/components/schemas/A"},
        "Thing": {"$ref": "#/components/schemas/A"}""");
    Schema s = new SchemaNormalizer(doc.refs()).normalize(doc.root().at("/components/schemas/Thing"));
    assertThat(s.isAny()).isTrue();
    assertThat(doc.refs().problems()).anySatisfy(p -> assertThat(p.message()).contains("loops back"));
  }

  @Test
  void recursivePropertiesStayRawSoNormalisingTerminates() {
    Schema s = thing("""
        "Thing": {"type": "object", "properties": {
          "parent": {"$ref": "#/components/schemas/Thing"},
          "children": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}}}""");
    assertThat(s.properties()).containsOnlyKeys("parent", "children");
  }

  @Test
  void normalisingIsMemoisedPerNode() {
    OpenApiDocument doc = doc("3.1.0", """
        "Thing": {"type": "object", "properties": {"a": {"type": "string"}}}""");
    SchemaNormalizer normalizer = new SchemaNormalizer(doc.refs());
    JsonNode node = doc.root().at("/components/schemas/Thing");
    assertThat(normalizer.normalize(node)).isSameAs(normalizer.normalize(node));
  }

  @Test
  void missingOrNonObjectNodeIsAnyValue() {
    OpenApiDocument doc = doc("3.1.0", "");
    SchemaNormalizer normalizer = new SchemaNormalizer(doc.refs());
    assertThat(normalizer.normalize(null).isAny()).isTrue();
    assertThat(normalizer.normalize(doc.root().at("/components/schemas/Nope")).isAny()).isTrue();
    assertThat(normalizer.normalize(doc.root().at("/openapi")).isAny()).isTrue();
  }

  // Keywords

  @Test
  void integerBoundsWrittenAsFloatsKeepTheirValue() {
    Schema s = thing("""
        "Thing": {"type": "integer", "minimum": 0.0, "maximum": 100.0, "multipleOf": 5.0}""");
    assertThat(s.minimum()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(BigDecimal.ZERO));
    assertThat(s.maximum()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("100"));
    assertThat(s.multipleOf()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5"));
  }

  @Test
  void fractionalBoundsKeepTheirDigits() {
    Schema s = thing("""
        "Thing": {"type": "number", "minimum": 0.01, "multipleOf": 0.01}""");
    assertThat(s.minimum()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.01"));
    assertThat(s.multipleOf()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.01"));
  }

  @Test
  void exclusiveMinimumNumeric31AndBoolean30() {
    Schema v31 = thing("""
        "Thing": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 10}""");
    assertThat(v31.exclusiveMinimum()).isTrue();
    assertThat(v31.minimum()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
    assertThat(v31.exclusiveMaximum()).isTrue();
    assertThat(v31.maximum()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10"));

    Schema v30 = thing("3.0.2", """
        "Thing": {"type": "number", "minimum": 0, "exclusiveMinimum": true, "maximum": 10,
                  "exclusiveMaximum": false}""");
    assertThat(v30.exclusiveMinimum()).isTrue();
    assertThat(v30.minimum()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
    assertThat(v30.exclusiveMaximum()).isFalse();
    assertThat(v30.maximum()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10"));
  }

  @Test
  void contentMediaTypeMeansBinary() {
    Schema s = thing("""
        "Thing": {"type": "string", "contentMediaType": "application/octet-stream"}""");
    assertThat(s.format()).contains("binary");
  }

  @Test
  void typeIsInferredFromPropertiesItemsAndEnum() {
    assertThat(thing("""
        "Thing": {"properties": {"a": {"type": "string"}}}""").types()).containsExactly("object");
    assertThat(thing("""
        "Thing": {"items": {"type": "string"}}""").types()).containsExactly("array");
    assertThat(thing("""
        "Thing": {"enum": [1, 2, 3]}""").types()).containsExactly("integer");
  }

  @Test
  void falseAdditionalPropertiesIsAClosedObject() {
    assertThat(thing("""
        "Thing": {"type": "object", "additionalProperties": false}""").additionalProperties()).isFalse();
    assertThat(thing("""
        "Thing": {"type": "object", "additionalProperties": {"type": "string"}}""").additionalProperties())
        .isTrue();
  }

  @Test
  void extensionsAreKept() {
    Schema s = thing("""
        "Thing": {"type": "string", "x-foreign-key": "users.id", "other": 1}""");
    assertThat(s.extensions()).containsOnlyKeys("x-foreign-key");
  }
}
