package dev.switchboard.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.Reference;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link FieldBuilder}: each builds a tiny document and reads the fields of one schema. */
class FieldBuilderTest {

  private static OpenApiDocument doc(String openapi, String schemas) {
    return InlineDocs.withSchemas(openapi, schemas);
  }

  /** The fields of {@code #/components/schemas/<component>} in a document of the given version. */
  private static List<FieldDef> fieldsOf(String openapi, String component, String schemas) {
    OpenApiDocument doc = doc(openapi, schemas);
    FieldBuilder fields = new FieldBuilder(new SchemaNormalizer(doc.refs()), doc.isOpenApi30());
    return fields.fieldsOf(doc.root().at("/components/schemas/" + component));
  }

  private static List<FieldDef> fieldsOfThing(String schemas) {
    return fieldsOf("3.1.0", "Thing", schemas);
  }

  /** The one required property {@code name} of a 3.1 object, with the given schema (and other components). */
  private static FieldDef field(String name, String schema, String otherSchemas) {
    String thing = """
        "Thing": {"type": "object", "required": ["%s"], "properties": {"%s": %s}}""".formatted(name, name, schema);
    List<FieldDef> fields = fieldsOfThing(otherSchemas.isEmpty() ? thing : otherSchemas + "," + thing);
    assertThat(fields).hasSize(1);
    return fields.get(0);
  }

  private static FieldDef field(String name, String schema) {
    return field(name, schema, "");
  }

  private static FieldDef named(List<FieldDef> fields, String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no field " + name + " in " + fields));
  }

  // Labels

  @Test
  void generatedPydanticTitleGivesSentenceCaseLabel() {
    assertThat(field("started_at", """
        {"type": "string", "format": "date-time", "title": "Started At"}""").label()).isEqualTo("Started at");
    assertThat(field("recording_url", """
        {"type": "string", "title": "Recording Url"}""").label()).isEqualTo("Recording URL");
    // pydantic v2 titles a camelCase alias with str.title(): "callerNumber" becomes "Callernumber".
    assertThat(field("callerNumber", """
        {"type": "string", "title": "Callernumber"}""").label()).isEqualTo("Caller number");
  }

  @Test
  void writtenTitleIsTheLabel() {
    assertThat(field("dnis", """
        {"type": "string", "title": "Dialled number"}""").label()).isEqualTo("Dialled number");
  }

  @Test
  void missingTitleGivesLabelFromTheName() {
    assertThat(field("duration_s", """
        {"type": "number"}""").label()).isEqualTo("Duration (s)");
  }

  @Test
  void titleOfAReferencedModelIsNotTheFieldLabel() {
    FieldDef agent = field("assigned_agent", """
        {"$ref": "#/components/schemas/Agent"}""", """
        "Agent": {"type": "object", "title": "Agent", "properties": {"id": {"type": "integer"}}}""");
    assertThat(agent.label()).isEqualTo("Assigned agent");
  }

  @Test
  void titleOfAReferencedTwinModelIsNotTheFieldLabel() {
    // pydantic v2 names the twins Agent-Input / Agent-Output but titles both "Agent".
    FieldDef agent = field("assigned_agent", """
        {"$ref": "#/components/schemas/Agent-Output"}""", """
        "Agent-Output": {"type": "object", "title": "Agent", "properties": {"id": {"type": "integer"}}}""");
    assertThat(agent.label()).isEqualTo("Assigned agent");
  }

  @Test
  void titleOnAnAllOfWrapperOrTheOneNonNullBranchIsTheLabel() {
    assertThat(field("agent", """
        {"allOf": [{"$ref": "#/components/schemas/Agent"}], "title": "Handling agent"}""", """
        "Agent": {"type": "object", "title": "Agent", "properties": {"id": {"type": "integer"}}}""").label())
        .isEqualTo("Handling agent");
    assertThat(field("dnis", """
        {"anyOf": [{"type": "string", "title": "Dialled number"}, {"type": "null"}]}""").label())
        .isEqualTo("Dialled number");
  }

