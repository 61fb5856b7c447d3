package dev.switchboard.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.Filter;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Record;
import dev.switchboard.data.Sort;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.FilterDef;
import dev.switchboard.model.FilterOp;
import dev.switchboard.model.ListCapabilities;
import dev.switchboard.model.Pagination;
import dev.switchboard.model.PagingStyle;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.model.SortDef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ResourceListViewModelTest {

  private static final FilterDef STATUS = new FilterDef("status", "status", FilterOp.EQ, FieldType.ENUM,
      List.of("missed", "completed"), false, false);
  private static final FilterDef STATUS_IN = new FilterDef("status__in", "status", FilterOp.IN, FieldType.ENUM,
      List.of("missed", "completed"), true, false);
  private static final ResourceDef CALLS = new ResourceDef("calls", "Calls", "calls", Optional.of("/calls/"),
      Optional.of("/calls/{call_id}"), Optional.of("call_id"), Optional.of("id"), List.of(), Map.of(), List.of(),
      Optional.of(new ListCapabilities(new Pagination(PagingStyle.PAGE_SIZE, Map.of("page", "page", "size", "size"),
          Optional.of("items"), Optional.of("total"), Optional.empty()),
          Optional.of(new SortDef("order_by", SortDef.Style.MINUS_PREFIX, true, Optional.empty(), List.of())),
          Optional.of("search"), List.of(STATUS, STATUS_IN))),
      List.of(), List.of(), List.of());

  private final InMemoryRecordClient client = new InMemoryRecordClient(calls(95));
  private final ManualScheduler time = new ManualScheduler();

  @BeforeAll
  static void englishNumbers() {
    Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
  }

  private static List<Record> calls(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> Record.of(Map.of("id", (long) i,
        "status", i % 3 == 0 ? "missed" : "completed", "queue", i % 10 == 0 ? "billing" : "support",
        "started_at", String.format("2026-11-%02dT10:00:00Z", 1 + i % 28)))).toList();
  }

  private ResourceListViewModel model(ListStateStore store) {
    return new ResourceListViewModel(CALLS, client, Runnable::run, new Debouncer(time, Duration.ofMillis(300)),
        store, 20);
  }

  private ResourceListViewModel model() {
    return model(ListStateStore.NONE);
  }

  private static List<Long> ids(ResourceListViewModel vm) {
    return vm.rows().stream().map(r -> (Long) r.get("id").orElseThrow()).toList();
  }

  @Test
  void theFirstPageSaysWhereItIsAndHowManyThereAre() {
    ResourceListViewModel vm = model();
    vm.load();
    assertThat(vm.rows()).hasSize(20);
    assertThat(vm.pageInfoProperty().get()).isEqualTo("Page 1 of 5 (95 calls)");
    assertThat(vm.canNextProperty().get()).isTrue();
    assertThat(vm.canPreviousProperty().get()).isFalse();
  }

  @Test
  void pagingForwardAndBackAsksForThosePages() {
    ResourceListViewModel vm = model();
    vm.load();
    vm.nextPage();
    vm.nextPage();
    assertThat(vm.pageInfoProperty().get()).isEqualTo("Page 3 of 5 (95 calls)");
    assertThat(ids(vm).get(0)).isEqualTo(41L);
    vm.previousPage();
    assertThat(ids(vm).get(0)).isEqualTo(21L);
    assertThat(client.asked).extracting(ListQuery::page).containsExactly(1, 2, 3, 2);
  }

  @Test
  void theLastPageHasNoNext() {
    ResourceListViewModel vm = model();
    vm.load();
    for (int i = 0; i < 10; i++) {
      vm.nextPage();
    }
    assertThat(vm.rows()).hasSize(15);
    assertThat(vm.canNextProperty().get()).isFalse();
    assertThat(client.asked).hasSize(5);
  }

  @Test
  void firstPageGoesBackToPageOneAndPreviousIsThenOff() {
    ResourceListViewModel vm = model();
    vm.load();
    vm.nextPage();
    vm.nextPage();
    vm.firstPage();
    assertThat(ids(vm).get(0)).isEqualTo(1L);
    assertThat(vm.canPreviousProperty().get()).isFalse();
    vm.firstPage();
    assertThat(client.asked).extracting(ListQuery::page).containsExactly(1, 2, 3, 1);
  }

  @Test
  void headerClicksCycleAscendingDescendingAndOffAndShiftAddsAKey() {
    ResourceListViewModel vm = model();
    vm.load();
    vm.sortBy("started_at", false);
    assertThat(vm.sortProperty().get()).containsExactly(Sort.ascending("started_at"));
    vm.sortBy("started_at", false);
    assertThat(vm.sortProperty().get()).containsExactly(Sort.descending("started_at"));
    vm.sortBy("status", true);
    assertThat(vm.sortProperty().get()).containsExactly(Sort.descending("started_at"), Sort.ascending("status"));
    vm.sortBy("started_at", false);
    assertThat(vm.sortProperty().get()).isEmpty();
    assertThat(client.asked.get(3).sort()).containsExactly(Sort.descending("started_at"), Sort.ascending("status"));
  }

  @Test
  void sortingFromAFarPageGoesBackToTheFirst() {
    ResourceListViewModel vm = model();
    vm.load();
    vm.nextPage();
    vm.sortBy("queue", false);
    assertThat(client.asked.get(client.asked.size() - 1).page()).isEqualTo(1);
    assertThat(vm.canPreviousProperty().get()).isFalse();
  }

  @Test
  void filtersNarrowTheRowsAndClearAllBringsThemBack() {
    ResourceListViewModel vm = model();
    vm.load();
    vm.setFilter(STATUS, List.of("missed"));
    assertThat(vm.pageInfoProperty().get()).isEqualTo("Page 1 of 2 (31 calls)");
    assertThat(vm.rows()).allSatisfy(r -> assertThat(r.get("status")).hasValue("missed"));
    assertThat(vm.filtersProperty().get()).containsOnlyKeys("status");
    vm.clearFilters();
    assertThat(vm.pageInfoProperty().get()).isEqualTo("Page 1 of 5 (95 calls)");
    assertThat(vm.filtersProperty().get()).isEmpty();
  }

  @Test
  void anEmptyFilterValueRemovesTheFilter() {
    ResourceListViewModel vm = model();
    vm.load();
    vm.setFilter(STATUS_IN, List.of("missed", "completed"));
    vm.setFilter(STATUS_IN, List.of());
    assertThat(vm.filtersProperty().get()).isEmpty();
    assertThat(client.asked.get(client.asked.size() - 1).filters()).isEmpty();
  }

  @Test
  void typingIsSentOnceWhenItPauses() {
    ResourceListViewModel vm = model();
    vm.load();
    for (String prefix : List.of("b", "bi", "bil", "bill")) {
      vm.searchTextProperty().set(prefix);
    }
    assertThat(client.asked).hasSize(1);
    assertThat(time.pendingCount()).isEqualTo(1);
    time.runPending();
    assertThat(client.asked).hasSize(2);
    assertThat(client.asked.get(1).search()).hasValue("bill");
    assertThat(vm.rows()).allSatisfy(r -> assertThat(r.get("queue")).hasValue("billing"));
  }

  @Test
  void anOlderAnswerNeverReplacesANewerOne() {
    ResourceListViewModel vm = model();
    client.hold();
    vm.load();
    vm.setFilter(STATUS, List.of("missed"));
    client.release(1);
    client.release(0);
    assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.get("status")).hasValue("missed"));
    assertThat(vm.loadingProperty().get()).isFalse();
  }

  @Test
  void thePreviousRowsStayWhileTheNextPageLoads() {
    ResourceListViewModel vm = model();
    vm.load();
    List<Long> first = ids(vm);
    client.hold();
    vm.nextPage();
    assertThat(vm.loadingProperty().get()).isTrue();
    assertThat(ids(vm)).isEqualTo(first);
    client.release(0);
    assertThat(vm.loadingProperty().get()).isFalse();
    assertThat(ids(vm).get(0)).isEqualTo(21L);
  }

  @Test
  void aFailureKeepsTheRowsAndRetryAsksAgain() {
    ResourceListViewModel vm = model();
    vm.load();
    List<Long> first = ids(vm);
    client.failNext(ApiProblem.of(ApiProblem.Kind.TIMEOUT, "The server at demo did not answer within 30 seconds."));
    vm.setFilter(STATUS, List.of("missed"));
    assertThat(vm.errorProperty().get()).isEqualTo("The server at demo did not answer within 30 seconds.");
    assertThat(ids(vm)).isEqualTo(first);
    vm.retry();
    assertThat(vm.errorProperty().get()).isEmpty();
    assertThat(vm.rows()).allSatisfy(r -> assertThat(r.get("status")).hasValue("missed"));
  }

  @Test
  void theSetupIsRememberedAndComesBackInTheNextView() {
    Map<String, ListState> saved = new HashMap<>();
    ListStateStore store = new ListStateStore() {
      @Override
      public Optional<ListState> load(String resource) {
        return Optional.ofNullable(saved.get(resource));
      }

      @Override
      public void save(String resource, ListState state) {
        saved.put(resource, state);
      }
    };
    ResourceListViewModel first = model(store);
    first.load();
    first.setPageSize(50);
    first.sortBy("started_at", false);
    first.setFilter(STATUS, List.of("missed"));
    first.rememberColumns(List.of("status", "id"), List.of("queue"), Map.of("status", 120.0));

    ResourceListViewModel second = model(store);
    second.load();
    ListQuery sent = client.asked.get(client.asked.size() - 1);
    assertThat(sent.pageSize()).isEqualTo(50);
    assertThat(sent.sort()).containsExactly(Sort.ascending("started_at"));
    assertThat(sent.filters()).containsExactly(Filter.eq("status", "missed"));
    assertThat(second.filtersProperty().get()).containsOnlyKeys("status");
    assertThat(second.state().hiddenColumns()).containsExactly("queue");
  }

  @Test
  void aRememberedFilterTheApiNoLongerOffersIsDropped() {
    ListState old = new ListState(20, List.of(Sort.ascending("started_at")),
        List.of(Filter.eq("region", "north"), Filter.eq("status", "missed")), Optional.empty(), List.of(), List.of(),
        Map.of());
    ListStateStore store = new ListStateStore() {
      @Override
      public Optional<ListState> load(String resource) {
        return Optional.of(old);
      }

      @Override
      public void save(String resource, ListState state) {}
    };
    ResourceListViewModel vm = model(store);
    vm.load();
    assertThat(new ArrayList<>(client.asked.get(0).filters())).containsExactly(Filter.eq("status", "missed"));
  }
}
