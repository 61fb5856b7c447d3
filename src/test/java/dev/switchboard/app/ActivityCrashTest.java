package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.viewmodel.ActivityEntry;
import dev.switchboard.viewmodel.ActivityFilter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: a real JVM saves through the recording client and is killed (no shutdown hooks, nothing closed)
 * the moment the save returned; the entry is in the reopened file.
 */
class ActivityCrashTest {

  @TempDir
  Path folder;

  @Test
  void anEntryWhoseSaveReturnedSurvivesTheProcessBeingKilledRightAfter() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        ActivityCrashMain.class.getName(), folder.toString()).redirectErrorStream(true).start();
    String line;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      StringBuilder seen = new StringBuilder();
      while ((line = out.readLine()) != null && !line.equals("SAVED")) {
        seen.append(line).append('\n');
      }
      assertThat(line).as("the process saved; it printed:\n" + seen).isEqualTo("SAVED");
      process.destroyForcibly();
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    } finally {
      process.destroyForcibly();
    }

    H2ActivityLog reopened = H2ActivityLog.inFolder(folder, Executors.newSingleThreadExecutor());
    try {
      List<ActivityEntry> entries = reopened.query(ActivityFilter.ALL).join();
      assertThat(entries).hasSize(1);
      assertThat(entries.get(0).changes())
          .containsExactly(new ActivityEntry.Change("status", "Status", "open", "closed"));
      assertThat(entries.get(0).recordLabel()).isEqualTo("Printer on fire");
    } finally {
      reopened.close();
    }
  }
}
