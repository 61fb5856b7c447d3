package dev.switchboard.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.model.AdminApi;
import dev.switchboard.model.OperationKind;
import dev.switchboard.model.SecurityDef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link SecurityReader}. */
class SecurityReaderTest {

  private static AdminApi withSchemes(String schemes, String globalSecurity, String operationSecurity) {
    return InlineDocs.infer("{\"openapi\":\"3.0.2\",\"info\":{\"title\":\"T\",\"version\":\"1\"},"
        + (globalSecurity.isEmpty() ? "" : "\"security\":" + globalSecurity + ",")
        + "\"paths\":{\"/things/{id}\":{\"get\":{" + (operationSecurity.isEmpty() ? "" : "\"security\":"
        + operationSecurity + ",") + "\"responses\":{\"200\":{\"description\":\"ok\"}}}}},"
        + "\"components\":{\"securitySchemes\":{" + schemes + "}}}");
  }

  private static final String OAUTH = "\"OAuth2PasswordBearer\":{\"type\":\"oauth2\",\"flows\":{\"password\":"
      + "{\"tokenUrl\":\"api/v1/auth/token\",\"scopes\":{\"calls:read\":\"Read calls\",\"calls:write\":\"Change calls\"}}}}";

  @Test
  void oauth2PasswordTokenUrlIsResolvedAgainstTheDocumentUrl() {
    SecurityDef oauth = withSchemes(OAUTH, "", "").security().get(0);
    assertThat(oauth.type()).isEqualTo(SecurityDef.Type.OAUTH2_PASSWORD);
    assertThat(oauth.tokenUrl()).contains("http://api.test/api/v1/auth/token");
    assertThat(oauth.scopes()).containsExactly(Map.entry("calls:read", "Read calls"),
        Map.entry("calls:write", "Change calls"));
  }

  @Test
  void relativeTokenUrlResolvesAgainstTheServerNotTheDocumentsFolder() {
    assertThat(SecurityReader.resolveUrl("api/v1/auth/token",
        java.net.URI.create("http://localhost:8000/api/v1/openapi.json"), java.util.Optional.of("http://localhost:8000")))
        .isEqualTo("http://localhost:8000/api/v1/auth/token");
    assertThat(SecurityReader.resolveUrl("token", java.net.URI.create("http://localhost:8000/api/v1/openapi.json"),
        java.util.Optional.of("http://localhost:8000/api"))).isEqualTo("http://localhost:8000/api/token");
  }

  @Test
  void relativeTokenUrlOfAFileDocumentResolvesAgainstAnAbsoluteServer() {
    assertThat(SecurityReader.resolveUrl("token", java.net.URI.create("file:///tmp/openapi.json"),
        java.util.Optional.of("https://api.example.com/v1"))).isEqualTo("https://api.example.com/v1/token");
    assertThat(SecurityReader.resolveUrl("token", java.net.URI.create("file:///tmp/openapi.json"),
        java.util.Optional.empty())).isEqualTo("token");
  }

  @Test
  void bearerBasicAndApiKeysAreRecognised() {
    List<SecurityDef> schemes = withSchemes("\"b\":{\"type\":\"http\",\"scheme\":\"bearer\"},"
        + "\"basic\":{\"type\":\"http\",\"scheme\":\"Basic\"},"
        + "\"API Key\":{\"type\":\"apiKey\",\"in\":\"header\",\"name\":\"X-API-KEY\"},"
        + "\"q\":{\"type\":\"apiKey\",\"in\":\"query\",\"name\":\"api_key\"},"
        + "\"c\":{\"type\":\"apiKey\",\"in\":\"cookie\",\"name\":\"session\"}", "", "").security();
    assertThat(schemes).extracting(SecurityDef::type).containsExactly(SecurityDef.Type.HTTP_BEARER,
        SecurityDef.Type.HTTP_BASIC, SecurityDef.Type.API_KEY, SecurityDef.Type.API_KEY, SecurityDef.Type.API_KEY);
    assertThat(schemes.get(2).in()).contains("header");
    assertThat(schemes.get(2).paramName()).contains("X-API-KEY");
    assertThat(schemes.get(4).in()).contains("cookie");
  }

  @Test
  void openIdConnectAndOtherOauthFlowsAreUnsupportedWithAReason() {
    List<SecurityDef> schemes = withSchemes("\"oidc\":{\"type\":\"openIdConnect\",\"openIdConnectUrl\":\"https://x\"},"
        + "\"implicit\":{\"type\":\"oauth2\",\"flows\":{\"implicit\":{\"authorizationUrl\":\"https://x\",\"scopes\":{}}}}",
        "", "").security();
    assertThat(schemes).allSatisfy(s -> {
      assertThat(s.type()).isEqualTo(SecurityDef.Type.UNSUPPORTED);
      assertThat(s.description()).hasValueSatisfying(d -> assertThat(d).contains("not supported"));
    });
  }

  @Test
  void operationScopesComeFromItsOwnSecurityElseTheGlobalOne() {
    AdminApi own = withSchemes(OAUTH, "[{\"OAuth2PasswordBearer\":[\"calls:read\"]}]",
        "[{\"OAuth2PasswordBearer\":[\"calls:write\"]}]");
    assertThat(own.resources().get(0).operation(OperationKind.GET).orElseThrow().security().scopes())
        .containsExactly("calls:write");
    AdminApi global = withSchemes(OAUTH, "[{\"OAuth2PasswordBearer\":[\"calls:read\"]}]", "");
    assertThat(global.resources().get(0).operation(OperationKind.GET).orElseThrow().security().scopes())
        .containsExactly("calls:read");
  }

  @Test
  void emptySecurityOnAnOperationMakesItPublic() {
    AdminApi api = withSchemes(OAUTH, "[{\"OAuth2PasswordBearer\":[\"calls:read\"]}]", "[]");
    assertThat(api.resources().get(0).operation(OperationKind.GET).orElseThrow().security().anonymousAllowed())
        .isTrue();
  }

  @Test
  void requirementNamingAnUndefinedSchemeIsReported() {
    AdminApi api = withSchemes(OAUTH, "", "[{\"Missing\":[]}]");
    assertThat(api.diagnostics()).anySatisfy(d -> {
      assertThat(d.path()).isEqualTo("/things/{id}");
      assertThat(d.message()).contains("'Missing'");
    });
  }
}
