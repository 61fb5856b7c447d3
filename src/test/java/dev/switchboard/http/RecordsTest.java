package dev.switchboard.http;

import static dev.switchboard.http.TestResources.api;
import static dev.switchboard.http.TestResources.await;
import static dev.switchboard.http.TestResources.body;
import static dev.switchboard.http.TestResources.calls;
import static dev.switchboard.http.TestResources.collectionAction;
import static dev.switchboard.http.TestResources.field;
import static dev.switchboard.http.TestResources.filter;
import static dev.switchboard.http.TestResources.itemAction;
import static dev.switchboard.http.TestResources.json;
import static dev.switchboard.http.TestResources.map;
import static dev.switchboard.http.TestResources.problem;
import static dev.switchboard.http.TestResources.readOnly;
import static dev.switchboard.http.TestResources.status;
import static dev.switchboard.http.TestResources.taken;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.ActionResult;
import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.Record;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.FilterOp;
import dev.switchboard.model.OperationKind;
import dev.switchboard.model.ResourceDef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** get, create, update, delete, actions and getMany send exactly the request the model describes. */
class RecordsTest {

  private static final Record CALL = Record.of(map("id", 7L, "status", "missed", "notes", "no answer",
      "started_at", "2026-11-24T09:30:00Z", "agent", "ada"));

  @StartStop
  final MockWebServer server = new MockWebServer();

  private HttpBackend backend;

  @AfterEach
  void close() {
    backend.close();
  }

  private ResourceDef open(TestResources.Resource builder) {
    ResourceDef resource = builder.build();
    backend = TestResources.open(server, api(resource));
    return resource;
  }

  // ---- a collection under a record ----

  @Test
  void listUnderARecordFillsTheParentsIdIntoThePathAndReadsThePage() {
    open(calls());
    ResourceDef history = new ResourceDef("history", "History", "calls",
        Optional.of(TestResources.ITEM + "/history"), Optional.empty(), Optional.empty(), Optional.of("id"),
        List.of("call_id"), Map.of(OperationKind.LIST, new dev.switchboard.model.OperationDef(OperationKind.LIST,
            "GET", TestResources.ITEM + "/history", Optional.empty(), Optional.empty(),
            dev.switchboard.model.SecurityRequirements.NONE)), List.of(),
        Optional.of(new dev.switchboard.model.ListCapabilities(TestResources.skipLimit(), Optional.empty(),
            Optional.empty(), List.of())), List.of(), List.of(), List.of());
    server.enqueue(json("[{\"id\":2,\"summary\":\"Closed\"},{\"id\":1,\"summary\":\"Created\"}]"));

    var page = await(backend.records().listUnder(history, Map.of("call_id", "6b06/82"),
        dev.switchboard.data.ListQuery.firstPage(50)));

    assertThat(taken(server).getTarget()).startsWith("/calls/6b06%2F82/history?");
    assertThat(page.records()).extracting(r -> r.get("summary").orElseThrow()).containsExactly("Closed", "Created");
  }

  // ---- get ----

  @Test
  void getAsksForTheItemPathWithTheId() {
    ResourceDef resource = open(calls());
    server.enqueue(json("{\"id\":7,\"status\":\"missed\"}"));

    Record record = await(backend.records().get(resource, "7"));

    RecordedRequest request = taken(server);
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/calls/7");
    assertThat(record.values()).containsEntry("id", 7L).containsEntry("status", "missed");
  }

  @Test
  void anIdWithASlashStaysInOneEncodedPathSegment() {
    ResourceDef resource = open(calls());
    server.enqueue(json("{\"id\":\"a/b c\"}"));

    await(backend.records().get(resource, "a/b c"));

    assertThat(taken(server).getTarget()).isEqualTo("/calls/a%2Fb%20c");
  }

