package dev.switchboard.http;

import static dev.switchboard.http.TestResources.api;
import static dev.switchboard.http.TestResources.await;
import static dev.switchboard.http.TestResources.calls;
import static dev.switchboard.http.TestResources.envelope;
import static dev.switchboard.http.TestResources.json;
import static dev.switchboard.http.TestResources.paging;
import static dev.switchboard.http.TestResources.problem;
import static dev.switchboard.http.TestResources.records;
import static dev.switchboard.http.TestResources.taken;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Page;
import dev.switchboard.model.PagingStyle;
import dev.switchboard.model.Pagination;
import dev.switchboard.model.ResourceDef;
import java.util.Map;
import java.util.OptionalLong;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each paging style sends its own parameters, and each envelope is read into the same {@link Page}. */
class PagingTest {

  @StartStop
  final MockWebServer server = new MockWebServer();

  private HttpBackend backend;

  @AfterEach
  void close() {
    if (backend != null) {
      backend.close();
    }
  }

  private Page list(Pagination pagination, ListQuery query) {
    ResourceDef resource = calls().paging(pagination).build();
    backend = backend != null ? backend : TestResources.open(server, api(resource));
    return await(backend.records().list(resource, query));
  }

  private ApiProblem listProblem(Pagination pagination, ListQuery query) {
    ResourceDef resource = calls().paging(pagination).build();
    backend = TestResources.open(server, api(resource));
    return problem(backend.records().list(resource, query));
  }

  // ---- parameters ----

  @Test
  void skipLimitSendsTheOffsetOfThePageAndItsSize() {
    server.enqueue(json("[]"));
    list(paging(PagingStyle.SKIP_LIMIT, Map.of("skip", "skip", "limit", "limit")),
        ListQuery.firstPage(25).withPage(3));
    assertThat(taken(server).getTarget()).isEqualTo("/calls/?skip=50&limit=25");
  }

  @Test
  void limitOffsetSendsTheOffsetOfThePageAndItsSize() {
    server.enqueue(json("[]"));
    list(paging(PagingStyle.LIMIT_OFFSET, Map.of("offset", "offset", "limit", "limit")),
        ListQuery.firstPage(10).withPage(2));
    assertThat(taken(server).getTarget()).isEqualTo("/calls/?offset=10&limit=10");
  }

  @Test
  void pageSizeSendsThePageNumberFromOneAndTheSize() {
    server.enqueue(json("[]"));
    list(paging(PagingStyle.PAGE_SIZE, Map.of("page", "page", "size", "per_page")),
        ListQuery.firstPage(20).withPage(4));
    assertThat(taken(server).getTarget()).isEqualTo("/calls/?page=4&per_page=20");
  }

  @Test
  void cursorPagingAsksForTheFirstPageWithoutACursorThenForTheNextCursor() {
    Pagination cursor = envelope(PagingStyle.CURSOR, Map.of("cursor", "after", "limit", "limit"), "data", null,
        "next_cursor");
    server.enqueue(json("{\"data\":[" + records(1, 2) + "],\"next_cursor\":\"c2\"}"));
    server.enqueue(json("{\"data\":[" + records(3, 1) + "],\"next_cursor\":null}"));
    ListQuery first = ListQuery.firstPage(2);

    Page page1 = list(cursor, first);
    Page page2 = list(cursor, first.next(page1));

    assertThat(taken(server).getTarget()).isEqualTo("/calls/?limit=2");
    assertThat(taken(server).getTarget()).isEqualTo("/calls/?after=c2&limit=2");
    assertThat(page1.nextCursor()).contains("c2");
    assertThat(page1.hasNext()).isTrue();
    assertThat(page2.hasNext()).isFalse();
    assertThat(page2.nextCursor()).isEmpty();
  }

  @Test
  void noPagingSendsTheSizeWhereTheListHasALimit() {
    server.enqueue(json("[]"));
    list(paging(PagingStyle.NONE, Map.of("limit", "max")), ListQuery.firstPage(30));
    assertThat(taken(server).getTarget()).isEqualTo("/calls/?max=30");
  }

  @Test
  void noPagingWithoutALimitSendsNoParameters() {
    server.enqueue(json("[" + records(1, 3) + "]"));
    Page page = list(paging(PagingStyle.NONE, Map.of()), ListQuery.firstPage(3));
    assertThat(taken(server).getTarget()).isEqualTo("/calls/");
    assertThat(page.hasNext()).as("an unbounded list came back whole").isFalse();
  }

  // ---- envelopes ----

  @Test
  void aBareArrayThatFillsThePageMayHaveMore() {
    server.enqueue(json("[" + records(1, 3) + "]"));
    Page page = list(TestResources.skipLimit(), ListQuery.firstPage(3));
    assertThat(page.records()).extracting(r -> r.values().get("id")).containsExactly(1L, 2L, 3L);
    assertThat(page.total()).isEmpty();
    assertThat(page.hasNext()).isTrue();
  }

  @Test
  void aBareArrayShortOfThePageIsTheLast() {
    server.enqueue(json("[" + records(1, 2) + "]"));
    Page page = list(TestResources.skipLimit(), ListQuery.firstPage(3));
    assertThat(page.hasNext()).isFalse();
  }

