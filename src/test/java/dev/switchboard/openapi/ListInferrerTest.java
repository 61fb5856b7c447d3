package dev.switchboard.openapi;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.model.Diagnostic;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.FilterDef;
import dev.switchboard.model.FilterOp;
import dev.switchboard.model.ListCapabilities;
import dev.switchboard.model.Pagination;
import dev.switchboard.model.PagingStyle;
import dev.switchboard.model.SortDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of {@link ListInferrer}. Each builds a document with one list operation, {@code GET
 * /calls/}, from inline JSON written with single quotes for readability.
 */
class ListInferrerTest {

  private static final String PATH = "/calls/";
  private static final String INT = "{'type': 'integer'}";
  private static final String STR = "{'type': 'string'}";
  private static final String NULLABLE_STR = "{'anyOf': [{'type': 'string'}, {'type': 'null'}]}";
  private static final String CALL = "'Call': {'type': 'object', 'properties': {'id': {'type': 'integer'},"
      + " 'due': {'type': 'string', 'format': 'date'}, 'created_at': {'type': 'string', 'format': 'date-time'}}}";
  private static final ListShape BARE = new ListShape(Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty());

  private final DiagnosticsCollector diagnostics = new DiagnosticsCollector();
  private OpenApiDocument doc;
  private ListInferrer inferrer;

  private void load(String response, String schemas, String... parameters) {
    String json = """
        {"openapi": "3.1.0", "info": {"title": "T", "version": "1"},
         "paths": {"%s": {"get": {"parameters": [%s], "responses": {"200": {"description": "OK",
           "content": {"application/json": {"schema": %s}}}}}}},
         "components": {"schemas": {%s}, "parameters": {"Skip": {"name": "skip", "in": "query", "schema": %s}}}}
        """.formatted(PATH, String.join(", ", parameters), response, schemas, INT).replace('\'', '"');
    try {
      doc = DocumentLoader.withDefaults().parse(json.getBytes(UTF_8), DocumentSource.of("inline.json"));
    } catch (DocumentException e) {
      throw new AssertionError("The inline test document does not load: " + e.getMessage(), e);
    }
    inferrer = new ListInferrer(new SchemaNormalizer(doc.refs()), diagnostics);
  }

  private JsonNode responseNode() {
    return doc.root().at("/paths/" + PATH.replace("/", "~1") + "/get/responses/200/content/application~1json/schema");
  }

  private List<JsonNode> parameterNodes() {
    List<JsonNode> nodes = new ArrayList<>();
    doc.root().at("/paths/" + PATH.replace("/", "~1") + "/get/parameters").forEach(nodes::add);
    return nodes;
  }

  private Optional<ListShape> shape(String response, String schemas) {
    load(response, schemas);
    return inferrer.shape(responseNode());
  }

  private Optional<ListShape> shape(String response) {
    return shape(response, "");
  }

  /** The capabilities of a bare-array list with these parameters. */
  private ListCapabilities capabilities(String... parameters) {
    load("{'type': 'array', 'items': {'$ref': '#/components/schemas/Call'}}", CALL, parameters);
    return inferrer.capabilities(PATH, parameterNodes(), inferrer.shape(responseNode()).orElseThrow());
  }

  private static String q(String name, String schema) {
    return "{'name': '" + name + "', 'in': 'query', 'schema': " + schema + "}";
  }

  private static String ref(String component) {
    return "{'$ref': '#/components/schemas/" + component + "'}";
  }

  private static String arrayOf(String items) {
    return "{'type': 'array', 'items': " + items + "}";
  }

  private static String enumOf(String... values) {
    return "{'type': 'string', 'enum': ['" + String.join("', '", values) + "']}";
  }

  private static FilterDef only(ListCapabilities capabilities) {
    assertThat(capabilities.filters()).hasSize(1);
    return capabilities.filters().get(0);
  }

  /** The one filter a list with just this parameter offers. */
  private FilterDef filter(String name, String schema) {
    return only(capabilities(q(name, schema)));
  }

  private List<String> warnings() {
    return diagnostics.all().stream().filter(d -> d.path().equals(PATH)).map(Diagnostic::message).toList();
  }

  // Shape

  @Test
  void aBareArrayHoldsTheRecordsItself() {
    ListShape shape = shape("{'type': 'array', 'items': {'$ref': '#/components/schemas/Call'}}", CALL).orElseThrow();
    assertThat(shape.itemsField()).isEmpty();
    assertThat(shape.totalField()).isEmpty();
    assertThat(shape.itemSchema()).hasValueSatisfying(
        item -> assertThat(item.path("$ref").asText()).isEqualTo("#/components/schemas/Call"));
  }

