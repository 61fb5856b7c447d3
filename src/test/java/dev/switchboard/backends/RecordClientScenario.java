package dev.switchboard.backends;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.BulkJob;
import dev.switchboard.data.Credentials;
import dev.switchboard.data.Filter;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Page;
import dev.switchboard.data.Record;
import dev.switchboard.data.RecordClient;
import dev.switchboard.data.Session;
import dev.switchboard.data.Sort;
import dev.switchboard.http.HttpBackend;
import dev.switchboard.http.HttpSettings;
import dev.switchboard.model.AdminApi;
import dev.switchboard.model.FilterOp;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.openapi.DocumentLoader;
import dev.switchboard.openapi.DocumentSource;
import dev.switchboard.openapi.OpenApiReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The data layer against a real backend of the call-center API: the same claims run against the embedded demo
 * and the real FastAPI app, through the model read from each one's own document. Nothing here names a query
 * parameter or an envelope: if the client gets them wrong, the backend answers wrong and the claim fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RecordClientScenario {

  private static final String SCHEME = "OAuth2PasswordBearer";

  private Backend backend;
  private AdminApi api;
  private HttpBackend admin;
  private HttpBackend viewer;

  abstract Backend startBackend();

  @BeforeAll
  final void connect() throws Exception {
    backend = startBackend();
    api = OpenApiReader.read(DocumentLoader.withDefaults(), DocumentSource.of(backend.openApiUrl().toString()));
    admin = open();
    admin.authentication().logIn(SCHEME, new Credentials.Password("admin", "switchboard-admin", List.of()))
        .get(10, TimeUnit.SECONDS);
    viewer = open();
    viewer.authentication().logIn(SCHEME, new Credentials.Password("viewer", "switchboard-viewer", List.of()))
        .get(10, TimeUnit.SECONDS);
  }

  @AfterAll
  final void disconnect() {
    for (AutoCloseable c : new AutoCloseable[] {admin, viewer, backend}) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (Exception e) {
        // closing is best effort
      }
    }
  }

  private HttpBackend open() {
    return HttpBackend.open(api, api.baseUrl().orElseThrow(), HttpSettings.defaults().withTimeout(Duration.ofSeconds(15)));
  }

  private RecordClient records() {
    return admin.records();
  }

  private ResourceDef resource(String name) {
    return api.resource(name).orElseThrow(() -> new AssertionError("no resource " + name + " in " + api.resources()));
  }

  private static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get(20, TimeUnit.SECONDS);
    } catch (Exception e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new AssertionError(e);
    }
  }

  private static ApiProblem problemOf(CompletableFuture<?> future) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> await(future));
    assertThat(thrown).as("the request should have failed").isInstanceOf(ApiProblem.class);
    return (ApiProblem) thrown;
  }

  private Map<String, Object> newCall(String notes) {
    Map<String, Object> call = new LinkedHashMap<>();
    call.put("direction", "inbound");
    call.put("caller_number", "+44 20 7946 0000");
    call.put("queue", "scenario");
    call.put("started_at", Instant.parse("2026-11-20T10:00:00Z"));
    call.put("notes", notes);
    return call;
  }

  @Test
  void thePasswordLoginReadsTheGrantedScopesFromTheTokenResponse() {
    try (HttpBackend fresh = open()) {
      Session session = await(fresh.authentication().logIn(SCHEME,
          new Credentials.Password("agent", "switchboard-agent", List.of("calls:read"))));
      assertThat(session.username()).hasValue("agent");
      assertThat(session.scopesKnown()).isTrue();
      assertThat(session.grantedScopes()).containsExactly("calls:read");
    }
    assertThat(admin.authentication().session().grantedScopes())
        .containsExactlyInAnyOrder("calls:read", "calls:write", "users:read", "users:admin");
  }

  @Test
  void aWrongPasswordIsRefusedWithTheServersReason() {
    try (HttpBackend fresh = open()) {
      ApiProblem problem = problemOf(fresh.authentication().logIn(SCHEME,
          new Credentials.Password("admin", "wrong", List.of())));
      assertThat(problem.kind()).isEqualTo(ApiProblem.Kind.UNAUTHORIZED);
      assertThat(problem.getMessage()).isEqualTo("Login refused: Incorrect username or password.");
    }
  }

  @Test
  void pageSizePagingWalksTheCallsWithATotal() {
    ResourceDef calls = resource("calls");
    Page first = await(records().list(calls, ListQuery.firstPage(10)));
    Page second = await(records().list(calls, ListQuery.firstPage(10).withPage(2)));
    assertThat(first.records()).hasSize(10);
    assertThat(first.total()).isPresent();
    assertThat(first.total().getAsLong()).isGreaterThan(20);
    assertThat(first.hasNext()).isTrue();
    assertThat(ids(second)).hasSize(10).doesNotContainAnyElementsOf(ids(first));
  }

  @Test
  void skipLimitPagingWalksTheUsersEnvelopeWithItsCount() {
    ResourceDef users = resource("users");
    Page first = await(records().list(users, ListQuery.firstPage(7)));
    long total = first.total().orElseThrow();
    int lastPage = (int) ((total + 6) / 7);
    Page last = await(records().list(users, ListQuery.firstPage(7).withPage(lastPage)));
    assertThat(first.records()).hasSize(7);
    assertThat(first.hasNext()).isTrue();
    assertThat(last.records()).hasSize((int) (total - (lastPage - 1) * 7L));
    assertThat(last.hasNext()).isFalse();
  }

  @Test
  void aBareArrayHasANextPageWhileItComesBackFull() {
    ResourceDef teams = resource("teams");
    List<Record> all = new ArrayList<>();
    ListQuery query = ListQuery.firstPage(3);
    Page page;
    do {
      page = await(records().list(teams, query));
      all.addAll(page.records());
      assertThat(page.total()).isEmpty();
      query = query.next(page);
    } while (page.hasNext() && all.size() < 100);
    Page everything = await(records().list(teams, ListQuery.firstPage(100)));
    assertThat(ids(all)).containsExactlyElementsOf(ids(everything));
  }

  @Test
  void equalityAndInFiltersNarrowTheCalls() {
    ResourceDef calls = resource("calls");
    Page missed = await(records().list(calls, ListQuery.firstPage(20).withFilter(Filter.eq("status", "missed"))));
    Page either = await(records().list(calls, ListQuery.firstPage(20)
        .withFilter(Filter.in("status", List.of("missed", "voicemail")))));
    assertThat(missed.records()).isNotEmpty().allSatisfy(r -> assertThat(r.get("status")).hasValue("missed"));
    assertThat(either.records()).isNotEmpty()
        .allSatisfy(r -> assertThat(r.get("status").orElseThrow()).isIn("missed", "voicemail"));
    assertThat(either.total().getAsLong()).isGreaterThan(missed.total().getAsLong());
  }

  @Test
  void dateRangeFiltersAreSentAsInstants() {
    ResourceDef calls = resource("calls");
    Record latest = await(records().list(calls, ListQuery.firstPage(1).withSort(List.of(Sort.descending("started_at")))))
        .records().get(0);
    Instant to = Instant.parse((String) latest.get("started_at").orElseThrow()).minus(Duration.ofDays(1));
    Instant from = to.minus(Duration.ofDays(2));
    Page page = await(records().list(calls, ListQuery.firstPage(50)
        .withFilter(Filter.of("started_at", FilterOp.GTE, from))
        .withFilter(Filter.of("started_at", FilterOp.LTE, to))));
    assertThat(page.records()).isNotEmpty().allSatisfy(r -> {
      Instant started = Instant.parse((String) r.get("started_at").orElseThrow());
      assertThat(started).isBetween(from, to);
    });
  }

  @Test
  void booleanAndEnumFiltersAndSearchNarrowTheUsers() {
    ResourceDef users = resource("users");
    Page inactive = await(records().list(users, ListQuery.firstPage(100).withFilter(Filter.eq("is_active", false))));
    Page admins = await(records().list(users, ListQuery.firstPage(100).withFilter(Filter.eq("role", "admin"))));
    Page found = await(records().list(users, ListQuery.firstPage(100).withSearch("ADMIN")));
    assertThat(inactive.records()).isNotEmpty().allSatisfy(r -> assertThat(r.get("is_active")).hasValue(false));
    assertThat(admins.records()).isNotEmpty().allSatisfy(r -> assertThat(r.get("role")).hasValue("admin"));
    assertThat(found.records()).extracting(r -> r.get("username").orElseThrow()).contains("admin");
  }

  @Test
  void multiFieldSortIsOneOrderByList() {
    ResourceDef calls = resource("calls");
    Page page = await(records().list(calls, ListQuery.firstPage(50)
        .withSort(List.of(Sort.ascending("status"), Sort.descending("started_at")))));
    List<Record> expected = new ArrayList<>(page.records());
    expected.sort(Comparator.<Record, String>comparing(r -> (String) r.get("status").orElseThrow())
        .thenComparing(r -> (String) r.get("started_at").orElseThrow(), Comparator.reverseOrder()));
    assertThat(ids(page)).containsExactlyElementsOf(ids(expected));
  }

  @Test
  void anUnknownSortFieldIsTheServersQueryError() {
    ApiProblem problem = problemOf(records().list(resource("calls"),
        ListQuery.firstPage(5).withSort(List.of(Sort.ascending("no_such_field")))));
    assertThat(problem.kind()).isEqualTo(ApiProblem.Kind.VALIDATION);
    assertThat(problem.fieldErrors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("order_by");
      assertThat(e.location()).isEqualTo(ApiProblem.FieldError.Location.QUERY);
    });
  }

  @Test
  void getAndGetManyFindRecordsByIdAndLeaveOutMissingOnes() {
    ResourceDef users = resource("users");
    Record one = await(records().get(users, "1"));
    List<Record> many = await(records().getMany(users, List.of("3", "1", "999999", "2")));
    assertThat(one.get("username")).hasValue("admin");
    assertThat(many).extracting(r -> r.id("id").orElseThrow()).containsExactly("3", "1", "2");
  }

  @Test
  void createThenPatchOneFieldSendsOnlyThatField() {
    ResourceDef calls = resource("calls");
    Record created = await(records().create(calls, newCall("first words")));
    Record changed = await(records().update(calls, created, Map.of("notes", "second words")));
    assertThat(created.get("status")).hasValue("ringing");
    assertThat(changed.get("notes")).hasValue("second words");
    assertThat(changed.get("queue")).hasValue("scenario");
    assertThat(changed.id("id")).isEqualTo(created.id("id"));
  }

  @Test
  void aResourceWithOnlyPutIsReplacedWhole() {
    ResourceDef teams = resource("teams");
    Record team = await(records().create(teams, Map.of("name", "Scenario PUT " + System.nanoTime(),
        "description", "before", "member_ids", List.of(1, 2))));
    Record replaced = await(records().update(teams, team, Map.of("description", "after")));
    assertThat(replaced.get("description")).hasValue("after");
    assertThat(replaced.get("member_ids")).hasValue(List.of(1L, 2L));
    assertThat(replaced.get("name")).isEqualTo(team.get("name"));
  }

  @Test
  void a422NamesTheFieldInPlainWords() {
    ApiProblem problem = problemOf(records().create(resource("calls"), newCall("x".repeat(2001))));
    assertThat(problem.kind()).isEqualTo(ApiProblem.Kind.VALIDATION);
    assertThat(problem.status()).hasValue(422);
    assertThat(problem.fieldErrors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("notes"));
    assertThat(problem.getMessage())
        .isEqualTo("The server rejected the new record: Notes is too long (2,000 characters at most).");
  }

  @Test
  void aMissingPermissionIsForbiddenNotExpired() {
    ApiProblem problem = problemOf(viewer.records().create(resource("calls"), newCall("viewer tries")));
    assertThat(problem.kind()).isEqualTo(ApiProblem.Kind.FORBIDDEN);
    assertThat(problem.getMessage()).contains("permission").contains("Not enough permissions");
  }

  @Test
  void anUnknownRecordIsNotFound() {
    ApiProblem problem = problemOf(records().get(resource("calls"), "0123456789abcdef01234567"));
    assertThat(problem.kind()).isEqualTo(ApiProblem.Kind.NOT_FOUND);
    assertThat(problem.getMessage()).contains("Call not found");
  }

  @Test
  void aDeletedRecordIsGone() {
    ResourceDef calls = resource("calls");
    Record created = await(records().create(calls, newCall("to delete")));
    String id = created.id("id").orElseThrow();
    await(records().delete(calls, id));
    assertThat(problemOf(records().get(calls, id)).kind()).isEqualTo(ApiProblem.Kind.NOT_FOUND);
  }

  @Test
  void actionsRunOnOneRecordAndAnswerTheChangedRecord() {
    ResourceDef calls = resource("calls");
    Record created = await(records().create(calls, newCall("to transfer")));
    String id = created.id("id").orElseThrow();
    var transferred = await(records().action(calls, "transfer", Optional.of(id), Map.of("agent_id", 2)));
    var closed = await(records().action(calls, "close", Optional.of(id), Map.of("outcome", "resolved")));
    assertThat(transferred.record().orElseThrow().get("status")).hasValue("transferred");
    assertThat(transferred.record().orElseThrow().get("agent_id")).hasValue(2L);
    assertThat(closed.record().orElseThrow().get("status")).hasValue("completed");
  }

  @Test
  void bulkUpdateAndDeleteReportEachRecordWithProgress() {
    ResourceDef calls = resource("calls");
    List<Record> made = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      made.add(await(records().create(calls, newCall("bulk " + i))));
    }
    List<Integer> progress = Collections.synchronizedList(new ArrayList<>());
    BulkJob update = records().updateMany(calls, made, Map.of("queue", "bulk-done"),
        (result, done, total) -> progress.add(done));
    List<BulkJob.Result> updated = await(update.results());
    List<String> ids = ids(made);
    List<String> withMissing = new ArrayList<>(ids);
    withMissing.add(3, "0123456789abcdef01234567");
    List<BulkJob.Result> deleted = await(records().deleteMany(calls, withMissing, BulkJob.Listener.NONE).results());
    assertThat(updated).hasSize(8).allSatisfy(r -> {
      assertThat(r.ok()).isTrue();
      assertThat(r.record().orElseThrow().get("queue")).hasValue("bulk-done");
    });
    assertThat(progress).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(deleted).extracting(BulkJob.Result::id).containsExactlyElementsOf(withMissing);
    assertThat(deleted.get(3).problem().orElseThrow().kind()).isEqualTo(ApiProblem.Kind.NOT_FOUND);
    assertThat(deleted).filteredOn(BulkJob.Result::ok).hasSize(8);
  }

  @Test
  void anExpiredTokenRaisesOneSessionExpiredEvent() {
    try (HttpBackend stale = open()) {
      AtomicInteger expired = new AtomicInteger();
      stale.authentication().onSessionExpired(session -> expired.incrementAndGet());
      // A pasted token the server no longer accepts, as after its 30 minutes.
      await(stale.authentication().logIn(SCHEME, new Credentials.BearerToken("expired-token")));
      ApiProblem first = problemOf(stale.records().list(resource("calls"), ListQuery.firstPage(5)));
      ApiProblem second = problemOf(stale.records().get(resource("calls"), "0123456789abcdef01234567"));
      assertThat(first.kind()).isEqualTo(ApiProblem.Kind.SESSION_EXPIRED);
      assertThat(second.kind()).isEqualTo(ApiProblem.Kind.SESSION_EXPIRED);
      assertThat(first.getMessage()).startsWith("Your session has ended.");
      assertThat(expired).hasValue(1);
    }
  }

  private static List<String> ids(Page page) {
    return ids(page.records());
  }

  private static List<String> ids(List<Record> records) {
    return records.stream().map(r -> r.id("id").orElseThrow()).toList();
  }
}
