package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The desktop app's options read without picocli must mean exactly what picocli reads from them. */
class GuiLineTest {

  private static void readsAsPicocliDoes(String... args) {
    GuiOptions fast = GuiLine.read(List.of(args)).orElseThrow();
    GuiOptions picocli = SwitchboardCommand.parse(List.of(args));
    assertThat(fast).usingRecursiveComparison().isEqualTo(picocli);
  }

  @Test
  void everyOptionReadsAsPicocliReadsIt() {
    readsAsPicocliDoes();
    readsAsPicocliDoes("--demo");
    readsAsPicocliDoes("--demo", "viewer", "--theme", "DARK");
    readsAsPicocliDoes("--demo", "--smoke-test", "--report-startup");
    readsAsPicocliDoes("--smoke-test", "--demo", "agent", "--open", "users");
    readsAsPicocliDoes("--connect", "http://localhost:8000", "--user", "dana", "--password-env", "PW");
    readsAsPicocliDoes("--connect=http://localhost:8000", "--theme=light", "--demo-in-memory");
    readsAsPicocliDoes("--demo-in-memory", "--demo-token-seconds", "5", "--demo");
  }

  @Test
  void anythingElseIsLeftToPicocliToExplain() {
    assertThat(GuiLine.read(List.of("--help"))).isEmpty();
    assertThat(GuiLine.read(List.of("--version"))).isEmpty();
    assertThat(GuiLine.read(List.of("describe", "openapi.json"))).isEmpty();
    assertThat(GuiLine.read(List.of("--demo", "--colour", "red"))).isEmpty();
    assertThat(GuiLine.read(List.of("--theme", "purple"))).isEmpty();
    assertThat(GuiLine.read(List.of("--connect"))).isEmpty();
    assertThat(GuiLine.read(List.of("--smoke-test=yes"))).isEmpty();
  }
}
