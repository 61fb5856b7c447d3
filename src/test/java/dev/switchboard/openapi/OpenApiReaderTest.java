package dev.switchboard.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.model.AdminApi;
import dev.switchboard.model.ResourceDef;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules {@link OpenApiReader} applies itself: base URL, resource names and labels, title, leftovers. */
class OpenApiReaderTest {

  private static final String LIST = "{\"get\":{\"responses\":{\"200\":{\"description\":\"ok\",\"content\":"
      + "{\"application/json\":{\"schema\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"properties\":"
      + "{\"id\":{\"type\":\"string\"}}}}}}}},\"tags\":[\"%s\"]}}";

  private static String list(String tag) {
    return String.format(LIST, tag);
  }

  @Test
  void baseUrlIsTheFirstServerResolvedAgainstTheDocumentUrlWithVariablesFilledIn() throws Exception {
    var root = new ObjectMapper().readTree("{\"servers\":[{\"url\":\"https://{region}.example.com/v1/\","
        + "\"variables\":{\"region\":{\"default\":\"eu\"}}}]}");
    assertThat(OpenApiReader.baseUrl(root, URI.create("https://docs.example.com/openapi.json")))
        .contains("https://eu.example.com/v1");
    var relative = new ObjectMapper().readTree("{\"servers\":[{\"url\":\"/api\"}]}");
    assertThat(OpenApiReader.baseUrl(relative, URI.create("http://localhost:8000/openapi.json")))
        .contains("http://localhost:8000/api");
  }

  @Test
  void withoutServersAnHttpDocumentsBaseUrlIsItsOriginAndAFilesIsUnknown() throws Exception {
    var root = new ObjectMapper().readTree("{}");
    assertThat(OpenApiReader.baseUrl(root, URI.create("http://localhost:8000/api/v1/openapi.json")))
        .contains("http://localhost:8000");
    assertThat(OpenApiReader.baseUrl(root, URI.create("file:///tmp/openapi.json"))).isEmpty();
  }

  @Test
  void clashingNamesKeepThePlainNameForTheShortestPathAndSkipVersionPrefixes() {
    AdminApi api = InlineDocs.inferPaths("\"/v1/orders/\":" + list("orders") + ","
        + "\"/v1/customer-portal/orders/\":" + list("portal"), "");
    assertThat(api.resources()).extracting(ResourceDef::name).containsExactly("orders", "customer-portal-orders");
  }

  @Test
  void clashingNamesAtTheSameDepthAreAllQualified() {
    AdminApi api = InlineDocs.inferPaths("\"/api/v1/admin/notes\":" + list("a") + ","
        + "\"/api/v1/support/notes\":" + list("b"), "");
    assertThat(api.resources()).extracting(ResourceDef::name).containsExactly("admin-notes", "support-notes");
  }

  @Test
  void tagLabelsThatWouldClashFallBackToNameLabels() {
    AdminApi api = InlineDocs.inferPaths("\"/status_pages/\":" + list("Status Pages") + ","
        + "\"/status_pages/{id}/statuses\":" + list("Status Pages"), "");
    assertThat(api.resources()).extracting(ResourceDef::label).containsExactly("Status pages", "Statuses");
  }

  @Test
  void itemPathWithOnlyAPostIsReportedAsNoResource() {
    AdminApi api = InlineDocs.inferPaths("\"/password-recovery/{email}\":{\"post\":{\"responses\":"
        + "{\"200\":{\"description\":\"ok\"}}}}", "");
    assertThat(api.resources()).isEmpty();
    assertThat(api.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.path()).isEqualTo("/password-recovery/{email}");
      assertThat(d.message()).contains("Not a resource").contains("POST");
    });
  }

  @Test
  void theOAuthTokenPathIsUnderstoodAsTheLoginNotReported() {
    AdminApi api = InlineDocs.infer("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"T\",\"version\":\"1\"},"
        + "\"paths\":{\"/api/v1/auth/token\":{\"post\":{\"responses\":{\"200\":{\"description\":\"ok\"}}}}},"
        + "\"components\":{\"securitySchemes\":{\"o\":{\"type\":\"oauth2\",\"flows\":{\"password\":"
        + "{\"tokenUrl\":\"api/v1/auth/token\",\"scopes\":{}}}}}}}");
    assertThat(api.diagnostics()).isEmpty();
  }

  @Test
  void aDocumentWithoutTitleIsNamedAfterItsHost() {
    AdminApi api = InlineDocs.infer("{\"openapi\":\"3.0.2\",\"info\":{},\"paths\":{}}");
    assertThat(api.title()).isEqualTo("api.test");
    assertThat(api.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("no paths"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"pydantic-v2-anyof.json", "pydantic-v1-optional.json", "openapi30-nullable.yaml",
      "pagination-styles.yaml", "fastapi-filter.json", "security-schemes.yaml", "nested-and-arrays.json",
      "relative-refs/main.yaml"})
  void accessAloneIsWhatTheWholeInferenceAnswers(String fixture) throws Exception {
    DocumentLoader loader = DocumentLoader.withDefaults();
    DocumentSource source = DocumentSource.of(Path.of("src/test/resources/fixtures", fixture).toString());
    OpenApiReader reader = new OpenApiReader();
    OpenApiDocument document = loader.load(source);
    assertThat(reader.access(document)).isEqualTo(reader.infer(loader.load(source)).access());
  }

  @Test
  void accessReadsTheSchemesAndTheServerOfADocumentServedOverHttp() {
    AdminApi api = InlineDocs.infer("{\"openapi\":\"3.0.2\",\"info\":{},\"paths\":{},\"components\":"
        + "{\"securitySchemes\":{\"key\":{\"type\":\"apiKey\",\"in\":\"header\",\"name\":\"X-Key\"}}}}");
    assertThat(api.access().security()).singleElement().satisfies(s -> assertThat(s.name()).isEqualTo("key"));
    assertThat(api.access().baseUrl()).isEqualTo(api.baseUrl()).isPresent();
  }
}