  @Test
  void anIdOfDotsIsRefusedRatherThanLeavingTheCollection() {
    ResourceDef resource = open(calls());

    ApiProblem problem = problem(backend.records().delete(resource, ".."));

    assertThat(problem.kind()).isEqualTo(ApiProblem.Kind.UNSUPPORTED);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aRecordWrappedInOneNamedObjectIsUnwrapped() {
    ResourceDef resource = open(calls());
    server.enqueue(json("{\"call\":{\"id\":7,\"status\":\"missed\"}}"));

    Record record = await(backend.records().get(resource, "7"));

    assertThat(record.values()).containsOnlyKeys("id", "status");
  }

  @Test
  void aListWhereARecordWasExpectedIsABadResponse() {
    ResourceDef resource = open(calls());
    server.enqueue(json("[{\"id\":7}]"));

    ApiProblem problem = problem(backend.records().get(resource, "7"));

    assertThat(problem.kind()).isEqualTo(ApiProblem.Kind.BAD_RESPONSE);
    assertThat(problem.getMessage()).contains("did not send a record back", "a list");
  }

  // ---- create ----

  @Test
  void createPostsTheValuesAsJsonWithJavaTimeAsIsoText() {
    ResourceDef resource = open(calls());
    server.enqueue(json(201, "{\"id\":8,\"caller\":\"+4930123\"}"));

    Record created = await(backend.records().create(resource, map("caller", "+4930123",
        "started_at", Instant.parse("2026-11-24T09:30:00Z"), "follow_up_on", LocalDate.of(2026, 11, 25),
        "duration", 61, "tags", List.of("vip"))));

    RecordedRequest request = taken(server);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/calls/");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(body(request)).isEqualTo("{\"caller\":\"+4930123\",\"started_at\":\"2026-11-24T09:30:00Z\","
        + "\"follow_up_on\":\"2026-11-25\",\"duration\":61,\"tags\":[\"vip\"]}");
    assertThat(created.values()).containsEntry("id", 8L);
  }

  @Test
  void createWithoutAnAnswerBodyGivesBackWhatWasSent() {
    ResourceDef resource = open(calls());
    server.enqueue(status(201));

    Record created = await(backend.records().create(resource, map("caller", "+4930123")));

    assertThat(created.values()).containsExactlyEntriesOf(map("caller", "+4930123"));
  }

  @Test
  void createOnAResourceWithoutCreateIsUnsupported() {
    ResourceDef resource = open(calls().without(OperationKind.CREATE));

    ApiProblem problem = problem(backend.records().create(resource, map("caller", "+4930123")));

    assertThat(problem.kind()).isEqualTo(ApiProblem.Kind.UNSUPPORTED);
    assertThat(server.getRequestCount()).isZero();
  }

  // ---- update ----

  @Test
  void updatePatchesOnlyTheChanges() {
    ResourceDef resource = open(calls());
    server.enqueue(json("{\"id\":7,\"status\":\"missed\",\"notes\":\"called back\"}"));

    Record updated = await(backend.records().update(resource, CALL, map("notes", "called back")));

    RecordedRequest request = taken(server);
    assertThat(request.getMethod()).isEqualTo("PATCH");
    assertThat(request.getTarget()).isEqualTo("/calls/7");
    assertThat(body(request)).isEqualTo("{\"notes\":\"called back\"}");
    assertThat(updated.values()).containsEntry("notes", "called back");
  }

  @Test
  void updateWithOnlyPutSendsTheWholeRecordWithoutReadOnlyFields() {
    ResourceDef resource = open(calls().without(OperationKind.UPDATE).with(OperationKind.REPLACE)
        .fields(readOnly("id", FieldType.INTEGER), field("status", FieldType.STRING),
            field("notes", FieldType.TEXT), readOnly("started_at", FieldType.DATE_TIME),
            field("agent", FieldType.STRING)));
    server.enqueue(json("{\"id\":7}"));

    await(backend.records().update(resource, CALL, map("notes", "called back")));

    RecordedRequest request = taken(server);
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getTarget()).isEqualTo("/calls/7");
    assertThat(body(request)).isEqualTo("{\"status\":\"missed\",\"notes\":\"called back\",\"agent\":\"ada\"}");
  }

  @Test
  void updateWithOnlyPutKeepsOnlyTheFieldsThePutBodyDeclares() {
    ResourceDef resource = open(calls().without(OperationKind.UPDATE).with(OperationKind.REPLACE)
        .updateFields(field("status", FieldType.STRING), field("notes", FieldType.TEXT)));
    server.enqueue(status(204));

    Record updated = await(backend.records().update(resource, CALL, map("status", "answered")));

    assertThat(body(taken(server))).isEqualTo("{\"status\":\"answered\",\"notes\":\"no answer\"}");
    assertThat(updated.values()).as("a 204 answers the record with the change applied")
        .containsEntry("status", "answered").containsEntry("agent", "ada");
  }

  @Test
  void updateOfARecordWithoutItsIdIsUnsupported() {
    ResourceDef resource = open(calls());

    ApiProblem problem = problem(backend.records().update(resource, Record.of(map("status", "x")),
        map("notes", "y")));

    assertThat(problem.kind()).isEqualTo(ApiProblem.Kind.UNSUPPORTED);
    assertThat(problem.getMessage()).contains("no 'id'");
    assertThat(server.getRequestCount()).isZero();
  }

  // ---- delete ----

