package dev.switchboard.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.switchboard.model.AdminApi;
import dev.switchboard.model.Diagnostic;
import dev.switchboard.model.FieldDef;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every document in {@code fixtures/bad} either is refused with one sentence naming the file and the problem,
 * or loads and becomes diagnostics naming what could not be understood.
 */
class BadInputTest {

  private static final Path BAD = bad();

  /** The bad fixtures this class covers; a new file in {@code fixtures/bad} needs a test here. */
  private static final Set<String> COVERED = Set.of("malformed.json", "malformed.yaml", "not-openapi.json",
      "empty.json", "html-page.json", "swagger2.json", "unresolvable-ref.json", "cyclic-ref.json", "no-paths.json",
      "unpaired-path.json");

  private final DocumentLoader loader = DocumentLoader.withDefaults();

  @TempDir
  Path temp;

  @Test
  void everyBadFixtureHasATest() throws IOException {
    try (Stream<Path> files = Files.list(BAD)) {
      assertThat(files.map(f -> f.getFileName().toString()).collect(Collectors.toSet()))
          .containsExactlyInAnyOrderElementsOf(COVERED);
    }
  }

  // --- refused -------------------------------------------------------------------------------------------

  @Test
  void malformedJsonNamesTheFileAndTheLineAndColumn() {
    Path file = BAD.resolve("malformed.json");

    assertThatThrownBy(() -> load(file))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith(file + " is not valid JSON at line ")
        .hasMessageMatching("(?s).* at line \\d+, column \\d+: .*end-of-input.*");
  }

  @Test
  void malformedYamlNamesTheFileTheLineOfTheTabAndTheProblem() {
    Path file = BAD.resolve("malformed.yaml");

    // Line 11 is the one indented with a tab.
    assertThatThrownBy(() -> load(file))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith(file + " is not valid YAML at line 11, column 1: ")
        .hasMessageContaining("TAB")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aJsonDocumentWithoutAnOpenapiFieldIsNotAnOpenApiDocument() {
    Path file = BAD.resolve("not-openapi.json");

    assertThatThrownBy(() -> load(file))
        .isInstanceOf(DocumentException.class)
        .hasMessage(file + " is not an OpenAPI document: it has no 'openapi' field. FastAPI serves its document"
            + " at /openapi.json.");
  }

  @Test
  void anEmptyFileIsCalledEmpty() {
    Path file = BAD.resolve("empty.json");

    assertThatThrownBy(() -> load(file))
        .isInstanceOf(DocumentException.class)
        .hasMessage(file + " is empty: expected an OpenAPI document in JSON or YAML.");
  }

  @Test
  void aFileOfBlanksIsCalledEmpty() throws IOException {
    Path file = Files.writeString(temp.resolve("blank.json"), " \n\t\r\n  ");

    assertThatThrownBy(() -> load(file))
        .isInstanceOf(DocumentException.class)
        .hasMessage(file + " is empty: expected an OpenAPI document in JSON or YAML.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"# only a comment\n", "---\n", "---\n# nothing here\n...\n"})
  void aYamlFileWithNoContentIsCalledEmpty(String text) throws IOException {
    Path file = Files.writeString(temp.resolve("nothing.yaml"), text);

    assertThatThrownBy(() -> load(file))
        .isInstanceOf(DocumentException.class)
        .hasMessage(file + " is empty: expected an OpenAPI document in JSON or YAML.");
  }

  @Test
  void anHtmlPageSaysItIsHtmlAndPointsAtOpenapiJson() {
    Path file = BAD.resolve("html-page.json");

    assertThatThrownBy(() -> load(file))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith(file + " is an HTML or XML page, not an OpenAPI document.")
        .hasMessageContaining("/openapi.json")
        .hasMessageNotContaining("JSON at line");
  }

  @Test
  void swagger2IsRefusedWithHowToConvertIt() {
    Path file = BAD.resolve("swagger2.json");

    assertThatThrownBy(() -> load(file))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith(file + " is a Swagger 2.0 document; Switchboard reads OpenAPI 3.0 and 3.1.")
        .hasMessageContaining("Convert it first")
        .hasMessageContaining("swagger2openapi");
  }

  @Test
  void aJsonArrayAtTheTopIsNotAnOpenApiDocument() throws IOException {
    Path file = Files.writeString(temp.resolve("array.json"), "[{\"openapi\": \"3.1.0\"}]");

    assertThatThrownBy(() -> load(file))
        .isInstanceOf(DocumentException.class)
        .hasMessage(file + " is not an OpenAPI document: expected an object at the top, found array.");
  }

  @Test
  void aYamlScalarAtTheTopIsNotAnOpenApiDocument() throws IOException {
    Path file = Files.writeString(temp.resolve("scalar.yaml"), "just some words\n");

    assertThatThrownBy(() -> load(file))
        .isInstanceOf(DocumentException.class)
        .hasMessage(file + " is not an OpenAPI document: expected an object at the top, found string.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.5", "4.0", "4.0.0", "3.2.0"})
  void anOpenApiVersionOtherThan30Or31IsRefusedNamingTheVersion(String version) throws IOException {
    Path file = Files.writeString(temp.resolve("v.json"),
        "{\"openapi\": \"" + version + "\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {}}");

    assertThatThrownBy(() -> load(file))
        .isInstanceOf(DocumentException.class)
        .hasMessage(file + " declares OpenAPI " + version + "; Switchboard reads 3.0.x and 3.1.x.");
  }

  @Test
  void anOpenApiVersionWrittenAsAYamlNumberIsRead() throws Exception {
    Path file = Files.writeString(temp.resolve("number.yaml"), "openapi: 3.1\ninfo: {title: t, version: '1'}\npaths: {}\n");

    assertThat(load(file).openapiVersion()).isEqualTo("3.1");
  }

  // --- loaded, with diagnostics --------------------------------------------------------------------------

  @Test
  void anUnresolvableRefLoadsAndADiagnosticNamesTheMissingRef() throws Exception {
    AdminApi api = new OpenApiReader().infer(load(BAD.resolve("unresolvable-ref.json")));

    assertThat(api.diagnostics()).extracting(Diagnostic::message)
        .anySatisfy(m -> assertThat(m).contains("'#/components/schemas/Missing'").contains("points to nothing"));
    // The item path still gives the fields it can read.
    assertThat(api.resource("widgets")).hasValueSatisfying(widgets ->
        assertThat(widgets.fields()).extracting(FieldDef::name).contains("id", "name", "color"));
  }

  @Test
  void cyclicRefsLoadTerminateAndADiagnosticMentionsTheLoop() throws Exception {
    OpenApiDocument doc = load(BAD.resolve("cyclic-ref.json"));

    AdminApi api = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new OpenApiReader().infer(doc));

    assertThat(api.diagnostics()).extracting(Diagnostic::message)
        .anySatisfy(m -> assertThat(m).contains("#/components/schemas/A").contains("#/components/schemas/B")
            .contains("loops back on itself"));
    // Legitimate recursion (a linked list) still gives its fields.
    assertThat(api.resource("nodes")).hasValueSatisfying(nodes ->
        assertThat(nodes.fields()).extracting(FieldDef::name).contains("id", "value", "next"));
  }

  @Test
  void aDocumentWithNoPathsGivesNoResourcesAndOneDiagnostic() throws Exception {
    AdminApi api = new OpenApiReader().infer(load(BAD.resolve("no-paths.json")));

    assertThat(api.resources()).isEmpty();
    assertThat(api.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.path()).isEqualTo("#/paths");
      assertThat(d.message()).contains("no paths");
    });
  }

