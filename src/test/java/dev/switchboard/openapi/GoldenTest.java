package dev.switchboard.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.model.AdminApi;
import dev.switchboard.testing.FastApiServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole-document inference, checked against readable golden files in {@code src/test/resources/golden}:
 * the {@code describe} text of each fixture, and of the real FastAPI 0.92 test app.
 *
 * <p>When inference changes on purpose, regenerate with {@code ./mvnw test -Dtest=GoldenTest
 * -Dgolden.update=true} and review the diff like code. A missing golden file fails in CI.
 */
class GoldenTest {

  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "pydantic-v2-anyof.json",
      "pydantic-v1-optional.json",
      "openapi30-nullable.yaml",
      "pagination-styles.yaml",
      "fastapi-filter.json",
      "security-schemes.yaml",
      "nested-and-arrays.json",
      "relative-refs/main.yaml"})
  void fixtureDescribesAsItsGoldenFile(String fixture) throws Exception {
    AdminApi api = OpenApiReader.read(DocumentLoader.withDefaults(),
        DocumentSource.of(FIXTURES.resolve(fixture).toString()));
    assertMatchesGolden(fixture.replace('/', '-') + ".txt", DescribeText.write(api));
  }

  @Test
  void realFastApiAppDescribesAsItsGoldenFile() throws Exception {
    FastApiServer.requireFastApi();
    try (FastApiServer server = FastApiServer.start(FastApiServer.testApp())) {
      AdminApi api = OpenApiReader.read(DocumentLoader.withDefaults(),
          DocumentSource.of(server.openApiUrl().toString()));
      // The port changes on every run; the golden file names it PORT.
      String text = DescribeText.write(api).replace(server.baseUrl(), "http://127.0.0.1:PORT");
      assertMatchesGolden("fastapi-0.92-app.txt", text);
    }
  }

  private static void assertMatchesGolden(String name, String actual) throws IOException {
    Path golden = GOLDEN.resolve(name);
    boolean update = Boolean.getBoolean("golden.update");
    if (update || !Files.exists(golden)) {
      assertThat(update || !"true".equals(System.getenv("CI")))
          .as("golden file %s is missing; generate it with -Dgolden.update=true and commit it", golden)
          .isTrue();
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(actual).as("describe text differs from %s (rerun with -Dgolden.update=true to accept)", golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