  @Test
  void titlesOfUnionVariantsAreNotTheLabel() {
    FieldDef grouping = field("grouping_config", """
        {"oneOf": [{"type": "object", "title": "Time Grouping", "properties": {"timeout": {"type": "integer"}}},
                   {"type": "object", "title": "Content Based", "properties": {"fields": {"type": "string"}}}]}""");
    assertThat(grouping.label()).isEqualTo("Grouping config");
  }

  // Types

  @Test
  void writeOnlyStringIsPassword() {
    FieldDef password = field("password", """
        {"type": "string", "writeOnly": true}""");
    assertThat(password.type()).isEqualTo(FieldType.PASSWORD);
    assertThat(password.writeOnly()).isTrue();
  }

  @Test
  void passwordFormatIsPassword() {
    assertThat(field("secret", """
        {"type": "string", "format": "password"}""").type()).isEqualTo(FieldType.PASSWORD);
  }

  @Test
  void writeOnlyNonStringIsNoPassword() {
    assertThat(field("pin_attempts", """
        {"type": "integer", "writeOnly": true}""").type()).isEqualTo(FieldType.INTEGER);
  }

  @Test
  void enumValuesMakeAnEnumWhateverTheType() {
    FieldDef priority = field("priority", """
        {"type": "integer", "enum": [1, 2, 3]}""");
    assertThat(priority.type()).isEqualTo(FieldType.ENUM);
    assertThat(priority.enumValues()).containsExactly("1", "2", "3");
  }

  @Test
  void enumByRefIsAnEnum() {
    FieldDef status = field("status", """
        {"$ref": "#/components/schemas/CallStatus"}""", """
        "CallStatus": {"type": "string", "enum": ["ringing", "active", "ended"], "title": "CallStatus"}""");
    assertThat(status.type()).isEqualTo(FieldType.ENUM);
    assertThat(status.enumValues()).containsExactly("ringing", "active", "ended");
    assertThat(status.label()).isEqualTo("Status");
  }

  @Test
  void constIsAOneValueEnum() {
    FieldDef kind = field("kind", """
        {"const": "call", "type": "string"}""");
    assertThat(kind.type()).isEqualTo(FieldType.ENUM);
    assertThat(kind.enumValues()).containsExactly("call");
  }

  @Test
  void stringFormatsGiveTheirTypes() {
    Map<String, FieldType> expected = Map.ofEntries(
        Map.entry("date", FieldType.DATE),
        Map.entry("date-time", FieldType.DATE_TIME),
        Map.entry("time", FieldType.TIME),
        Map.entry("duration", FieldType.DURATION),
        Map.entry("time-delta", FieldType.DURATION),
        Map.entry("email", FieldType.EMAIL),
        Map.entry("uri", FieldType.URI),
        Map.entry("url", FieldType.URI),
        Map.entry("uri-reference", FieldType.URI),
        Map.entry("uuid", FieldType.UUID),
        Map.entry("binary", FieldType.BINARY),
        Map.entry("int64", FieldType.STRING));
    expected.forEach((format, type) -> assertThat(field("value", """
        {"type": "string", "format": "%s"}""".formatted(format)).type()).as(format).isEqualTo(type));
  }

  @Test
  void uuid4FormatIsUuid() {
    FieldDef id = field("id", """
        {"type": "string", "format": "uuid4"}""");
    assertThat(id.type()).isEqualTo(FieldType.UUID);
    assertThat(id.format()).contains("uuid4");
  }

  @Test
  void contentEncodingBase64IsBinary() {
    assertThat(field("file", """
        {"type": "string", "contentEncoding": "base64"}""").type()).isEqualTo(FieldType.BINARY);
  }