  @Test
  void anUntypedResponseIsNoShape() {
    assertThat(shape("{}")).isEmpty();
  }

  @Test
  void anObjectWithAnIdIsOneRecordNotAPage() {
    assertThat(shape("{'type': 'object', 'properties': {'id': " + INT + ", 'total': " + INT
        + ", 'items': " + arrayOf(ref("Call")) + "}}", CALL)).isEmpty();
  }

  @Test
  void anObjectHoldingNoArrayIsNoShape() {
    assertThat(shape("{'type': 'object', 'properties': {'total': " + INT + "}}")).isEmpty();
  }

  @Test
  void preferredNamesPickTheRecordsArrayInOrder() {
    ListShape shape = shape("{'type': 'object', 'properties': {'results': " + arrayOf("{'type': 'object'}")
        + ", 'data': " + arrayOf(ref("Call")) + "}}", CALL).orElseThrow();
    assertThat(shape.itemsField()).hasValue("data");
    assertThat(shape.itemSchema().map(n -> n.path("$ref").asText())).hasValue("#/components/schemas/Call");
  }

  @Test
  void theOnlyArrayOfObjectsBesidePagingMetadataHoldsTheRecords() {
    String schemas = CALL + ", 'Pagination': {'type': 'object', 'properties': {'offset': " + INT + ", 'limit': "
        + INT + ", 'total': " + INT + ", 'more': {'type': 'boolean'}}}";
    ListShape shape = shape("{'allOf': [{'$ref': '#/components/schemas/Pagination'}, {'type': 'object',"
        + " 'properties': {'calls': " + arrayOf(ref("Call")) + "}}]}", schemas)
        .orElseThrow();
    assertThat(shape.itemsField()).hasValue("calls");
    assertThat(shape.totalField()).hasValue("total");
  }

  @Test
  void anArrayBesideObjectsOfObjectsIsAReportNotAPage() {
    assertThat(shape("{'type': 'object', 'properties': {'periods': " + arrayOf(ref("Call"))
        + ", 'metrics': {'type': 'object', 'properties': {'revenue': {'$ref': '#/components/schemas/Call'}}}}}",
        CALL)).isEmpty();
  }

  @Test
  void aPreferredNameHoldsTheRecordsEvenWhenItsItemsAreUntyped() {
    assertThat(shape("{'type': 'object', 'properties': {'items': {'type': 'array'}}}").orElseThrow().itemsField())
        .hasValue("items");
  }

  @Test
  void recordsOneLevelDownAreFoundByADottedPath() {
    ListShape shape = shape("{'type': 'object', 'properties': {'data': {'type': 'object', 'properties': {"
        + "'items': " + arrayOf(ref("Call")) + ", 'total': " + INT + "}}}}", CALL)
        .orElseThrow();
    assertThat(shape.itemsField()).hasValue("data.items");
    assertThat(shape.totalField()).hasValue("data.total");
  }

  @Test
  void aNumericTotalIsFoundAtTheTopOrOneLevelDown() {
    String polar = "{'type': 'object', 'properties': {'items': " + arrayOf("{'type': 'object'}") + ", 'pagination':"
        + " {'type': 'object', 'properties': {'total_count': " + INT + ", 'max_page': " + INT + "}}}}";
    assertThat(shape(polar).orElseThrow().totalField()).hasValue("pagination.total_count");
    String camel = "{'type': 'object', 'properties': {'data': " + arrayOf("{'type': 'object'}") + ", 'total': " + STR
        + ", 'totalCount': {'anyOf': [" + INT + ", {'type': 'null'}]}}}";
    assertThat(shape(camel).orElseThrow().totalField()).hasValue("totalCount");
  }

  @Test
  void theNextCursorIsAStringFieldAtTheTopOrOneLevelDown() {
    String top = "{'type': 'object', 'properties': {'data': " + arrayOf("{'type': 'object'}") + ", 'next_cursor': "
        + NULLABLE_STR + "}}";
    assertThat(shape(top).orElseThrow().nextCursorField()).hasValue("next_cursor");
    String nested = "{'type': 'object', 'properties': {'items': " + arrayOf("{'type': 'object'}") + ", 'pagination':"
        + " {'type': 'object', 'properties': {'nextCursor': " + STR + "}}}}";
    assertThat(shape(nested).orElseThrow().nextCursorField()).hasValue("pagination.nextCursor");
  }

