package dev.switchboard.app;

import dev.switchboard.data.Record;
import dev.switchboard.data.RecordClient;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.testing.TicketForms;
import dev.switchboard.testing.UnsupportedRecordClient;
import dev.switchboard.viewmodel.RecordingRecordClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

/**
 * A process that saves one ticket through the recording client into the activity log in the folder {@code
 * args[0]}, prints {@code SAVED} once the save returned, and then waits to be killed: {@link ActivityCrashTest}
 * kills it there, the way a crash would, without closing anything.
 */
public final class ActivityCrashMain {

  private ActivityCrashMain() {}

  public static void main(String[] args) throws Exception {
    H2ActivityLog log = H2ActivityLog.inFolder(Path.of(args[0]), Executors.newSingleThreadExecutor());
    RecordClient backend = new UnsupportedRecordClient() {
      @Override
      public CompletableFuture<Record> update(ResourceDef resource, Record current, Map<String, ?> changes) {
        Map<String, Object> saved = new LinkedHashMap<>(current.values());
        saved.putAll(changes);
        return CompletableFuture.completedFuture(Record.of(saved));
      }
    };
    RecordClient records = new RecordingRecordClient(backend, log, "http://crash.test", () -> "agent",
        Clock.systemUTC());
    records.update(TicketForms.TICKETS, TicketForms.ticket(), Map.of("status", "closed")).join();
    System.out.println("SAVED");
    System.out.flush();
    Thread.sleep(60_000);
  }
}
