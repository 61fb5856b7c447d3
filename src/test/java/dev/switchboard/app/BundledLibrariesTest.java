package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.view.shell.About;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledLibrariesTest {

  private static List<About.Library> parse(String text) throws IOException {
    return BundledLibraries.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void eachLineIsOneLibrarySortedByName() throws IOException {
    List<About.Library> libraries = parse("""
        okhttp\tcom.squareup.okhttp3:okhttp-jvm\t5.5.1\tApache-2.0\thttps://square.github.io/okhttp/
        H2 Database Engine\tcom.h2database:h2\t2.5.252\tEPL 1.0; MPL 2.0\thttps://h2database.com
        """);

    assertThat(libraries).containsExactly(
        new About.Library("H2 Database Engine", "com.h2database:h2", "2.5.252", "EPL 1.0; MPL 2.0",
            "https://h2database.com"),
        new About.Library("okhttp", "com.squareup.okhttp3:okhttp-jvm", "5.5.1", "Apache-2.0",
            "https://square.github.io/okhttp/"));
  }

  @Test
  void jarsOfOneProjectAreToldApartByTheirArtifact() throws IOException {
    List<About.Library> libraries = parse("""
        Ikonli\torg.kordamp.ikonli:ikonli-core\t12.4.0\tApache-2.0\t
        Ikonli\torg.kordamp.ikonli:ikonli-javafx\t12.4.0\tApache-2.0\t
        """);

    assertThat(libraries).extracting(About.Library::name).containsExactly("ikonli-core", "ikonli-javafx");
  }

  @Test
  void aLibraryListedTwiceIsShownOnce() throws IOException {
    assertThat(parse("""
        javafx base\torg.openjfx:javafx-base\t21.0.11\tGPLv2+CE\t
        javafx base\torg.openjfx:javafx-base\t21.0.11\tGPLv2+CE\t
        """)).hasSize(1);
  }

  @Test
  void theBuildWritesTheListIntoTheAppsResources() {
    assertThat(BundledLibraries.read()).extracting(About.Library::coordinates)
        .contains("com.fasterxml.jackson.core:jackson-databind", "org.openjfx:javafx-graphics");
  }
}