  @Test
  void anIntegerNextPageIsAPageNumberNotACursor() {
    assertThat(shape("{'type': 'object', 'properties': {'items': " + arrayOf("{'type': 'object'}")
        + ", 'next_page': " + INT + "}}").orElseThrow().nextCursorField()).isEmpty();
  }

  @Test
  void aUnionOfEnvelopesKeepingRecordsInOnePlaceReadsAsOne() {
    String schemas = CALL + ", 'Page': {'type': 'object', 'properties': {'items': "
        + arrayOf(ref("Call")) + ", 'total': " + INT + "}},"
        + " 'CursorPage': {'type': 'object', 'properties': {'items': " + arrayOf(ref("Call"))
        + ", 'next_page': " + STR + "}}";
    ListShape shape = shape("{'anyOf': [" + ref("Page") + ", " + ref("CursorPage") + "]}",
        schemas).orElseThrow();
    assertThat(shape.itemsField()).hasValue("items");
    assertThat(shape.totalField()).hasValue("total");
    assertThat(shape.nextCursorField()).hasValue("next_page");
  }

  // Paging

  @Test
  void skipAndLimitPageSkipLimit() {
    Pagination paging = capabilities(q("skip", INT), q("limit", INT)).pagination();
    assertThat(paging.style()).isEqualTo(PagingStyle.SKIP_LIMIT);
    assertThat(paging.params()).containsExactly(Map.entry("skip", "skip"), Map.entry("limit", "limit"));
  }

  @Test
  void offsetAndLimitPageLimitOffset() {
    Pagination paging = capabilities(q("limit", INT), q("offset", INT)).pagination();
    assertThat(paging.style()).isEqualTo(PagingStyle.LIMIT_OFFSET);
    assertThat(paging.params()).containsOnly(Map.entry("offset", "offset"), Map.entry("limit", "limit"));
  }

  @Test
  void pageWithAnyKnownSizeNamePagesPageSize() {
    for (String size : List.of("size", "page_size", "per_page", "limit", "itemsPerPage", "pageSize")) {
      Pagination paging = capabilities(q("page", INT), q(size, INT)).pagination();
      assertThat(paging.style()).isEqualTo(PagingStyle.PAGE_SIZE);
      assertThat(paging.params()).containsOnly(Map.entry("page", "page"), Map.entry("size", size));
    }
  }

  @Test
  void namesAreComparedIgnoringCaseAndSeparators() {
    Pagination paging = capabilities(q("Page", INT), q("PAGE-SIZE", INT)).pagination();
    assertThat(paging.params()).containsOnly(Map.entry("page", "Page"), Map.entry("size", "PAGE-SIZE"));
  }

  @Test
  void afterOrCursorPagesByCursorWithBeforeAndLimit() {
    Pagination letta = capabilities(q("before", NULLABLE_STR), q("after", NULLABLE_STR), q("limit", INT)).pagination();
    assertThat(letta.style()).isEqualTo(PagingStyle.CURSOR);
    assertThat(letta.params()).containsOnly(Map.entry("cursor", "after"), Map.entry("before", "before"),
        Map.entry("limit", "limit"));
    assertThat(capabilities(q("cursor", STR), q("size", INT)).pagination().params())
        .containsOnly(Map.entry("cursor", "cursor"), Map.entry("limit", "size"));
  }

  @Test
  void theSizeParameterIsOptional() {
    Pagination paging = capabilities(q("page", INT)).pagination();
    assertThat(paging.style()).isEqualTo(PagingStyle.PAGE_SIZE);
    assertThat(paging.params()).containsOnly(Map.entry("page", "page"));
  }

  @Test
  void deprecatedPagingParametersStillPage() {
    assertThat(capabilities("{'name': 'skip', 'in': 'query', 'deprecated': true, 'schema': " + INT + "}")
        .pagination().style()).isEqualTo(PagingStyle.SKIP_LIMIT);
  }

  @Test
  void aLoneLimitIsNoPagingButKeepsItsRole() {
    ListCapabilities list = capabilities(q("limit", INT));
    assertThat(list.pagination().style()).isEqualTo(PagingStyle.NONE);
    assertThat(list.pagination().params()).containsOnly(Map.entry("limit", "limit"));
    assertThat(list.filters()).isEmpty();
  }

  @Test
  void noPagingParametersMeansNone() {
    assertThat(capabilities().pagination()).isEqualTo(new Pagination(PagingStyle.NONE, Map.of(), Optional.empty(),
        Optional.empty(), Optional.empty()));
  }