  @Test
  void dataAndCountGiveTheRecordsAndTheTotal() {
    server.enqueue(json("{\"data\":[" + records(1, 2) + "],\"count\":5}"));
    Page page = list(envelope(PagingStyle.SKIP_LIMIT, Map.of("skip", "skip", "limit", "limit"), "data", "count",
        null), ListQuery.firstPage(2));
    assertThat(page.records()).hasSize(2);
    assertThat(page.total()).isEqualTo(OptionalLong.of(5));
    assertThat(page.hasNext()).isTrue();
  }

  @Test
  void itemsTotalPageSizePagesEnvelopeEndsAtTheTotal() {
    server.enqueue(json("{\"items\":[" + records(5, 2) + "],\"total\":6,\"page\":3,\"size\":2,\"pages\":3}"));
    Page page = list(envelope(PagingStyle.PAGE_SIZE, Map.of("page", "page", "size", "size"), "items", "total",
        null), ListQuery.firstPage(2).withPage(3));
    assertThat(page.records()).extracting(r -> r.values().get("id")).containsExactly(5L, 6L);
    assertThat(page.total()).isEqualTo(OptionalLong.of(6));
    assertThat(page.hasNext()).isFalse();
  }

  @Test
  void aDottedTotalFieldIsReadFromTheNestedPaginationObject() {
    server.enqueue(json("{\"items\":[" + records(1, 2) + "],\"pagination\":{\"total\":40,\"offset\":0,"
        + "\"limit\":2}}"));
    Page page = list(envelope(PagingStyle.LIMIT_OFFSET, Map.of("offset", "offset", "limit", "limit"), "items",
        "pagination.total", null), ListQuery.firstPage(2));
    assertThat(page.total()).isEqualTo(OptionalLong.of(40));
    assertThat(page.hasNext()).isTrue();
  }

  @Test
  void aNamedArrayWithTotalEntriesIsRead() {
    server.enqueue(json("{\"users\":[" + records(1, 3) + "],\"total_entries\":3}"));
    Page page = list(envelope(PagingStyle.PAGE_SIZE, Map.of("page", "page", "size", "per_page"), "users",
        "total_entries", null), ListQuery.firstPage(3));
    assertThat(page.records()).hasSize(3);
    assertThat(page.total()).isEqualTo(OptionalLong.of(3));
    assertThat(page.hasNext()).as("three of three").isFalse();
  }

  @Test
  void aCursorListIsDoneWhenTheNextCursorIsEmpty() {
    server.enqueue(json("{\"data\":[" + records(1, 2) + "],\"next_cursor\":\"\"}"));
    Page page = list(envelope(PagingStyle.CURSOR, Map.of("cursor", "cursor", "limit", "limit"), "data", null,
        "next_cursor"), ListQuery.firstPage(2));
    assertThat(page.hasNext()).isFalse();
    assertThat(page.nextCursor()).isEmpty();
  }

  @Test
  void aHasMoreFlagIsBelievedOverAFullPage() {
    server.enqueue(json("{\"data\":[" + records(1, 2) + "],\"has_more\":false}"));
    Page page = list(envelope(PagingStyle.LIMIT_OFFSET, Map.of("offset", "offset", "limit", "limit"), "data",
        null, null), ListQuery.firstPage(2));
    assertThat(page.hasNext()).isFalse();
  }

  @Test
  void aHasMoreFlagSaysThereIsMoreOnAShortPage() {
    server.enqueue(json("{\"data\":[" + records(1, 1) + "],\"has_more\":true}"));
    Page page = list(envelope(PagingStyle.LIMIT_OFFSET, Map.of("offset", "offset", "limit", "limit"), "data",
        null, null), ListQuery.firstPage(2));
    assertThat(page.hasNext()).isTrue();
  }

  @Test
  void anObjectWithoutTheDescribedRecordsArrayIsABadResponse() {
    server.enqueue(json("{\"results\":[" + records(1, 1) + "]}"));
    ApiProblem problem = listProblem(envelope(PagingStyle.SKIP_LIMIT, Map.of("skip", "skip", "limit", "limit"),
        "items", "total", null), ListQuery.firstPage());
    assertThat(problem.kind()).isEqualTo(ApiProblem.Kind.BAD_RESPONSE);
    assertThat(problem.getMessage()).isEqualTo("The server answered the Calls list with an object without the"
        + " records array 'items' the document describes. Check that the address points at the API the document"
        + " describes.");
  }

  @Test
  void anObjectWhereABareArrayWasDescribedIsABadResponse() {
    server.enqueue(json("{\"items\":[]}"));
    ApiProblem problem = listProblem(TestResources.skipLimit(), ListQuery.firstPage());
    assertThat(problem.kind()).isEqualTo(ApiProblem.Kind.BAD_RESPONSE);
    assertThat(problem.getMessage()).contains("Calls list", "an object, but the document gives no records field");
  }

  @Test
  void aListOfNonRecordsIsABadResponse() {
    server.enqueue(json("[1, 2, 3]"));
    ApiProblem problem = listProblem(TestResources.skipLimit(), ListQuery.firstPage());
    assertThat(problem.kind()).isEqualTo(ApiProblem.Kind.BAD_RESPONSE);
    assertThat(problem.getMessage()).contains("a list whose entries are not records");
  }
}