  @Test
  void maxLengthOver255IsText() {
    assertThat(field("notes", """
        {"type": "string", "maxLength": 256}""").type()).isEqualTo(FieldType.TEXT);
    assertThat(field("subject", """
        {"type": "string", "maxLength": 255}""").type()).isEqualTo(FieldType.STRING);
  }

  @Test
  void plainStringsNamedLikePasswordsOrEmailsGetThoseTypes() {
    assertThat(field("new_password", "{\"type\": \"string\"}").type()).isEqualTo(FieldType.PASSWORD);
    assertThat(field("email", "{\"type\": \"string\", \"maxLength\": 254}").type()).isEqualTo(FieldType.EMAIL);
    assertThat(field("contact_email", "{\"type\": \"string\"}").type()).isEqualTo(FieldType.EMAIL);
    assertThat(field("email_verified", "{\"type\": \"boolean\"}").type()).isEqualTo(FieldType.BOOLEAN);
    assertThat(field("emailing_list", "{\"type\": \"string\"}").type()).isEqualTo(FieldType.STRING);
  }

  @Test
  void scalarTypesGiveTheirTypes() {
    assertThat(field("count", "{\"type\": \"integer\"}").type()).isEqualTo(FieldType.INTEGER);
    assertThat(field("ratio", "{\"type\": \"number\"}").type()).isEqualTo(FieldType.NUMBER);
    assertThat(field("active", "{\"type\": \"boolean\"}").type()).isEqualTo(FieldType.BOOLEAN);
    assertThat(field("name", "{\"type\": \"string\"}").type()).isEqualTo(FieldType.STRING);
  }

  @Test
  void unionOfIntegerAndNumberIsNumber() {
    assertThat(field("amount", """
        {"anyOf": [{"type": "integer"}, {"type": "number"}]}""").type()).isEqualTo(FieldType.NUMBER);
  }

  @Test
  void untypedSchemaIsJson() {
    assertThat(field("payload", "{}").type()).isEqualTo(FieldType.JSON);
  }

  @Test
  void freeFormObjectIsJson() {
    assertThat(field("metadata", """
        {"type": "object", "additionalProperties": true}""").type()).isEqualTo(FieldType.JSON);
  }

  @Test
  void discriminatedOneOfIsJson() {
    FieldDef pet = field("pet", """
        {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
         "discriminator": {"propertyName": "kind"}}""", """
        "Cat": {"type": "object", "properties": {"kind": {"const": "cat"}, "meows": {"type": "boolean"}}},
        "Dog": {"type": "object", "properties": {"kind": {"const": "dog"}, "barks": {"type": "boolean"}}}""");
    assertThat(pet.type()).isEqualTo(FieldType.JSON);
    assertThat(pet.fields()).isEmpty();
  }

  @Test
  void arrayFieldDescribesItsItems() {
    FieldDef tags = field("tags", """
        {"type": "array", "items": {"type": "string", "enum": ["vip", "spam"]}, "maxItems": 5,
         "uniqueItems": true}""");
    assertThat(tags.type()).isEqualTo(FieldType.ARRAY);
    assertThat(tags.items()).hasValueSatisfying(item -> {
      assertThat(item.type()).isEqualTo(FieldType.ENUM);
      assertThat(item.enumValues()).containsExactly("vip", "spam");
    });
    assertThat(tags.constraints().maxItems()).hasValue(5);
    assertThat(tags.constraints().uniqueItems()).isTrue();
  }

  // Nested objects and cycles

  @Test
  void objectWithPropertiesIsANestedObject() {
    FieldDef address = field("address", """
        {"$ref": "#/components/schemas/Address"}""", """
        "Address": {"type": "object", "required": ["city"],
                    "properties": {"city": {"type": "string"}, "zip": {"type": "string"}}}""");
    assertThat(address.type()).isEqualTo(FieldType.OBJECT);
    assertThat(address.fields()).extracting(FieldDef::name).containsExactly("city", "zip");
    assertThat(address.fields()).extracting(FieldDef::required).containsExactly(true, false);
  }