  @Test
  void pathsThatFormNoResourceEachGiveADiagnostic() throws Exception {
    AdminApi api = new OpenApiReader().infer(load(BAD.resolve("unpaired-path.json")));

    assertThat(api.resources()).isEmpty();
    for (String path : List.of("/health", "/version")) {
      assertThat(api.diagnostics()).as(path).anySatisfy(d -> {
        assertThat(d.path()).isEqualTo(path);
        assertThat(d.message()).contains("Not part of any resource").contains("GET");
      });
    }
  }

  @Test
  void anUndefinedSecuritySchemeOnAPathThatFormsNoResourceGivesADiagnostic() throws Exception {
    AdminApi api = new OpenApiReader().infer(load(BAD.resolve("unpaired-path.json")));

    // GET /version requires 'AdminToken', which components.securitySchemes does not define.
    assertThat(api.diagnostics()).anySatisfy(d -> {
      assertThat(d.path()).isEqualTo("/version");
      assertThat(d.message()).contains("'AdminToken'").contains("does not define");
    });
  }

  private OpenApiDocument load(Path file) throws DocumentException {
    return loader.load(DocumentSource.of(file.toString()));
  }

  private static Path bad() {
    try {
      return Path.of(BadInputTest.class.getResource("/fixtures/bad").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void textAfterTheJsonDocumentIsAnError() {
    byte[] twoDocuments = "{\"openapi\":\"3.1.0\",\"paths\":{}}}{\"x\":1}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> DocumentLoader.withDefaults().parse(twoDocuments, DocumentSource.of("joined.json")))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("joined.json is not valid JSON");
  }
}