  @Test
  void aLoneBeforeIsAFilterNotPaging() {
    ListCapabilities list = capabilities(q("before", STR));
    assertThat(list.pagination().style()).isEqualTo(PagingStyle.NONE);
    assertThat(only(list).param()).isEqualTo("before");
  }

  @Test
  void thePaginationTakesTheShapeAndTheCursorOnlyForCursorPaging() {
    load("{}", "", q("page", INT), q("cursor", STR));
    ListShape shape = new ListShape(Optional.of("items"), Optional.of("meta.total"), Optional.of("next"),
        Optional.empty());
    Pagination byPage = inferrer.capabilities(PATH, parameterNodes(), shape).pagination();
    assertThat(byPage.itemsField()).hasValue("items");
    assertThat(byPage.totalField()).hasValue("meta.total");
    assertThat(byPage.nextCursorField()).isEmpty();
    load("{}", "", q("cursor", STR));
    assertThat(inferrer.capabilities(PATH, parameterNodes(), shape).pagination().nextCursorField()).hasValue("next");
  }

  @Test
  void aParameterReferenceIsResolved() {
    assertThat(capabilities("{'$ref': '#/components/parameters/Skip'}").pagination().param("skip")).hasValue("skip");
  }

  // Sort

  @Test
  void aPlainStringOrderByIsAMultiFieldMinusPrefixSort() {
    SortDef sort = capabilities(q("order_by", NULLABLE_STR)).sort().orElseThrow();
    assertThat(sort).isEqualTo(new SortDef("order_by", SortDef.Style.MINUS_PREFIX, true, Optional.empty(), List.of()));
  }

  @Test
  void sortFieldsAreTheEnumWithoutMinusSignsOrDuplicates() {
    SortDef sort = capabilities(q("sorting", arrayOf(enumOf("created_at", "-created_at", "name", "-name"))))
        .sort().orElseThrow();
    assertThat(sort.fields()).containsExactly("created_at", "name");
    assertThat(sort.multi()).isTrue();
  }

  @Test
  void aStringSortEnumTakesOneValue() {
    assertThat(capabilities(q("order_by", enumOf("created_at", "-created_at"))).sort().orElseThrow().multi()).isFalse();
  }

  @Test
  void aSeparateOrderParameterMakesADirectionParamSortOfOneField() {
    ListCapabilities list = capabilities(q("order", enumOf("asc", "desc")),
        q("order_by", enumOf("created_at", "name")));
    assertThat(list.sort()).hasValue(new SortDef("order_by", SortDef.Style.DIRECTION_PARAM, false,
        Optional.of("order"), List.of("created_at", "name")));
    assertThat(list.filters()).isEmpty();
  }

  @Test
  void aSortNamedParameterWithOnlyAscDescValuesIsTheDirection() {
    SortDef sort = capabilities(q("sort", enumOf("ASC", "DESC")), q("sort_by", STR)).sort().orElseThrow();
    assertThat(sort.param()).isEqualTo("sort_by");
    assertThat(sort.directionParam()).hasValue("sort");
  }

  @Test
  void sortByAndDescendingArraysAreParallelArrays() {
    ListCapabilities list = capabilities(q("sortBy[]", arrayOf(STR)),
        q("descending[]", arrayOf("{'type': 'boolean'}")));
    assertThat(list.sort()).hasValue(new SortDef("sortBy[]", SortDef.Style.PARALLEL_ARRAYS, true,
        Optional.of("descending[]"), List.of()));
    assertThat(list.filters()).isEmpty();
  }

  @Test
  void aDirectionWithoutASortParameterStaysAFilter() {
    ListCapabilities list = capabilities(q("order", enumOf("asc", "desc")));
    assertThat(list.sort()).isEmpty();
    assertThat(only(list).enumValues()).containsExactly("asc", "desc");
  }

  @Test
  void aDeprecatedSortParameterGivesWayAndIsReported() {
    ListCapabilities list = capabilities(
        "{'name': 'sort_by', 'in': 'query', 'deprecated': true, 'schema': " + STR + "}", q("order_by", STR));
    assertThat(list.sort().orElseThrow().param()).isEqualTo("order_by");
    assertThat(warnings())
        .containsExactly("Query parameter 'sort_by' is deprecated, so it is not offered as a filter.");
  }

  // Search

