package dev.switchboard.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The tree JsonTreeReader reads, and FieldBuilder's plain values, are the mapper's, node for node. */
class JsonTreeReaderTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().setNodeFactory(TreeNodeFactory.INSTANCE);

  private static final List<String> VALUES = List.of(
      "{}", "[]", "null", "true", "\"text\"", "0", "-7", "2147483647", "2147483648", "-9223372036854775808",
      "9223372036854775808", "123456789012345678901234567890", "0.0", "-0.0", "1.5", "1e3", "2.5E-7",
      "1e400", "0.1000000000000000055511151231257827", "3.14159265358979323846264338327950288",
      "{\"a\": 1, \"b\": [1, 2.0, \"x\", null, {\"c\": false}], \"d\": {\"e\": {\"f\": []}}}",
      "{\"same\": 1, \"other\": 2, \"same\": {\"last\": true}}",
      "{\"unicode\": \"caf\\u00e9 \\ud83d\\ude00 \u00fc\", \"escapes\": \"\\\"\\\\/\\b\\f\\n\\r\\t\"}",
      "[[[[[[1]]]]], {\"\": \"empty key\"}]");

  private static JsonNode read(String json) throws Exception {
    return new JsonTreeReader(TreeNodeFactory.INSTANCE).read(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void valuesOfEveryKindReadAsTheMapperReadsThem() throws Exception {
    for (String json : VALUES) {
      JsonNode expected = MAPPER.readTree(json);
      assertThat(read(json)).as(json).isEqualTo(expected);
      assertThat(FieldBuilder.plain(read(json))).as(json).isEqualTo(MAPPER.convertValue(expected, Object.class));
    }
  }

  @Test
  void wholeDocumentsReadAsTheMapperReadsThem() throws Exception {
    List<Path> documents = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/fixtures"))) {
      files.filter(f -> f.toString().endsWith(".json")).forEach(documents::add);
    }
    assertThat(documents).hasSizeGreaterThan(3);
    for (Path document : documents) {
      byte[] bytes = Files.readAllBytes(document);
      JsonNode expected;
      try {
        expected = MAPPER.readTree(bytes);
      } catch (JsonProcessingException broken) {
        assertThatThrownBy(() -> new JsonTreeReader(TreeNodeFactory.INSTANCE).read(bytes))
            .as(document.toString()).isInstanceOf(JsonProcessingException.class);
        continue;
      }
      assertThat(new JsonTreeReader(TreeNodeFactory.INSTANCE).read(bytes)).as(document.toString())
          .isEqualTo(expected);
    }
  }

  @Test
  void textAfterTheValueAndMalformedTextAreParseErrorsWithTheirPlace() {
    assertThatThrownBy(() -> read("{\"a\": 1} {\"b\": 2}")).isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("Trailing token");
    assertThatThrownBy(() -> read("{\"a\": [1, 2}")).isInstanceOf(JsonProcessingException.class)
        .satisfies(e -> assertThat(((JsonProcessingException) e).getLocation().getLineNr()).isEqualTo(1));
    assertThatThrownBy(() -> read("{\"a\": ")).isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("end-of-input");
  }
  private static JsonNode readForTheEngine(String json) throws Exception {
    return JsonTreeReader.withoutMediaTypeExamples(TreeNodeFactory.INSTANCE)
        .read(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theLoadersReaderLeavesOutTheExamplesOfMediaTypesOnly() throws Exception {
    JsonNode root = readForTheEngine("""
        {'paths': {'/calls': {'get': {'responses': {'200': {'content': {
          'application/json': {'schema': {'type': 'array', 'example': [1]}, 'example': [{'id': 1}],
            'examples': {'one': {'value': {'id': 1}}}, 'encoding': {}},
          'text/csv': {'example': 'id', 'schema': {'type': 'string'}}}}}}}}}
        """);
    JsonNode content = root.at("/paths/~1calls/get/responses/200/content");
    JsonNode json = content.path("application/json");
    assertThat(json.has("example")).isFalse();
    assertThat(json.has("examples")).isFalse();
    assertThat(content.path("text/csv").has("example")).isFalse();
    // The rest of the media type, and a schema's own example, stay.
    assertThat(json.has("encoding")).isTrue();
    assertThat(json.at("/schema/example")).isEqualTo(MAPPER.readTree("[1]"));
    assertThat(content.at("/text~1csv/schema/type").asText()).isEqualTo("string");
  }

  @Test
  void namesThatOnlyLookLikeMediaTypeExamplesStay() throws Exception {
    String json = """
        {'components': {'schemas': {'Template': {'type': 'object', 'properties': {
          'example': {'type': 'string'}, 'examples': {'type': 'array'},
          'content': {'type': 'object', 'properties': {'example': {'type': 'string'}}}}},
          'Page': {'type': 'object', 'default': {'content': {'text/plain': {'example': 'kept'}}},
            'enum': [{'content': {'a/b': {'examples': 1}}}],
            'x-sample': {'content': {'a/b': {'example': 1}}}}}}}
        """;
    JsonNode root = readForTheEngine(json);
    JsonNode template = root.at("/components/schemas/Template/properties");
    assertThat(template.has("example")).isTrue();
    assertThat(template.has("examples")).isTrue();
    assertThat(template.at("/content/properties").has("example")).isTrue();
    // Inside literal values (a default, an enum) nothing is left out, whatever the keys.
    assertThat(root.at("/components/schemas/Page/default/content/text~1plain/example").asText()).isEqualTo("kept");
    assertThat(root.at("/components/schemas/Page/enum/0/content/a~1b").has("examples")).isTrue();
    // The reader the tests compare with the mapper reads everything.
    assertThat(read(json.replace('\'', '"'))).isEqualTo(MAPPER.readTree(json.replace('\'', '"')));
  }

  @Test
  void aMalformedExampleIsStillAParseError() {
    assertThatThrownBy(() -> readForTheEngine(
        "{'content': {'application/json': {'example': {'id': [1, 2}}}}"))
        .isInstanceOf(JsonProcessingException.class);
  }
}
