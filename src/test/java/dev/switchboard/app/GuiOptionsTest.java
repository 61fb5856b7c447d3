package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The app's start-up options are checked before any window opens; mistakes get one clear line and exit 2. */
class GuiOptionsTest {

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
  }

  @Test
  void anUnknownDemoAccountIsRefusedNamingTheChoices() {
    assertThat(run("--demo", "boss")).isEqualTo(2);
    assertThat(err.toString()).contains("--demo takes admin, agent or viewer, not 'boss'");
  }

  @Test
  void connectAndDemoTogetherAreRefused() {
    assertThat(run("--demo", "--connect", "http://localhost:8000")).isEqualTo(2);
    assertThat(err.toString()).contains("--connect and --demo");
  }

  @Test
  void aPasswordVariableThatIsNotSetIsRefused() {
    assertThat(run("--connect", "http://localhost:8000", "--password-env", "SWITCHBOARD_SURELY_UNSET_42"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("SWITCHBOARD_SURELY_UNSET_42").contains("not set");
  }

  @Test
  void theAppReadsTheSameOptionsFromItsRawParameters() {
    GuiOptions parsed = SwitchboardCommand.parse(List.of("--demo", "viewer", "--theme", "DARK", "--user", "dana"));
    assertThat(parsed.demo()).hasValue("viewer");
    assertThat(parsed.theme).isEqualTo(GuiOptions.ThemeChoice.DARK);
    assertThat(parsed.user()).hasValue("dana");
    assertThat(SwitchboardCommand.parse(List.of("--demo")).demo()).hasValue("admin");
  }

  @Test
  void theSmokeTestOpensTheInMemoryDemoAsAdminWithItsCalls() {
    GuiOptions parsed = SwitchboardCommand.parse(List.of("--smoke-test"));
    assertThat(parsed.demo()).hasValue("admin");
    assertThat(parsed.open()).hasValue("calls");
    assertThat(parsed.demoInMemory()).isTrue();
    assertThat(SwitchboardCommand.parse(List.of("--smoke-test", "--demo", "viewer")).demo()).hasValue("viewer");
  }

  @Test
  void theSmokeTestRefusesAnotherBackend() {
    assertThat(run("--smoke-test", "--connect", "http://localhost:8000")).isEqualTo(2);
    assertThat(err.toString()).contains("--smoke-test opens the built-in demo; leave out --connect");
  }

  @Test
  void withoutTheSmokeTestNothingIsOpenedUnlessAsked() {
    GuiOptions plain = SwitchboardCommand.parse(List.of("--demo"));
    assertThat(plain.open()).isEmpty();
    assertThat(plain.demoInMemory()).isFalse();
    assertThat(SwitchboardCommand.parse(List.of("--open", "users")).open()).hasValue("users");
  }
}