  @Test
  void searchQQueryTermAndFilterSearchAreTheSearchParameter() {
    for (String name : List.of("search", "q", "query", "term", "filter[search]")) {
      ListCapabilities list = capabilities(q(name, NULLABLE_STR));
      assertThat(list.searchParam()).hasValue(name);
      assertThat(list.filters()).isEmpty();
    }
  }

  @Test
  void aSearchNamedParameterThatIsNoStringIsAFilter() {
    ListCapabilities list = capabilities(q("query", INT));
    assertThat(list.searchParam()).isEmpty();
    assertThat(only(list).type()).isEqualTo(FieldType.INTEGER);
  }

  // Filters

  @Test
  void everyOtherParameterIsAnEqualityFilterInDocumentOrder() {
    ListCapabilities list = capabilities(q("status", STR), q("skip", INT), q("agent_id", INT));
    assertThat(list.filters()).containsExactly(
        new FilterDef("status", "status", FilterOp.EQ, FieldType.STRING, List.of(), false, false),
        new FilterDef("agent_id", "agent_id", FilterOp.EQ, FieldType.INTEGER, List.of(), false, false));
  }

  @Test
  void aJsonFilterExpressionIsSkippedWithAWarning() {
    ListCapabilities list = capabilities(q("filter", "{'type': 'string', 'format': 'json-string'}"));
    assertThat(list.filters()).isEmpty();
    assertThat(warnings()).containsExactly(
        "Query parameter 'filter' takes a JSON filter expression; Switchboard does not build those yet.");
  }

  @Test
  void anObjectParameterIsSkippedWithAWarning() {
    ListCapabilities list = capabilities("{'name': 'metadata', 'in': 'query', 'style': 'deepObject', 'schema':"
        + " {'type': 'object', 'additionalProperties': " + STR + "}}");
    assertThat(list.filters()).isEmpty();
    assertThat(warnings()).singleElement().asString().startsWith("Query parameter 'metadata' takes an object");
  }

  @Test
  void aDeprecatedFilterIsSkippedWithAWarning() {
    assertThat(capabilities("{'name': 'active', 'in': 'query', 'deprecated': true, 'schema': {'type': 'boolean'}}")
        .filters()).isEmpty();
    assertThat(warnings()).containsExactly("Query parameter 'active' is deprecated, so it is not offered as a filter.");
  }

  @Test
  void notInIsSkippedWithAWarningForTheModelHasNoSuchOperator() {
    assertThat(capabilities(q("status__not_in", STR)).filters()).isEmpty();
    assertThat(warnings()).singleElement().asString().contains("'status__not_in'").contains("not_in");
  }

  @Test
  void doubleUnderscoreSuffixesAreFastApiFilterOperators() {
    Map<String, FilterOp> ops = Map.of("neq", FilterOp.NEQ, "ne", FilterOp.NEQ, "not", FilterOp.NEQ,
        "gt", FilterOp.GT, "gte", FilterOp.GTE, "lt", FilterOp.LT, "lte", FilterOp.LTE, "like", FilterOp.LIKE,
        "ilike", FilterOp.ILIKE);
    ops.forEach((suffix, op) -> {
      FilterDef filter = filter("duration__" + suffix, INT);
      assertThat(filter.field()).isEqualTo("duration");
      assertThat(filter.op()).isEqualTo(op);
      assertThat(filter.multi()).isFalse();
    });
  }

  @Test
  void isnullIsABooleanFilter() {
    assertThat(filter("ended_at__isnull", STR))
        .isEqualTo(new FilterDef("ended_at__isnull", "ended_at", FilterOp.ISNULL, FieldType.BOOLEAN, List.of(), false,
            false));
  }

  @Test
  void inTakesSeveralValuesOfTheElementTypeAsACommaListUnlessItsParameterIsAnArray() {
    assertThat(filter("status__in", STR))
        .isEqualTo(new FilterDef("status__in", "status", FilterOp.IN, FieldType.STRING, List.of(), true, false,
            false));
    FilterDef ids = filter("id__in", arrayOf(INT));
    assertThat(ids.type()).isEqualTo(FieldType.INTEGER);
    assertThat(ids.multi()).isTrue();
    assertThat(ids.repeated()).isTrue();
  }

  @Test
  void anotherDoubleUnderscoreSegmentIsANestedFieldWithDots() {
    assertThat(filter("agent__team__name__in", STR).field()).isEqualTo("agent.team.name");
    FilterDef nested = filter("agent__name", STR);
    assertThat(nested.field()).isEqualTo("agent.name");
    assertThat(nested.op()).isEqualTo(FilterOp.EQ);
  }

