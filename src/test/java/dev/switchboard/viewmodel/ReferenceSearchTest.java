package dev.switchboard.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.Filter;
import dev.switchboard.data.ListQuery;
import dev.switchboard.model.AdminApi;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.FilterDef;
import dev.switchboard.model.FilterOp;
import dev.switchboard.model.ListCapabilities;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.view.table.CallCenter;
import dev.switchboard.viewmodel.ReferenceSearch.Choice;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finding the record a reference filter should hold by the name a person types. */
class ReferenceSearchTest {

  private final ManualScheduler time = new ManualScheduler();
  private final InMemoryRecordClient client = new InMemoryRecordClient(CallCenter.users());

  private ReferenceSearch search(ResourceDef users) {
    return new ReferenceSearch(users, client, Runnable::run, new Debouncer(time, Duration.ofMillis(300)));
  }

  /** The users list with another search parameter and other filters. */
  private static ResourceDef users(Optional<String> searchParam, List<FilterDef> filters) {
    ListCapabilities list = CallCenter.USERS.list().orElseThrow();
    return CallCenter.withList(CallCenter.USERS, new ListCapabilities(list.pagination(), list.sort(), searchParam,
        filters));
  }

  @Test
  void typingSearchesTheServerOnceTypingPausesAndOffersRecordsByName() {
    ReferenceSearch search = search(CallCenter.USERS);
    search.type("d");
    search.type("da");
    search.type("dan");
    assertThat(client.asked).as("nothing while typing").isEmpty();
    time.runPending();
    assertThat(client.asked).singleElement().satisfies(q -> {
      assertThat(q.search()).hasValue("dan");
      assertThat(q.pageSize()).isEqualTo(ReferenceSearch.LIMIT);
    });
    assertThat(search.choices()).containsExactly(new Choice("1", "Dana Scully"));
    assertThat(search.messageProperty().get()).isEmpty();
  }

  @Test
  void anAnswerForOlderTextNeverReplacesTheAnswerForNewerText() {
    ReferenceSearch search = search(CallCenter.USERS);
    client.hold();
    search.searchNow("fox");
    search.searchNow("walter");
    assertThat(search.searchingProperty().get()).isTrue();
    client.release(1);
    client.release(0);
    assertThat(search.choices()).extracting(Choice::title).containsExactly("Walter Skinner");
    assertThat(search.searchingProperty().get()).isFalse();
  }

  @Test
  void withoutASearchParameterTheTextGoesToTheBestNameFilter() {
    ReferenceSearch search = search(users(Optional.empty(), List.of(
        new FilterDef("email__ilike", "email", FilterOp.ILIKE, FieldType.STRING, List.of(), false, false),
        new FilterDef("username__like", "username", FilterOp.LIKE, FieldType.STRING, List.of(), false, false),
        new FilterDef("full_name__ilike", "full_name", FilterOp.ILIKE, FieldType.STRING, List.of(), false, false),
        new FilterDef("role", "role", FilterOp.EQ, FieldType.ENUM, List.of("agent"), false, false))));
    search.searchNow("dan");
    ListQuery asked = client.asked.get(0);
    assertThat(asked.search()).isEmpty();
    assertThat(asked.filters()).containsExactly(Filter.of("full_name", FilterOp.ILIKE, "dan"));
  }

  @Test
  void withNothingToNarrowByOnTheServerTheFirstRecordsAreNarrowedByNameHere() {
    ReferenceSearch search = search(users(Optional.empty(), List.of()));
    search.searchNow("MUL");
    assertThat(client.asked.get(0).filters()).isEmpty();
    assertThat(client.asked.get(0).pageSize()).isEqualTo(ReferenceSearch.UNNARROWED);
    assertThat(search.choices()).containsExactly(new Choice("2", "Fox Mulder"));
  }

  @Test
  void nothingFoundIsSaidInWordsAndBlankTextListsTheFirstRecords() {
    ReferenceSearch search = search(CallCenter.USERS);
    search.searchNow("zzz");
    assertThat(search.choices()).isEmpty();
    assertThat(search.messageProperty().get()).isEqualTo("No users match “zzz”.");
    search.searchNow("  ");
    assertThat(client.asked.get(1).search()).isEmpty();
    assertThat(search.choices()).hasSize(CallCenter.AGENTS.length);
    assertThat(search.messageProperty().get()).isEmpty();
  }

  @Test
  void aReferenceToAResourceThatCannotBeListedHasNoSearch() {
    var agent = CallCenter.CALLS.field("agent_id").orElseThrow();
    var queue = CallCenter.CALLS.field("queue").orElseThrow();
    ReferenceSearches listed = new ReferenceSearches(CallCenter.API, client, Runnable::run, time);
    ReferenceSearches unlisted = new ReferenceSearches(CallCenter.UNLISTED_USERS, client, Runnable::run, time);
    AdminApi withoutUsers = new AdminApi("Calls only", "1", "3.1.0", Optional.empty(), List.of(),
        List.of(CallCenter.CALLS), List.of());
    assertThat(listed.forField(agent)).hasValueSatisfying(s -> assertThat(s.target().name()).isEqualTo("users"));
    assertThat(listed.forField(queue)).as("not a reference").isEmpty();
    assertThat(unlisted.forField(agent)).isEmpty();
    assertThat(new ReferenceSearches(withoutUsers, client, Runnable::run, time).forField(agent)).isEmpty();
    ResourceDef teamRequired = users(Optional.of("q"), List.of(
        new FilterDef("team_id", "team_id", FilterOp.EQ, FieldType.INTEGER, List.of(), false, true)));
    assertThat(ReferenceSearch.canSearch(teamRequired)).as("its list refuses to answer without a team").isFalse();
    assertThat(ReferenceSearch.canSearch(CallCenter.USERS)).isTrue();
  }

  @Test
  void aReferenceToRecordsThePersonMayNotListHasNoSearchAndNoNameLookups() {
    var agent = CallCenter.CALLS.field("agent_id").orElseThrow();
    Permissions permissions = new Permissions(() -> dev.switchboard.data.Session.ANONYMOUS);
    ReferenceSearches searches = new ReferenceSearches(CallCenter.API, client, Runnable::run, time, permissions);
    ReferenceNames names = new ReferenceNames(CallCenter.API, new dev.switchboard.data.RecordLookup(client),
        Runnable::run, permissions);
    assertThat(searches.forField(agent)).as("allowed until refused").isPresent();

    for (var operation : CallCenter.USERS.operations().values()) {
      permissions.learnRefused(operation.method(), operation.path(), "Not enough permissions");
    }
    names.lookUp("users", List.of(1, 2));

    assertThat(searches.forField(agent)).isEmpty();
    assertThat(names.readable(CallCenter.USERS)).isFalse();
    assertThat(client.asked).as("no request that could only be refused").isEmpty();
    assertThat(client.fetched).isEmpty();
  }
}