  @Test
  void deleteSendsDeleteToTheItemPathWithoutABody() {
    ResourceDef resource = open(calls());
    server.enqueue(status(204));

    await(backend.records().delete(resource, "7"));

    RecordedRequest request = taken(server);
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getTarget()).isEqualTo("/calls/7");
    assertThat(request.getBodySize()).isZero();
  }

  // ---- actions ----

  @Test
  void anItemActionPostsItsBodyAndSendsItsParametersInTheQuery() {
    ResourceDef resource = open(calls().actions(itemAction("transfer", "POST",
        List.of(field("notify", FieldType.BOOLEAN)), List.of(field("agent", FieldType.STRING)))));
    server.enqueue(json("{\"id\":7,\"agent\":\"grace\"}"));

    ActionResult result = await(backend.records().action(resource, "transfer", Optional.of("7"),
        map("agent", "grace", "notify", true)));

    RecordedRequest request = taken(server);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/calls/7/transfer?notify=true");
    assertThat(body(request)).isEqualTo("{\"agent\":\"grace\"}");
    assertThat(result.status()).isEqualTo(200);
    assertThat(result.record()).map(Record::values).get().extracting(v -> v.get("agent")).isEqualTo("grace");
  }

  @Test
  void aCollectionActionWithoutFieldsPostsAnEmptyBody() {
    ResourceDef resource = open(calls().actions(collectionAction("purge", "POST", List.of(), List.of())));
    server.enqueue(status(204));

    ActionResult result = await(backend.records().action(resource, "purge", Optional.empty(), map()));

    RecordedRequest request = taken(server);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/calls/purge");
    assertThat(request.getBodySize()).isZero();
    assertThat(request.getHeaders().get("Content-Length")).isEqualTo("0");
    assertThat(result).isEqualTo(new ActionResult(204, Optional.empty(), Optional.empty()));
  }

  @Test
  void anActionAnsweringAPlainValueGivesItAsTheBody() {
    ResourceDef resource = open(calls().actions(collectionAction("count", "GET", List.of(), List.of())));
    server.enqueue(json("42"));

    ActionResult result = await(backend.records().action(resource, "count", Optional.empty(), map()));

    assertThat(taken(server).getMethod()).isEqualTo("GET");
    assertThat(result.record()).isEmpty();
    assertThat(result.body()).contains(42L);
  }

  @Test
  void anActionAnsweringAnObjectWithoutTheIdGivesItAsTheBodyNotAsARecord() {
    ResourceDef resource = open(calls().actions(collectionAction("close-stale", "POST", List.of(), List.of())));
    server.enqueue(json("{\"closed\":3}"));

    ActionResult result = await(backend.records().action(resource, "close-stale", Optional.empty(), map()));

    assertThat(result.record()).isEmpty();
    assertThat(result.body()).contains(Map.of("closed", 3L));
  }

  @Test
  void anItemActionWithoutARecordIsUnsupported() {
    ResourceDef resource = open(calls().actions(itemAction("transfer", "POST", List.of(), List.of())));

    ApiProblem problem = problem(backend.records().action(resource, "transfer", Optional.empty(), map()));

    assertThat(problem.kind()).isEqualTo(ApiProblem.Kind.UNSUPPORTED);
    assertThat(problem.getMessage()).contains("choose the record first");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anUnknownActionIsUnsupportedNamingTheOnesThereAre() {
    ResourceDef resource = open(calls().actions(itemAction("transfer", "POST", List.of(), List.of())));

    ApiProblem problem = problem(backend.records().action(resource, "escalate", Optional.of("7"), map()));

    assertThat(problem.kind()).isEqualTo(ApiProblem.Kind.UNSUPPORTED);
    assertThat(problem.getMessage()).contains("'escalate'", "[transfer]");
  }

  // ---- getMany ----

  @Test
  void getManyAsksOnceWithTheIdInFilterAndKeepsTheAskedOrder() {
    ResourceDef resource = open(calls().filters(filter("id__in", "id", FilterOp.IN)));
    server.enqueue(json("[{\"id\":1},{\"id\":3}]"));

    List<Record> found = await(backend.records().getMany(resource, List.of("3", "1", "9", "3")));

    assertThat(taken(server).getTarget()).isEqualTo("/calls/?skip=0&limit=3&id__in=3%2C1%2C9");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(found).extracting(r -> r.values().get("id")).containsExactly(3L, 1L);
  }

  @Test
  void getManyWithoutAnIdFilterGetsEachLeavingOutTheMissingAtMostConcurrencyAtATime() {
    ResourceDef resource = calls().build();
    backend = TestResources.open(server, api(resource), TestResources.quick().withConcurrency(2));
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        Thread.sleep(200);
        inFlight.decrementAndGet();
        String id = request.getUrl().pathSegments().get(1);
        return id.equals("2") || id.equals("4") ? json(404, "{\"detail\":\"Call not found\"}")
            : json("{\"id\":" + id + "}");
      }
    });

    List<Record> found = await(backend.records().getMany(resource, List.of("1", "2", "3", "4", "5")));

    assertThat(found).extracting(r -> r.values().get("id")).containsExactly(1L, 3L, 5L);
    assertThat(server.getRequestCount()).isEqualTo(5);
    assertThat(most.get()).isEqualTo(2);
  }

  @Test
  void getManyFailsWhenAGetFailsForAnotherReasonThanNotFound() {
    ResourceDef resource = open(calls());
    server.enqueue(json(403, "{\"detail\":\"Not enough permissions\"}"));

    ApiProblem problem = problem(backend.records().getMany(resource, List.of("1")));

    assertThat(problem.kind()).isEqualTo(ApiProblem.Kind.FORBIDDEN);
  }

  @Test
  void getManyOfNoIdsSendsNothing() {
    ResourceDef resource = open(calls());

    assertThat(await(backend.records().getMany(resource, List.of()))).isEmpty();
    assertThat(server.getRequestCount()).isZero();
  }
}