  @Test
  void singleUnderscoreSuffixesDecodeOnlyExactOperators() {
    FilterDef count = filter("connected_count_gte", INT);
    assertThat(count.field()).isEqualTo("connected_count");
    assertThat(count.op()).isEqualTo(FilterOp.GTE);
    assertThat(filter("created_at", "{'type': 'string', 'format': 'date-time'}").op()).isEqualTo(FilterOp.EQ);
    assertThat(filter("is_active", "{'type': 'boolean'}").field()).isEqualTo("is_active");
  }

  @Test
  void aBooleanEndingInInIsAFlagNotAnInFilter() {
    FilterDef flag = filter("logged_in", "{'type': 'boolean'}");
    assertThat(flag.field()).isEqualTo("logged_in");
    assertThat(flag.op()).isEqualTo(FilterOp.EQ);
  }

  @Test
  void afterAndBeforeOnADateBoundTheRecordsField() {
    String dateTime = "{'type': 'string', 'format': 'date-time'}";
    ListCapabilities list = capabilities(q("created_after", dateTime), q("due_before", "{'type': 'string', 'format':"
        + " 'date'}"), q("name_after", STR));
    assertThat(list.filters()).extracting(FilterDef::field, FilterDef::op).containsExactly(
        tuple("created_at", FilterOp.GT), tuple("due", FilterOp.LT), tuple("name_after", FilterOp.EQ));
  }

  @Test
  void minAndMaxPrefixesAreNotDecoded() {
    FilterDef steps = filter("max_steps", INT);
    assertThat(steps.field()).isEqualTo("max_steps");
    assertThat(steps.op()).isEqualTo(FilterOp.EQ);
  }

  @Test
  void bracketsAndJsonApiWrappersAreNotPartOfTheField() {
    assertThat(filter("team_ids[]", arrayOf(STR)).field()).isEqualTo("team_ids");
    assertThat(filter("filter[status]", STR).field()).isEqualTo("status");
  }

  @Test
  void pydanticV1RefEnumsAndV2AnyOfEnumsBothGiveTheirValues() {
    String status = "'Status': {'type': 'string', 'enum': ['ringing', 'ended']}";
    load("{'type': 'array'}", CALL + ", " + status, q("v1", ref("Status")),
        q("v2", "{'anyOf': [{'$ref': '#/components/schemas/Status'}, {'type': 'null'}]}"));
    ListCapabilities list = inferrer.capabilities(PATH, parameterNodes(), BARE);
    assertThat(list.filters()).allSatisfy(f -> {
      assertThat(f.type()).isEqualTo(FieldType.ENUM);
      assertThat(f.enumValues()).containsExactly("ringing", "ended");
    });
    assertThat(list.filters()).hasSize(2);
  }

  @Test
  void anArrayParameterWithoutOperatorIsAnInFilterSentByRepeatingIt() {
    assertThat(filter("tags", arrayOf(enumOf("vip", "spam"))))
        .isEqualTo(new FilterDef("tags", "tags", FilterOp.IN, FieldType.ENUM, List.of("vip", "spam"), true, false,
            true));
  }

  @Test
  void aBracketNameTakesSeveralValuesEvenWhenItsSchemaIsOneString() {
    FilterDef statuses = filter("statuses[]", enumOf("triggered", "resolved"));
    assertThat(statuses.op()).isEqualTo(FilterOp.IN);
    assertThat(statuses.multi()).isTrue();
    assertThat(statuses.enumValues()).containsExactly("triggered", "resolved");
  }

  @Test
  void aUnionOfXAndAListOfXIsAnInFilterOfX() {
    String uuid = "{'type': 'string', 'format': 'uuid4'}";
    assertThat(filter("organization_id", "{'anyOf': [" + uuid + ", " + arrayOf(uuid) + ", {'type': 'null'}]}"))
        .isEqualTo(new FilterDef("organization_id", "organization_id", FilterOp.IN, FieldType.UUID, List.of(), true,
            false, true));
  }

  @Test
  void anUntypedParameterIsAString() {
    assertThat(only(capabilities("{'name': 'tag', 'in': 'query'}")).type()).isEqualTo(FieldType.STRING);
  }

  @Test
  void requiredComesFromTheParameter() {
    assertThat(only(capabilities("{'name': 'agent', 'in': 'query', 'required': true, 'schema': " + STR + "}"))
        .required()).isTrue();
  }
}
