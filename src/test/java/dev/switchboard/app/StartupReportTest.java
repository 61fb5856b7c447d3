package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StartupReportTest {

  @Test
  void aMarkerIsOneLineWithTheMomentTheWallClockAndTheProcesssCpuTimeInMilliseconds() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    long before = System.currentTimeMillis();
    new StartupReport(new PrintStream(bytes, true, StandardCharsets.UTF_8), true).mark("first-frame");
    String[] line = bytes.toString(StandardCharsets.UTF_8).strip().split(" ");

    assertThat(line).hasSize(4);
    assertThat(line[0]).isEqualTo("switchboard-startup");
    assertThat(line[1]).isEqualTo("first-frame");
    assertThat(Long.parseLong(line[2])).isBetween(before, System.currentTimeMillis());
    assertThat(Long.parseLong(line[3])).isPositive();
  }

  @Test
  void nothingIsPrintedUnlessAskedFor() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new StartupReport(new PrintStream(bytes, true, StandardCharsets.UTF_8), false).mark("first-frame");
    assertThat(bytes.size()).isZero();
  }
}
