package dev.switchboard.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Page;
import dev.switchboard.data.Record;
import dev.switchboard.model.ListCapabilities;
import dev.switchboard.model.Pagination;
import dev.switchboard.model.PagingStyle;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.testing.UnsupportedRecordClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A list that pages by cursor and never says how many there are: "more…", forward by cursor, back by memory. */
class CursorPagingTest {

  private static final ResourceDef EVENTS = new ResourceDef("events", "Events", "events", Optional.of("/events"),
      Optional.empty(), Optional.empty(), Optional.of("id"), List.of(), Map.of(), List.of(),
      Optional.of(new ListCapabilities(new Pagination(PagingStyle.CURSOR, Map.of("cursor", "after", "limit", "limit"),
          Optional.of("data"), Optional.empty(), Optional.of("next_cursor")), Optional.empty(), Optional.empty(),
          List.of())),
      List.of(), List.of(), List.of());

  /** 25 events in pages whose cursor is the last id sent; no total. */
  private static final class CursorClient extends UnsupportedRecordClient {
    final List<ListQuery> asked = new ArrayList<>();

    @Override
    public CompletableFuture<Page> list(ResourceDef resource, ListQuery query) {
      asked.add(query);
      int from = query.cursor().map(Integer::parseInt).orElse(0);
      int to = Math.min(25, from + query.pageSize());
      List<Record> records = IntStream.range(from, to).mapToObj(i -> Record.of(Map.of("id", (long) i))).toList();
      Optional<String> next = to < 25 ? Optional.of(Integer.toString(to)) : Optional.empty();
      return CompletableFuture.completedFuture(new Page(records, OptionalLong.empty(), next.isPresent(), next));
    }
  }

  private final CursorClient client = new CursorClient();
  private final ResourceListViewModel vm = new ResourceListViewModel(EVENTS, client, Runnable::run,
      new Debouncer(new ManualScheduler(), Duration.ofMillis(300)), ListStateStore.NONE, 10);

  private long firstId() {
    return (Long) vm.rows().get(0).get("id").orElseThrow();
  }

  @Test
  void withoutATotalThePageSaysThereIsMoreAndNextFollowsTheCursor() {
    vm.load();
    assertThat(vm.pageInfoProperty().get()).isEqualTo("Page 1 · more…");
    vm.nextPage();
    assertThat(client.asked.get(1).cursor()).hasValue("10");
    assertThat(vm.pageInfoProperty().get()).isEqualTo("Page 2 · more…");
    assertThat(firstId()).isEqualTo(10L);
  }

  @Test
  void theLastPageHasNoMoreAndBackReturnsToThePagesBefore() {
    vm.load();
    vm.nextPage();
    vm.nextPage();
    assertThat(vm.pageInfoProperty().get()).isEqualTo("Page 3");
    assertThat(vm.canNextProperty().get()).isFalse();
    vm.previousPage();
    assertThat(firstId()).isEqualTo(10L);
    assertThat(vm.pageInfoProperty().get()).isEqualTo("Page 2 · more…");
    vm.previousPage();
    assertThat(firstId()).isZero();
    assertThat(vm.canPreviousProperty().get()).isFalse();
    assertThat(client.asked.get(client.asked.size() - 1).cursor()).isEmpty();
  }
}