  @Test
  void nestedObjectsStopAtDepthFour() {
    String leaf = "{\"type\": \"object\", \"properties\": {\"x\": {\"type\": \"string\"}}}";
    String nested = leaf;
    for (int i = 0; i < 5; i++) {
      nested = "{\"type\": \"object\", \"properties\": {\"n\": " + nested + "}}";
    }
    // a (depth 0) → n → n → n → n (depth 4) → n → x
    FieldDef a = field("a", nested);
    FieldDef current = a;
    for (int level = 0; level < FieldBuilder.MAX_DEPTH; level++) {
      assertThat(current.type()).as("level %d", level).isEqualTo(FieldType.OBJECT);
      current = current.fields().get(0);
    }
    assertThat(current.type()).as("level %d", FieldBuilder.MAX_DEPTH).isEqualTo(FieldType.JSON);
    assertThat(current.fields()).isEmpty();
  }

  @Test
  void cyclicSchemaTerminatesAsJsonAtTheLoop() {
    // Read through a $ref, as the engine meets response and body schemas.
    OpenApiDocument doc = doc("3.1.0", """
        "Node": {"type": "object", "properties": {
          "name": {"type": "string"},
          "parent": {"anyOf": [{"$ref": "#/components/schemas/Node"}, {"type": "null"}]},
          "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}}},
        "Thing": {"$ref": "#/components/schemas/Node"}""");
    FieldBuilder builder = new FieldBuilder(new SchemaNormalizer(doc.refs()), false);
    List<FieldDef> fields = builder.fieldsOf(doc.root().at("/components/schemas/Thing"));

    assertThat(fields).extracting(FieldDef::name).containsExactly("name", "parent", "children");
    assertThat(named(fields, "parent").type()).isEqualTo(FieldType.JSON);
    assertThat(named(fields, "parent").nullable()).isTrue();
    assertThat(named(fields, "children").items()).map(FieldDef::type).contains(FieldType.JSON);
  }

  @Test
  void cyclicComponentReadDirectlyIsJsonAtTheFirstLoop() {
    List<FieldDef> fields = fieldsOf("3.1.0", "Node", """
        "Node": {"type": "object", "properties": {"parent": {"$ref": "#/components/schemas/Node"}}}""");
    assertThat(fields).extracting(FieldDef::name).containsExactly("parent");
    assertThat(fields.get(0).type()).isEqualTo(FieldType.JSON);
  }

  @Test
  void mutuallyRecursiveSchemasStopAtTheLoop() {
    List<FieldDef> fields = fieldsOfThing("""
        "Team": {"type": "object", "properties": {"lead": {"$ref": "#/components/schemas/Person"}}},
        "Person": {"type": "object", "properties": {"team": {"$ref": "#/components/schemas/Team"}}},
        "Thing": {"type": "object", "properties": {"team": {"$ref": "#/components/schemas/Team"}}}""");
    FieldDef team = fields.get(0);
    assertThat(team.type()).isEqualTo(FieldType.OBJECT);
    FieldDef lead = team.fields().get(0);
    assertThat(lead.type()).isEqualTo(FieldType.OBJECT);
    assertThat(lead.fields().get(0).type()).isEqualTo(FieldType.JSON);
  }

  @Test
  void sameComponentTwiceSideBySideIsExpandedBothTimes() {
    List<FieldDef> fields = fieldsOfThing("""
        "Address": {"type": "object", "properties": {"city": {"type": "string"}}},
        "Thing": {"type": "object", "properties": {
          "billing": {"$ref": "#/components/schemas/Address"},
          "shipping": {"$ref": "#/components/schemas/Address"}}}""");
    assertThat(fields).extracting(FieldDef::type).containsExactly(FieldType.OBJECT, FieldType.OBJECT);
    assertThat(fields.get(1).fields()).extracting(FieldDef::name).containsExactly("city");
  }

