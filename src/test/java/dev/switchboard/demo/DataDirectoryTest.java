package dev.switchboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

  private final Path home = Path.of("/home/ada");

  @Test
  void linuxUsesXdgDataHomeWhenItIsAnAbsolutePath() {
    assertThat(DataDirectory.of("Linux", Map.of("XDG_DATA_HOME", "/data"), home))
        .isEqualTo(Path.of("/data/switchboard/demo"));
  }

  @Test
  void linuxFallsBackToLocalShareWithoutXdgOrWithARelativeOne() {
    assertThat(DataDirectory.of("Linux", Map.of(), home)).isEqualTo(home.resolve(".local/share/switchboard/demo"));
    assertThat(DataDirectory.of("Linux", Map.of("XDG_DATA_HOME", "relative"), home))
        .isEqualTo(home.resolve(".local/share/switchboard/demo"));
  }

  @Test
  void macOsUsesApplicationSupport() {
    assertThat(DataDirectory.of("Mac OS X", Map.of(), home))
        .isEqualTo(home.resolve("Library/Application Support/Switchboard/demo"));
  }

  @Test
  void windowsUsesAppData() {
    assertThat(DataDirectory.of("Windows 11", Map.of("APPDATA", "/appdata"), home))
        .isEqualTo(Path.of("/appdata", "Switchboard", "demo"));
  }
}
