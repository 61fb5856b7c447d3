package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.viewmodel.ActivityEntry;
import dev.switchboard.viewmodel.ActivityFilter;
import dev.switchboard.viewmodel.ActivityLog;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2ActivityLogTest {

  @TempDir
  Path folder;

  private H2ActivityLog log;

  private H2ActivityLog open() {
    log = H2ActivityLog.inFolder(folder, Executors.newSingleThreadExecutor());
    return log;
  }

  @AfterEach
  void close() {
    if (log != null) {
      log.close();
    }
  }

  static ActivityEntry entry(String time, String backend, String user, String resource, String id) {
    return new ActivityEntry(Instant.parse(time), backend, user, resource, id, "Record " + id, "Update",
        List.of(new ActivityEntry.Change("status", "Status", "open", "closed"),
            new ActivityEntry.Change("notes", "Notes", "", "Line one,\n\"quoted\" line two")),
        Optional.empty());
  }

  private static final ActivityEntry A = entry("2025-03-01T09:00:00Z", "http://one", "agent", "calls", "1");
  private static final ActivityEntry B = entry("2025-03-02T10:30:00.123456Z", "http://one", "admin", "users", "7");
  private static final ActivityEntry C = new ActivityEntry(Instant.parse("2025-03-03T08:00:00Z"), "http://two",
      "agent", "calls", "1", "", "Delete", List.of(), Optional.of("The call was not found. Reload the table."));

  private void appendAll(ActivityLog into) {
    for (ActivityEntry e : List.of(A, B, C)) {
      into.append(e).join();
    }
  }

  private List<ActivityEntry> query(ActivityFilter filter) {
    return log.query(filter).join();
  }

  @Test
  void appendedEntriesReadBackWithEveryPartNewestFirst() {
    appendAll(open());
    assertThat(query(ActivityFilter.ALL)).containsExactly(C, B, A);
    assertThat(Files.exists(folder.resolve("activity.mv.db"))).isTrue();
  }

  @Test
  void listenersHearOfEachStoredEntryUntilTheyStopAndAFailingOneLosesNothing() throws Exception {
    open();
    java.util.concurrent.atomic.AtomicInteger heard = new java.util.concurrent.atomic.AtomicInteger();
    AutoCloseable failing = log.onAppended(() -> {
      throw new IllegalStateException("a view that broke");
    });
    AutoCloseable following = log.onAppended(heard::incrementAndGet);
    log.append(A).join();
    log.append(B).join();
    following.close();
    failing.close();
    log.append(C).join();

    assertThat(heard.get()).isEqualTo(2);
    assertThat(query(ActivityFilter.ALL)).containsExactly(C, B, A);
  }

  @Test
  void queriesNarrowByBackendUserResourceRecordAndPeriod() {
    appendAll(open());
    assertThat(query(ActivityFilter.ALL.withBackend(Optional.of("http://two")))).containsExactly(C);
    assertThat(query(ActivityFilter.ALL.withUser(Optional.of("agent")))).containsExactly(C, A);
    assertThat(query(ActivityFilter.ALL.withResource(Optional.of("users")))).containsExactly(B);
    assertThat(query(ActivityFilter.ALL.withResource(Optional.of("calls")).withRecordId(Optional.of("1"))))
        .containsExactly(C, A);
    assertThat(query(ActivityFilter.ALL.withPeriod(Optional.of(Instant.parse("2025-03-02T00:00:00Z")),
        Optional.of(Instant.parse("2025-03-03T08:00:00Z"))))).containsExactly(B);
    assertThat(query(ActivityFilter.ALL.withLimit(2))).containsExactly(C, B);
  }

  @Test
  void facetsListTheBackendsUsersAndResourcesThatHaveEntries() {
    appendAll(open());
    assertThat(log.facets().join()).isEqualTo(new ActivityLog.Facets(List.of("http://one", "http://two"),
        List.of("admin", "agent"), List.of("calls", "users")));
  }

  @Test
  void aReopenedFileStillHasTheEntries() {
    appendAll(open());
    log.close();
    assertThat(open().query(ActivityFilter.ALL).join()).containsExactly(C, B, A);
  }

  @Test
  void theStoreHasNoWayToChangeOrRemoveARow() throws Exception {
    List<String> callable = Arrays.stream(H2ActivityLog.class.getDeclaredMethods())
        .filter(m -> !Modifier.isPrivate(m.getModifiers()) && !m.isSynthetic()).map(Method::getName).sorted()
        .toList();
    assertThat(callable).containsExactly("append", "close", "facets", "inFolder", "onAppended", "query");
    String source = Files.readString(Path.of("src/main/java/dev/switchboard/app/H2ActivityLog.java"));
    for (String changing : List.of("UPDATE ", "DELETE ", "MERGE ", "DROP ", "TRUNCATE ", "ALTER ", "REPLACE ")) {
      assertThat(source.toUpperCase(java.util.Locale.ROOT)).as("SQL that changes rows").doesNotContain(changing);
    }
  }
}
