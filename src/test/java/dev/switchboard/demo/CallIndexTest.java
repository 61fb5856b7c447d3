package dev.switchboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The in-memory read model lists exactly what the database would: the same calls, totals and order (H2's ORDER BY
 * with MongoDB's null placement, then id) for the seed data, and it follows writes.
 */
class CallIndexTest {

  private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");

  private static Database database;
  private static CallIndex index;

  @BeforeAll
  static void seed() throws Exception {
    database = Database.open(Optional.empty(), 2);
    database.write(c -> new Seeder().seed(c, NOW));
    index = new CallIndex();
    index.load(database.read(new CallStore()::all));
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @Test
  void everySortOrdersAsTheDatabaseDoes() throws SQLException {
    List<String> orders = List.of("-started_at", "started_at", "-ended_at", "duration_s", "-duration_s", "status",
        "queue,-started_at", "caller_number", "-satisfaction", "satisfaction,started_at", "status,-duration_s",
        "-satisfaction,queue,status,caller_number", "created_at");
    for (String orderBy : orders) {
      List<CallStore.Sort> sort = sort(orderBy);
      assertThat(ids(index.list(none(), sort, 0, 25_000).items())).as(orderBy)
          .isEqualTo(database.read(c -> idsInDatabase(c, "", sort)));
    }
  }

  @Test
  void filtersAndSearchMatchAsTheDatabaseDoes() throws SQLException {
    CallStore.Filter filter = new CallStore.Filter(Optional.empty(), List.of("completed", "transferred"),
        Optional.of("inbound"), Optional.empty(), Optional.empty(), Optional.of(NOW.minusSeconds(30L * 86_400)),
        Optional.empty(), Optional.of("REFUND"));
    List<CallStore.Sort> sort = sort("-duration_s");
    CallStore.Page page = index.list(filter, sort, 0, 25_000);

    List<String> expected = database.read(c -> idsInDatabase(c, " WHERE status IN ('completed', 'transferred')"
        + " AND direction = 'inbound' AND started_at >= TIMESTAMP WITH TIME ZONE '" + NOW.minusSeconds(30L * 86_400)
        + "' AND (LOWER(caller_number) LIKE '%refund%' OR LOWER(queue) LIKE '%refund%'"
        + " OR LOWER(notes) LIKE '%refund%')", sort));
    assertThat(expected).isNotEmpty();
    assertThat(ids(page.items())).isEqualTo(expected);
    assertThat(page.total()).isEqualTo(expected.size());
  }

  @Test
  void aPageIsASliceOfTheWholeOrderAndTheTotalCountsAll() {
    for (String orderBy : List.of("status,-duration_s", "-started_at", "caller_number", "-satisfaction")) {
      List<CallStore.Sort> sort = sort(orderBy);
      List<String> all = ids(index.list(none(), sort, 0, 25_000).items());
      for (int offset : new int[] {0, 100, 950, 4_999, 5_000, 19_990}) {
        CallStore.Page page = index.list(none(), sort, offset, 50);

        assertThat(ids(page.items())).as("%s from %d", orderBy, offset)
            .isEqualTo(all.subList(offset, Math.min(offset + 50, all.size())));
        assertThat(page.total()).isEqualTo(Seeder.CALL_COUNT);
      }
      assertThat(index.list(none(), sort, Seeder.CALL_COUNT, 50).items()).isEmpty();
    }
  }

  @Test
  void putAndRemoveShowInTheNextList() {
    CallIndex small = new CallIndex();
    Call early = call("000000000000000000000001", NOW.minusSeconds(60));
    Call late = call("000000000000000000000002", NOW);
    small.load(List.of(late, early));
    List<CallStore.Sort> newestFirst = sort("-started_at");

    assertThat(ids(small.list(none(), newestFirst, 0, 10).items())).containsExactly(late.id(), early.id());
    Call moved = call(early.id(), NOW.plusSeconds(60));
    small.put(moved);
    small.put(call("000000000000000000000003", NOW.minusSeconds(120)));
    assertThat(ids(small.list(none(), newestFirst, 0, 10).items()))
        .containsExactly(early.id(), late.id(), "000000000000000000000003");
    small.remove(late.id());
    assertThat(small.list(none(), newestFirst, 0, 10).items()).extracting(Call::id)
        .containsExactly(early.id(), "000000000000000000000003");
    assertThat(small.list(none(), newestFirst, 0, 10).items().get(0)).isEqualTo(moved);
  }

  private static List<String> idsInDatabase(Connection connection, String where, List<CallStore.Sort> sort)
      throws SQLException {
    StringBuilder order = new StringBuilder();
    for (CallStore.Sort key : sort) {
      order.append(key.column()).append(key.descending() ? " DESC NULLS LAST, " : " ASC NULLS FIRST, ");
    }
    order.append("id").append(sort.get(0).descending() ? " DESC" : " ASC");
    List<String> ids = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement("SELECT id FROM calls" + where + " ORDER BY "
        + order); ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }

  private static List<CallStore.Sort> sort(String orderBy) {
    List<CallStore.Sort> keys = new ArrayList<>();
    for (String key : orderBy.split(",")) {
      keys.add(new CallStore.Sort(key.replace("-", ""), key.startsWith("-")));
    }
    return keys;
  }

  private static CallStore.Filter none() {
    return new CallStore.Filter(Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static Call call(String id, Instant started) {
    return new Call(id, "inbound", "+1 (555) 000-0000", null, "support", "ringing", started, null, null, null,
        List.of(), null, null, started, started);
  }

  private static List<String> ids(List<Call> calls) {
    return calls.stream().map(Call::id).toList();
  }
}
