package dev.switchboard.http;

import static dev.switchboard.http.TestResources.api;
import static dev.switchboard.http.TestResources.await;
import static dev.switchboard.http.TestResources.calls;
import static dev.switchboard.http.TestResources.directionParam;
import static dev.switchboard.http.TestResources.json;
import static dev.switchboard.http.TestResources.minusPrefix;
import static dev.switchboard.http.TestResources.parallelArrays;
import static dev.switchboard.http.TestResources.problem;
import static dev.switchboard.http.TestResources.taken;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Sort;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.model.SortDef;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sort keys go out the way the list's sort parameter takes them. */
class SortTest {

  private static final List<Sort> NEWEST_THEN_STATUS = List.of(Sort.descending("started_at"),
      Sort.ascending("status"));

  @StartStop
  final MockWebServer server = new MockWebServer();

  private HttpBackend backend;

  @AfterEach
  void close() {
    backend.close();
  }

  /** The query part of the request the sorted first page (size 10, skip/limit) sent. */
  private String sortedQuery(SortDef sort, List<Sort> keys) {
    ResourceDef resource = calls().sort(sort).build();
    backend = TestResources.open(server, api(resource));
    server.enqueue(json("[]"));
    await(backend.records().list(resource, ListQuery.firstPage(10).withSort(keys)));
    return taken(server).getUrl().encodedQuery().replace("skip=0&limit=10&", "");
  }

  @Test
  void minusPrefixWritesDescendingKeysWithAMinusInOneCommaList() {
    assertThat(sortedQuery(minusPrefix("order_by", true, false), NEWEST_THEN_STATUS))
        .isEqualTo("order_by=-started_at%2Cstatus");
  }

  @Test
  void minusPrefixRepeatsTheParameterWhenItIsAnArray() {
    assertThat(sortedQuery(minusPrefix("order_by", true, true), NEWEST_THEN_STATUS))
        .isEqualTo("order_by=-started_at&order_by=status");
  }

  @Test
  void aSingleKeySortKeepsOnlyTheFirstKey() {
    assertThat(sortedQuery(minusPrefix("sort", false, false), NEWEST_THEN_STATUS))
        .isEqualTo("sort=-started_at");
  }

  @Test
  void directionParamSendsTheFieldAndItsDirection() {
    assertThat(sortedQuery(directionParam("sort", "order"), List.of(Sort.descending("x"))))
        .isEqualTo("sort=x&order=desc");
  }

  @Test
  void directionParamSaysAscForAscending() {
    assertThat(sortedQuery(directionParam("sort", "order"), NEWEST_THEN_STATUS.subList(1, 2)))
        .isEqualTo("sort=status&order=asc");
  }

  @Test
  void parallelArraysRepeatTheFieldAndItsDirectionSideBySide() {
    assertThat(sortedQuery(parallelArrays("sortBy[]", "descending[]"), List.of(Sort.ascending("a"),
        Sort.descending("b"))))
        .isEqualTo("sortBy%5B%5D=a&descending%5B%5D=false&sortBy%5B%5D=b&descending%5B%5D=true");
  }

  @Test
  void sortingAListWithoutSortIsUnsupportedAndSendsNothing() {
    ResourceDef resource = calls().build();
    backend = TestResources.open(server, api(resource));

    ApiProblem problem = problem(backend.records().list(resource,
        ListQuery.firstPage().withSort(List.of(Sort.ascending("status")))));

    assertThat(problem.kind()).isEqualTo(ApiProblem.Kind.UNSUPPORTED);
    assertThat(problem.getMessage()).isEqualTo("The Calls list cannot be sorted: its endpoint has no sort"
        + " parameter.");
    assertThat(server.getRequestCount()).isZero();
  }
}
