package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserDataDirectoryTest {

  private static final Path HOME = Path.of("/home/dana");

  @Test
  void linuxDataGoesToTheXdgDataFolder() {
    assertThat(UserDataDirectory.of("Linux", Map.of(), HOME)).isEqualTo(Path.of("/home/dana/.local/share/switchboard"));
    assertThat(UserDataDirectory.of("Linux", Map.of("XDG_DATA_HOME", "/srv/data"), HOME))
        .isEqualTo(Path.of("/srv/data/switchboard"));
    assertThat(UserDataDirectory.of("Linux", Map.of("XDG_DATA_HOME", "data"), HOME)).as("relative: ignored")
        .isEqualTo(Path.of("/home/dana/.local/share/switchboard"));
  }

  @Test
  void macAndWindowsUseTheirOwnDataFolders() {
    assertThat(UserDataDirectory.of("Mac OS X", Map.of(), HOME))
        .isEqualTo(Path.of("/home/dana/Library/Application Support/Switchboard"));
    assertThat(UserDataDirectory.of("Windows 11", Map.of("LOCALAPPDATA", "/c/Users/dana/AppData/Local"), HOME))
        .isEqualTo(Path.of("/c/Users/dana/AppData/Local/Switchboard"));
  }

  @Test
  void aChosenSettingsFolderHoldsTheDataTooUnlessADataFolderIsChosen() {
    String config = System.getProperty(ConfigDirectory.PROPERTY);
    String data = System.getProperty(UserDataDirectory.PROPERTY);
    try {
      System.setProperty(ConfigDirectory.PROPERTY, "/tmp/portable");
      System.clearProperty(UserDataDirectory.PROPERTY);
      assertThat(UserDataDirectory.current()).isEqualTo(Path.of("/tmp/portable"));
      System.setProperty(UserDataDirectory.PROPERTY, "/tmp/data");
      assertThat(UserDataDirectory.current()).isEqualTo(Path.of("/tmp/data"));
    } finally {
      restore(ConfigDirectory.PROPERTY, config);
      restore(UserDataDirectory.PROPERTY, data);
    }
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }
}
