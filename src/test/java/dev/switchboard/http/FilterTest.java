package dev.switchboard.http;

import static dev.switchboard.http.TestResources.api;
import static dev.switchboard.http.TestResources.await;
import static dev.switchboard.http.TestResources.calls;
import static dev.switchboard.http.TestResources.filter;
import static dev.switchboard.http.TestResources.json;
import static dev.switchboard.http.TestResources.problem;
import static dev.switchboard.http.TestResources.repeatedFilter;
import static dev.switchboard.http.TestResources.taken;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.Filter;
import dev.switchboard.data.ListQuery;
import dev.switchboard.model.FilterDef;
import dev.switchboard.model.FilterOp;
import dev.switchboard.model.ResourceDef;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each filter goes out as the query parameter the model decoded for its field and operator. */
class FilterTest {

  /** fastapi-filter's names for every operator on one field. */
  private static final FilterDef[] DURATION_FILTERS = {
      filter("duration", "duration", FilterOp.EQ),
      filter("duration__neq", "duration", FilterOp.NEQ),
      filter("duration__in", "duration", FilterOp.IN),
      filter("duration__gt", "duration", FilterOp.GT),
      filter("duration__gte", "duration", FilterOp.GTE),
      filter("duration__lt", "duration", FilterOp.LT),
      filter("duration__lte", "duration", FilterOp.LTE),
      filter("duration__like", "duration", FilterOp.LIKE),
      filter("duration__ilike", "duration", FilterOp.ILIKE),
      filter("duration__isnull", "duration", FilterOp.ISNULL),
  };

  @StartStop
  final MockWebServer server = new MockWebServer();

  private HttpBackend backend;

  @AfterEach
  void close() {
    backend.close();
  }

  private ResourceDef resource(FilterDef... filters) {
    ResourceDef resource = calls().filters(filters).search("q").build();
    backend = TestResources.open(server, api(resource));
    return resource;
  }

  /** The URL the first page (size 10) sent with these filters. */
  private HttpUrl sent(ResourceDef resource, ListQuery query) {
    server.enqueue(json("[]"));
    await(backend.records().list(resource, query));
    return taken(server).getUrl();
  }

  private String query(ResourceDef resource, Filter... filters) {
    return sent(resource, ListQuery.firstPage(10).withFilters(List.of(filters))).encodedQuery()
        .replace("skip=0&limit=10&", "");
  }

  @ParameterizedTest(name = "{0} goes as {1}")
  @CsvSource({
      "EQ, duration=60",
      "NEQ, duration__neq=60",
      "IN, duration__in=60",
      "GT, duration__gt=60",
      "GTE, duration__gte=60",
      "LT, duration__lt=60",
      "LTE, duration__lte=60",
      "LIKE, duration__like=60",
      "ILIKE, duration__ilike=60",
  })
  void eachOperatorGoesAsItsDecodedParameter(FilterOp op, String expected) {
    assertThat(query(resource(DURATION_FILTERS), Filter.of("duration", op, 60))).isEqualTo(expected);
  }

  @Test
  void isNullGoesAsItsParameterWithTrueOrFalse() {
    assertThat(query(resource(DURATION_FILTERS), Filter.of("duration", FilterOp.ISNULL, true)))
        .isEqualTo("duration__isnull=true");
  }

  @Test
  void inSendsSeveralValuesAsOneCommaList() {
    assertThat(query(resource(filter("status__in", "status", FilterOp.IN)),
        Filter.in("status", List.of("missed", "voicemail"))))
        .isEqualTo("status__in=missed%2Cvoicemail");
  }

  @Test
  void inRepeatsTheParameterWhenItIsAnArray() {
    assertThat(query(resource(repeatedFilter("statuses[]", "status", FilterOp.IN)),
        Filter.in("status", List.of("a", "b"))))
        .isEqualTo("statuses%5B%5D=a&statuses%5B%5D=b");
  }

  @Test
  void anInstantGoesAsAnIsoInstantInUtc() {
    ResourceDef resource = resource(filter("started_at__gte", "started_at", FilterOp.GTE));
    HttpUrl url = sent(resource, ListQuery.firstPage(10).withFilter(Filter.of("started_at", FilterOp.GTE,
        Instant.parse("2026-11-24T09:30:00Z"))));
    assertThat(url.queryParameter("started_at__gte")).isEqualTo("2026-11-24T09:30:00Z");
  }

  @Test
  void anOffsetDateTimeGoesAsTheSameInstantInUtc() {
    ResourceDef resource = resource(filter("started_at__lt", "started_at", FilterOp.LT));
    HttpUrl url = sent(resource, ListQuery.firstPage(10).withFilter(Filter.of("started_at", FilterOp.LT,
        OffsetDateTime.of(2026, 11, 24, 10, 30, 0, 0, ZoneOffset.ofHours(1)))));
    assertThat(url.queryParameter("started_at__lt")).isEqualTo("2026-11-24T09:30:00Z");
  }

  @Test
  void booleansGoAsTrueAndFalse() {
    assertThat(query(resource(filter("is_active", "is_active", FilterOp.EQ)),
        Filter.eq("is_active", false)))
        .isEqualTo("is_active=false");
  }

  @Test
  void severalFiltersAllGo() {
    assertThat(query(resource(filter("status", "status", FilterOp.EQ), filter("duration__gte", "duration",
        FilterOp.GTE)), Filter.eq("status", "missed"), Filter.of("duration", FilterOp.GTE, 30)))
        .isEqualTo("status=missed&duration__gte=30");
  }

  @Test
  void aFilterTheListDoesNotOfferIsUnsupportedNamingTheFieldAndSendsNothing() {
    ResourceDef resource = resource(filter("status", "status", FilterOp.EQ));

    ApiProblem problem = problem(backend.records().list(resource,
        ListQuery.firstPage().withFilter(Filter.eq("agent", "ada"))));

    assertThat(problem.kind()).isEqualTo(ApiProblem.Kind.UNSUPPORTED);
    assertThat(problem.getMessage()).isEqualTo("The Calls list has no 'eq' filter on agent.");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anOperatorTheFieldDoesNotOfferIsUnsupported() {
    ResourceDef resource = resource(filter("status", "status", FilterOp.EQ));

    ApiProblem problem = problem(backend.records().list(resource,
        ListQuery.firstPage().withFilter(Filter.of("status", FilterOp.NEQ, "missed"))));

    assertThat(problem.kind()).isEqualTo(ApiProblem.Kind.UNSUPPORTED);
    assertThat(problem.getMessage()).contains("'neq'", "status");
  }

  @Test
  void searchGoesAsTheSearchParameter() {
    ResourceDef resource = resource();
    HttpUrl url = sent(resource, ListQuery.firstPage(10).withSearch("ada lovelace"));
    assertThat(url.encodedQuery()).isEqualTo("skip=0&limit=10&q=ada%20lovelace");
  }

  @Test
  void searchOnAListWithoutSearchIsUnsupported() {
    ResourceDef resource = calls().build();
    backend = TestResources.open(server, api(resource));

    ApiProblem problem = problem(backend.records().list(resource, ListQuery.firstPage().withSearch("ada")));

    assertThat(problem.kind()).isEqualTo(ApiProblem.Kind.UNSUPPORTED);
    assertThat(problem.getMessage()).isEqualTo("The Calls list has no search.");
    assertThat(server.getRequestCount()).isZero();
  }
}
