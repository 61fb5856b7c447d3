package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class LogSetupTest {

  private final PrintStream originalErr = System.err;
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();

  @AfterEach
  void restoreTheDefaultLogging() throws Exception {
    for (Handler handler : Logger.getLogger("").getHandlers()) {
      handler.close();
    }
    System.setErr(originalErr);
    LogManager.getLogManager().readConfiguration();
  }

  private void install(Path folder) {
    System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
    LogSetup.install(folder);
  }

  private static String fileText(Path folder) throws Exception {
    for (Handler handler : Logger.getLogger("").getHandlers()) {
      handler.flush();
    }
    return Files.readString(folder.resolve("switchboard0.log"));
  }

  @Test
  void httpExchangesGoToTheFileAndNeverToTheConsole(@TempDir Path folder) throws Exception {
    install(folder);
    LoggerFactory.getLogger("dev.switchboard.http.ExchangeLog").debug("--> GET http://api.example/calls/");
    LoggerFactory.getLogger("dev.switchboard.http.ExchangeLog").info("<-- 500 GET http://api.example/calls/");
    assertThat(fileText(folder)).contains("--> GET http://api.example/calls/", "<-- 500 GET");
    assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain("api.example");
  }

  @Test
  void switchboardsOwnNoticesShowOnTheConsoleToo(@TempDir Path folder) throws Exception {
    install(folder);
    LoggerFactory.getLogger("dev.switchboard.demo.DemoServer").info("Demo call center on http://127.0.0.1:8123");
    LoggerFactory.getLogger("org.example.Library").info("chatter from a library");
    String shown = console.toString(StandardCharsets.UTF_8);
    assertThat(shown).contains("Demo call center on http://127.0.0.1:8123").doesNotContain("chatter");
    assertThat(fileText(folder)).contains("Demo call center");
  }

  @Test
  void aFolderThatCannotBeWrittenLeavesTheConsoleAndSaysSo(@TempDir Path parent) throws Exception {
    Path notAFolder = Files.writeString(parent.resolve("file"), "x");
    install(notAFolder.resolve("logs"));
    assertThat(console.toString(StandardCharsets.UTF_8)).contains("cannot write its log in")
        .contains("-Dswitchboard.logDir");
  }
}