  // Nullable and required

  @Test
  void pydanticV1OptionalPropertyIsNullableInOpenApi30() {
    List<FieldDef> fields = fieldsOf("3.0.2", "Thing", """
        "Thing": {"type": "object", "required": ["id"],
                  "properties": {"id": {"type": "integer"}, "notes": {"type": "string"}}}""");
    assertThat(named(fields, "notes").nullable()).isTrue();
    assertThat(named(fields, "notes").required()).isFalse();
    assertThat(named(fields, "id").nullable()).isFalse();
    assertThat(named(fields, "id").required()).isTrue();
  }

  @Test
  void pydanticV1OptionalPropertyWithAValueDefaultIsNotNullable() {
    List<FieldDef> fields = fieldsOf("3.0.2", "Thing", """
        "Thing": {"type": "object", "properties": {
          "status": {"type": "string", "default": "ringing"},
          "tags": {"type": "array", "items": {"type": "string"}, "default": []},
          "notes": {"type": "string", "default": null}}}""");
    assertThat(named(fields, "status").nullable()).isFalse();
    assertThat(named(fields, "tags").nullable()).isFalse();
    assertThat(named(fields, "notes").nullable()).isTrue();
  }

  @Test
  void optionalPropertyIsNotNullableInOpenApi31() {
    List<FieldDef> fields = fieldsOf("3.1.0", "Thing", """
        "Thing": {"type": "object", "properties": {"notes": {"type": "string"}}}""");
    assertThat(fields.get(0).nullable()).isFalse();
    assertThat(fields.get(0).required()).isFalse();
  }

  @Test
  void anyOfWithNullBranchIsNullable() {
    FieldDef notes = field("notes", """
        {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "null"}], "title": "Notes"}""");
    assertThat(notes.nullable()).isTrue();
    assertThat(notes.type()).isEqualTo(FieldType.DATE_TIME);
  }

  @Test
  void typeArrayWithNullIsNullable() {
    FieldDef notes = field("notes", """
        {"type": ["integer", "null"]}""");
    assertThat(notes.nullable()).isTrue();
    assertThat(notes.type()).isEqualTo(FieldType.INTEGER);
  }

  @Test
  void xNullableIsNullable() {
    assertThat(field("notes", """
        {"type": "string", "x-nullable": true}""").nullable()).isTrue();
  }

  @Test
  void enumContainingNullIsNullable() {
    FieldDef status = field("status", """
        {"type": ["string", "null"], "enum": ["open", "closed", null]}""");
    assertThat(status.nullable()).isTrue();
    assertThat(status.type()).isEqualTo(FieldType.ENUM);
    assertThat(status.enumValues()).containsExactly("open", "closed");
  }

  @Test
  void readOnlyAndWriteOnlyAreKept() {
    List<FieldDef> fields = fieldsOfThing("""
        "Thing": {"type": "object", "properties": {
          "id": {"type": "integer", "readOnly": true},
          "pin": {"type": "integer", "writeOnly": true}}}""");
    assertThat(named(fields, "id").readOnly()).isTrue();
    assertThat(named(fields, "id").writeOnly()).isFalse();
    assertThat(named(fields, "pin").writeOnly()).isTrue();
  }

  // pydantic v2 twins

