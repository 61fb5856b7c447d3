package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OsColorSchemeTest {

  private static OsColorScheme.Runner answering(String command, String output) {
    return cmd -> cmd.get(0).equals(command) ? Optional.of(output) : Optional.empty();
  }

  @Test
  void gnomesPreferDarkMeansDark() {
    assertThat(OsColorScheme.prefersDark("linux", Map.of(), answering("gsettings", "'prefer-dark'\n"))).isTrue();
    assertThat(OsColorScheme.prefersDark("linux", Map.of(), answering("gsettings", "'default'\n"))).isFalse();
  }

  @Test
  void aDarkGtkThemeIsEnoughWithoutAsking() {
    assertThat(OsColorScheme.prefersDark("linux", Map.of("GTK_THEME", "Adwaita:dark"), cmd -> {
      throw new AssertionError("should not run " + cmd);
    })).isTrue();
  }

  @Test
  void macAndWindowsAreAskedTheirOwnWay() {
    assertThat(OsColorScheme.prefersDark("mac os x", Map.of(), answering("defaults", "Dark\n"))).isTrue();
    assertThat(OsColorScheme.prefersDark("windows 11", Map.of(),
        answering("reg", "    AppsUseLightTheme    REG_DWORD    0x0\n"))).isTrue();
    assertThat(OsColorScheme.prefersDark("windows 11", Map.of(),
        answering("reg", "    AppsUseLightTheme    REG_DWORD    0x1\n"))).isFalse();
  }

  @Test
  void noAnswerMeansLight() {
    assertThat(OsColorScheme.prefersDark("linux", Map.of(), cmd -> Optional.empty())).isFalse();
    assertThat(OsColorScheme.prefersDark("freebsd", Map.of(), cmd -> Optional.empty())).isFalse();
  }
}
