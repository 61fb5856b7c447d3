package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogDirectoryTest {

  private static final Path HOME = Path.of("/home/dana");

  @Test
  void linuxLogsGoToTheXdgStateFolder() {
    assertThat(LogDirectory.of("Linux", Map.of(), HOME)).isEqualTo(Path.of("/home/dana/.local/state/switchboard/logs"));
    assertThat(LogDirectory.of("Linux", Map.of("XDG_STATE_HOME", "/var/state"), HOME))
        .isEqualTo(Path.of("/var/state/switchboard/logs"));
  }

  @Test
  void aRelativeXdgStateHomeIsIgnoredAsTheSpecSays() {
    assertThat(LogDirectory.of("Linux", Map.of("XDG_STATE_HOME", "state"), HOME))
        .isEqualTo(Path.of("/home/dana/.local/state/switchboard/logs"));
  }

  @Test
  void macAndWindowsUseTheirOwnLogFolders() {
    assertThat(LogDirectory.of("Mac OS X", Map.of(), HOME)).isEqualTo(Path.of("/home/dana/Library/Logs/Switchboard"));
    assertThat(LogDirectory.of("Windows 11", Map.of("LOCALAPPDATA", "/c/Users/dana/AppData/Local"), HOME))
        .isEqualTo(Path.of("/c/Users/dana/AppData/Local/Switchboard/Logs"));
  }
}