  @Test
  void inputOutputTwinsResolveToTheirOwnFields() {
    String schemas = """
        "Call-Input": {"type": "object", "title": "Call", "required": ["number"], "properties": {
          "number": {"type": "string"}, "leg": {"$ref": "#/components/schemas/Leg-Input"}}},
        "Call-Output": {"type": "object", "title": "Call", "required": ["id", "number"], "properties": {
          "id": {"type": "integer", "readOnly": true}, "number": {"type": "string"},
          "leg": {"$ref": "#/components/schemas/Leg-Output"}}},
        "Leg-Input": {"type": "object", "properties": {"to": {"type": "string"}}},
        "Leg-Output": {"type": "object", "properties": {"to": {"type": "string"}, "answered": {"type": "boolean"}}}""";
    OpenApiDocument doc = doc("3.1.0", schemas);
    FieldBuilder builder = new FieldBuilder(new SchemaNormalizer(doc.refs()), false);

    List<FieldDef> input = builder.fieldsOf(doc.root().at("/components/schemas/Call-Input"));
    List<FieldDef> output = builder.fieldsOf(doc.root().at("/components/schemas/Call-Output"));

    assertThat(input).extracting(FieldDef::name).containsExactly("number", "leg");
    assertThat(named(input, "leg").fields()).extracting(FieldDef::name).containsExactly("to");
    assertThat(output).extracting(FieldDef::name).containsExactly("id", "number", "leg");
    assertThat(named(output, "leg").fields()).extracting(FieldDef::name).containsExactly("to", "answered");
  }

  // Constraints, defaults, descriptions, references

  @Test
  void integerBoundsWrittenAsFloatsKeepTheirValue() {
    FieldDef duration = field("duration", """
        {"type": "integer", "minimum": 0.0, "maximum": 86400.0}""");
    assertThat(duration.type()).isEqualTo(FieldType.INTEGER);
    assertThat(duration.constraints().minimum()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
    assertThat(duration.constraints().maximum())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("86400"));
  }

  @Test
  void exclusiveMinimumNumeric31AndBoolean30() {
    FieldDef v31 = field("price", """
        {"type": "number", "exclusiveMinimum": 0}""");
    assertThat(v31.constraints().exclusiveMinimum()).isTrue();
    assertThat(v31.constraints().minimum()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));

    List<FieldDef> v30 = fieldsOf("3.0.2", "Thing", """
        "Thing": {"type": "object", "required": ["price"],
                  "properties": {"price": {"type": "number", "minimum": 0, "exclusiveMinimum": true}}}""");
    assertThat(v30.get(0).constraints().exclusiveMinimum()).isTrue();
    assertThat(v30.get(0).constraints().minimum())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
  }

  @Test
  void stringConstraintsAreKept() {
    FieldDef code = field("code", """
        {"type": "string", "minLength": 2, "maxLength": 8, "pattern": "^[A-Z]+$"}""");
    assertThat(code.constraints().minLength()).hasValue(2);
    assertThat(code.constraints().maxLength()).hasValue(8);
    assertThat(code.constraints().pattern()).contains("^[A-Z]+$");
  }

  @Test
  void defaultIsAPlainJavaValue() {
    assertThat(field("retries", "{\"type\": \"integer\", \"default\": 3}").defaultValue()).contains(3);
    assertThat(field("tags", "{\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"default\": [\"a\"]}")
        .defaultValue()).contains(List.of("a"));
    assertThat(field("notes", "{\"type\": \"string\"}").defaultValue()).isEmpty();
  }

  @Test
  void descriptionIsKept() {
    assertThat(field("notes", """
        {"type": "string", "description": "Free text from the agent"}""").description())
        .contains("Free text from the agent");
  }

  @Test
  void extensionDeclaresAReference() {
    FieldDef agent = field("agent_id", """
        {"type": "integer", "x-foreign-key": "users.id"}""");
    assertThat(agent.reference()).contains(new Reference("users", "id", Reference.Rule.EXTENSION));
    FieldDef queue = field("queue", """
        {"type": "string", "x-switchboard-reference": {"resource": "queues"}}""");
    assertThat(queue.reference()).contains(new Reference("queues", "", Reference.Rule.EXTENSION));
  }

  @Test
  void nonObjectSchemaHasNoFields() {
    assertThat(fieldsOfThing("\"Thing\": {\"type\": \"string\"}")).isEmpty();
  }
}
