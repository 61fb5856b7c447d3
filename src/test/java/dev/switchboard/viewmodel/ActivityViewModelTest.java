package dev.switchboard.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActivityViewModelTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private final InMemoryActivityLog log = new InMemoryActivityLog();
  private final List<List<ActivityEntry>> exported = new ArrayList<>();
  private final ActivityExport export = (entries, file) -> {
    exported.add(entries);
    return CompletableFuture.completedFuture(null);
  };

  private static ActivityEntry entry(String time, String backend, String user, String resource, String id) {
    return new ActivityEntry(Instant.parse(time), backend, user, resource, id, "Record " + id, "Update",
        List.of(new ActivityEntry.Change("status", "Status", "open", "closed")), Optional.empty());
  }

  private final ActivityEntry early = entry("2026-11-23T23:30:00Z", "http://one", "agent", "calls", "1");
  private final ActivityEntry middle = entry("2026-11-24T12:00:00Z", "http://one", "admin", "users", "7");
  private final ActivityEntry late = entry("2026-11-25T08:00:00Z", "http://two", "agent", "calls", "1");

  @BeforeEach
  void fill() {
    List.of(early, middle, late).forEach(e -> log.append(e).join());
  }

  private ActivityViewModel all() {
    ActivityViewModel vm = ActivityViewModel.forAll(log, Runnable::run, BERLIN, export);
    vm.load();
    return vm;
  }

  @Test
  void everyEntryIsListedNewestFirstWithTheFiltersChoices() {
    ActivityViewModel vm = all();
    assertThat(vm.entries()).containsExactly(late, middle, early);
    assertThat(vm.backends()).containsExactly("http://one", "http://two");
    assertThat(vm.users()).containsExactly("admin", "agent");
    assertThat(vm.resources()).containsExactly("calls", "users");
    assertThat(vm.messageProperty().get()).isEqualTo("3 changes");
  }

  @Test
  void eachFilterNarrowsTheListAsSoonAsItIsSet() {
    ActivityViewModel vm = all();
    vm.backendProperty().set("http://one");
    assertThat(vm.entries()).containsExactly(middle, early);
    vm.userProperty().set("agent");
    assertThat(vm.entries()).containsExactly(early);
    vm.clearFilters();
    vm.resourceProperty().set("users");
    assertThat(vm.entries()).containsExactly(middle);
    vm.clearFilters();
    assertThat(vm.entries()).hasSize(3);
  }

  @Test
  void theDateRangeIsWholeDaysInTheUsersTimeZone() {
    ActivityViewModel vm = all();
    // 23:30 UTC on the 23rd is 00:30 on the 24th in Berlin
    vm.fromProperty().set(LocalDate.of(2026, 11, 24));
    vm.toProperty().set(LocalDate.of(2026, 11, 24));
    assertThat(vm.entries()).containsExactly(middle, early);
  }

  @Test
  void aRecordsHistoryHoldsOnlyThatRecordOnThatBackend() {
    ActivityViewModel history = ActivityViewModel.forRecord(log, Runnable::run, BERLIN, "http://one", "calls", "1");
    history.load();
    assertThat(history.entries()).containsExactly(early);
    assertThat(history.canExport()).isFalse();

    ActivityViewModel none = ActivityViewModel.forRecord(log, Runnable::run, BERLIN, "http://one", "calls", "2");
    none.load();
    assertThat(none.entries()).isEmpty();
    assertThat(none.messageProperty().get()).isEqualTo("No changes to this record were made through Switchboard yet.");
  }

  @Test
  void exportWritesEverythingTheFiltersLetThroughAndSaysWhere() {
    ActivityViewModel vm = all();
    vm.userProperty().set("agent");
    vm.exportTo(Path.of("/tmp/activity.csv"));
    assertThat(exported).containsExactly(List.of(late, early));
    assertThat(vm.messageProperty().get()).isEqualTo("Exported 2 changes to /tmp/activity.csv");
  }

  @Test
  void aFailedExportSaysWhatToDo() {
    ActivityViewModel vm = ActivityViewModel.forAll(log, Runnable::run, BERLIN,
        (entries, file) -> CompletableFuture.failedFuture(new java.io.UncheckedIOException(
            new java.io.IOException("/root/x.csv: Permission denied"))));
    vm.exportTo(Path.of("/root/x.csv"));
    assertThat(vm.messageProperty().get()).startsWith("Nothing was exported to /root/x.csv: ")
        .contains("Permission denied").endsWith("Choose a folder you can write to and export again.");
  }

  @Test
  void anAnswerThatArrivesAfterANewerRequestIsDropped() {
    List<CompletableFuture<List<ActivityEntry>>> answers = new ArrayList<>();
    ActivityLog slow = new ActivityLog() {
      @Override
      public CompletableFuture<Void> append(ActivityEntry entry) {
        return log.append(entry);
      }

      @Override
      public CompletableFuture<List<ActivityEntry>> query(ActivityFilter filter) {
        CompletableFuture<List<ActivityEntry>> answer = new CompletableFuture<>();
        answers.add(answer);
        return answer;
      }

      @Override
      public CompletableFuture<Facets> facets() {
        return log.facets();
      }
    };
    ActivityViewModel vm = ActivityViewModel.forAll(slow, Runnable::run, BERLIN, export);
    vm.load();
    vm.userProperty().set("admin");
    answers.get(1).complete(List.of(middle));
    answers.get(0).complete(List.of(late, middle, early));
    assertThat(vm.entries()).containsExactly(middle);
  }
}
