package dev.switchboard.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Page;
import dev.switchboard.data.Record;
import dev.switchboard.model.Pagination;
import dev.switchboard.model.PagingStyle;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A JSON page says what reading the same body into records says: each record's text is what writing the read
 * record gives, and the total, next page and cursor, and every failure, are the same.
 */
class JsonPageReaderTest {

  private static final JsonValues JSON = new JsonValues();
  private static final Pagination ITEMS_TOTAL = new Pagination(PagingStyle.PAGE_SIZE,
      Map.of("page", "page", "size", "size"), Optional.of("items"), Optional.of("total"), Optional.empty());
  private static final Pagination BARE = TestResources.skipLimit();
  private static final ListQuery FIRST_OF_3 = ListQuery.firstPage(3);

  private static JsonPage jsonPage(String body, Pagination pagination, ListQuery query) throws IOException {
    return JsonPageReader.read(JSON.factory(), body.getBytes(StandardCharsets.UTF_8), pagination, query, "Calls",
        "id");
  }

  private static Page recordPage(String body, Pagination pagination, ListQuery query) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return PageReader.read(bytes.length == 0 ? null : JSON.read(bytes), pagination, query, "Calls", "id");
  }

  /** Each record as the records command wrote it before JSON pages: the read values, through a char generator. */
  private static List<String> written(Page page) throws IOException {
    List<String> texts = new ArrayList<>();
    for (Record record : page.records()) {
      StringWriter text = new StringWriter();
      try (JsonGenerator out = new JsonFactory().createGenerator(text)) {
        JsonValues.writeValue(out, record.values());
      }
      texts.add(text.toString());
    }
    return texts;
  }

  private static List<String> texts(JsonPage page) throws IOException {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      StringWriter text = new StringWriter();
      page.writeRecord(i, text);
      texts.add(text.toString());
    }
    return texts;
  }

  private static void assertSame(String body, Pagination pagination, ListQuery query) throws IOException {
    Page expected = recordPage(body, pagination, query);
    JsonPage actual = jsonPage(body, pagination, query);
    assertThat(texts(actual)).isEqualTo(written(expected));
    assertThat(actual.size()).isEqualTo(expected.size());
    assertThat(actual.total()).isEqualTo(expected.total());
    assertThat(actual.hasNext()).isEqualTo(expected.hasNext());
    assertThat(actual.nextCursor()).isEqualTo(expected.nextCursor());
  }

  @Test
  void numbersAreWrittenAsTheirLongBigIntegerOrDoubleValue() throws IOException {
    String body = "{\"items\": [{\"id\": 1, \"n\": [0, -0, 9223372036854775807, -9223372036854775808,"
        + " 9223372036854775808, 123456789012345678901234567890, 1.0, 4.50, 1e3, 1E-7, -0.0, 0.1, 1e400,"
        + " 123456789012345678901234567890.5, 2.5e+2]}], \"total\": 1}";
    assertSame(body, ITEMS_TOTAL, FIRST_OF_3);
    assertThat(texts(jsonPage(body, ITEMS_TOTAL, FIRST_OF_3)).get(0)).isEqualTo("{\"id\":1,\"n\":[0,0,"
        + "9223372036854775807,-9223372036854775808,9223372036854775808,123456789012345678901234567890,1.0,4.5,"
        + "1000.0,1.0E-7,-0.0,0.1,\"Infinity\",1.2345678901234568E29,250.0]}");
  }

  @Test
  void textKeepsNonAsciiAndEscapesWhatJsonMust() throws IOException {
    String body = "[{\"id\": \"caf\\u00e9\", \"raw\": \"café ☎ 😀 \\ud83d\\ude00\", \"slash\": \"a\\/b\","
        + " \"ctl\": \"tab\\there\\u0001\\u001f\\u007f\", \"q\": \"\\\"\\\\\", \"k\\u00e9y\": \"\", \"e\": \"\\u2028\"}]";
    assertSame(body, BARE, FIRST_OF_3);
    assertThat(texts(jsonPage(body, BARE, FIRST_OF_3)).get(0)).isEqualTo("{\"id\":\"café\",\"raw\":\"café ☎ 😀 😀\","
        + "\"slash\":\"a/b\",\"ctl\":\"tab\\there\\u0001\\u001F\u007f\",\"q\":\"\\\"\\\\\",\"kéy\":\"\","
        + "\"e\":\"\u2028\"}");
  }

  @Test
  void aRepeatedKeyIsKeptOnceWhereItFirstStoodWithItsLastValue() throws IOException {
    StringBuilder many = new StringBuilder("{\"id\": 3");
    for (int i = 0; i < 40; i++) {
      many.append(", \"k").append(i).append("\": ").append(i);
    }
    many.append(", \"k35\": \"again\"}");
    String body = "[{\"id\": 1, \"a\": 1, \"b\": 2, \"a\": 3},"
        + " {\"id\": 2, \"nested\": {\"x\": [1, {\"y\": 1, \"y\": 2}], \"z\": 0}, \"after\": true}, " + many + "]";
    assertSame(body, BARE, FIRST_OF_3);
    List<String> texts = texts(jsonPage(body, BARE, FIRST_OF_3));
    assertThat(texts.get(0)).isEqualTo("{\"id\":1,\"a\":3,\"b\":2}");
    assertThat(texts.get(1)).isEqualTo("{\"id\":2,\"nested\":{\"x\":[1,{\"y\":2}],\"z\":0},\"after\":true}");
    assertThat(texts.get(2)).contains("\"k35\":\"again\",\"k36\":36");
  }

  @Test
  void pagingFollowsTheSameRulesForEveryEnvelope() throws IOException {
    String three = "{\"id\": 1}, {\"id\": 2}, {\"id\": \"x3\"}";
    assertSame("[" + three + "]", BARE, FIRST_OF_3);
    assertSame("[{\"id\": 1}]", BARE, FIRST_OF_3);
    assertSame("{\"total\": 7, \"items\": [" + three + "], \"page\": 1}", ITEMS_TOTAL, FIRST_OF_3);
    assertSame("{\"items\": [" + three + "], \"total\": 3}", ITEMS_TOTAL, FIRST_OF_3);
    Pagination flagged = new Pagination(PagingStyle.PAGE_SIZE, Map.of("page", "page", "size", "size"),
        Optional.of("result.items"), Optional.empty(), Optional.empty());
    assertSame("{\"result\": {\"items\": [" + three + "], \"meta\": {\"has_more\": false}}}", flagged, FIRST_OF_3);
    assertSame("{\"result\": {\"has_next\": true, \"items\": [{\"id\": 1}]}}", flagged, FIRST_OF_3);
    Pagination cursor = new Pagination(PagingStyle.CURSOR, Map.of("cursor", "cursor", "limit", "limit"),
        Optional.of("data"), Optional.empty(), Optional.of("paging.next"));
    assertSame("{\"data\": [" + three + "], \"paging\": {\"next\": \"abc\"}}", cursor, FIRST_OF_3);
    assertSame("{\"data\": [" + three + "], \"paging\": {\"next\": \"\"}}", cursor, FIRST_OF_3);
    Pagination stripe = new Pagination(PagingStyle.CURSOR, Map.of("cursor", "starting_after", "limit", "limit"),
        Optional.of("data"), Optional.empty(), Optional.empty());
    assertSame("{\"data\": [" + three + "], \"has_more\": true}", stripe, FIRST_OF_3);
    assertThat(jsonPage("{\"data\": [" + three + "], \"has_more\": true}", stripe, FIRST_OF_3).nextCursor())
        .contains("x3");
  }

  @Test
  void aRepeatedRecordsFieldCountsOnceWithItsLastValue() throws IOException {
    assertSame("{\"items\": [{\"id\": 1}, {\"id\": 2}], \"total\": 9, \"items\": [{\"id\": 3}]}", ITEMS_TOTAL,
        FIRST_OF_3);
    assertSame("{\"items\": 5, \"total\": 9, \"items\": [{\"id\": 3}]}", ITEMS_TOTAL, FIRST_OF_3);
  }

  @Test
  void bodiesThatAreNoListFailWithTheSameSentence() throws IOException {
    String[] bodies = {"", "null", "42", "{\"total\": 1}", "{\"items\": {\"id\": 1}}", "{\"items\": 5, \"items\": []"
        + ", \"items\": \"no\"}", "[{\"id\": 1}, 2]", "{\"items\": [[], {\"id\": 1}]}"};
    for (String body : bodies) {
      Throwable expected = catchThrowable(() -> recordPage(body, ITEMS_TOTAL, FIRST_OF_3));
      assertThat(expected).as(body).isInstanceOf(ApiProblem.class);
      assertThatThrownBy(() -> jsonPage(body, ITEMS_TOTAL, FIRST_OF_3)).as(body).isInstanceOf(ApiProblem.class)
          .hasMessage(expected.getMessage());
    }
    Pagination noItemsField = new Pagination(PagingStyle.PAGE_SIZE, Map.of(), Optional.empty(), Optional.empty(),
        Optional.empty());
    String object = "{\"items\": [{\"id\": 1}]}";
    assertThatThrownBy(() -> jsonPage(object, noItemsField, FIRST_OF_3)).isInstanceOf(ApiProblem.class)
        .hasMessage(catchThrowable(() -> recordPage(object, noItemsField, FIRST_OF_3)).getMessage());
  }

  @Test
  void malformedJsonFailsAsJsonEvenAfterAnEntryThatIsNoRecord() {
    String[] bodies = {" ", "[{\"id\": 1}", "[{\"id\": 1}] x", "{\"items\": [1, {\"id\": }], \"total\": 1}",
        "[{\"id\": tru}]", "[{\"id\": \"\u0001\"}]"};
    for (String body : bodies) {
      assertThat(catchThrowable(() -> recordPage(body, ITEMS_TOTAL, FIRST_OF_3))).as(body)
          .isInstanceOf(IOException.class);
      assertThatThrownBy(() -> jsonPage(body, ITEMS_TOTAL, FIRST_OF_3)).as(body).isInstanceOf(IOException.class);
    }
  }

  private static JsonPage verbatim(String body, Pagination pagination) throws IOException {
    return VerbatimPageReader.read(JSON.factory(), body.getBytes(StandardCharsets.UTF_8),
        JsonPageReader.itemsPath(pagination), pagination, FIRST_OF_3, "Calls", "id");
  }

  @Test
  void compactBodiesAreTakenAsTheyAreAndSayWhatReadingThemSays() throws IOException {
    String calls = PageParseBenchmark.callsPage(100, new java.util.Random(7));
    assertThat(verbatim(calls, ITEMS_TOTAL)).isNotNull();
    assertSame(calls, ITEMS_TOTAL, ListQuery.firstPage(100));
    String mixed = "{\"total\":9,\"items\":[{\"id\":1,\"name\":\"Jos\u00e9 \ud83d\ude00\"},{\"id\":2,\"score\":4.50},"
        + "{\"id\":3,\"a\":1,\"a\":2},{\"id\":4,\"n\":\"x\\u00e9\\n\"}, {\"id\":5} ,{\"id\":-0}],\"page\":1}";
    assertThat(verbatim(mixed, ITEMS_TOTAL)).isNotNull();
    assertSame(mixed, ITEMS_TOTAL, ListQuery.firstPage(6));
    assertSame("[{\"id\":1},{\"id\":2},{\"id\":3}]", BARE, FIRST_OF_3);
    assertSame(" \n[]\n", BARE, FIRST_OF_3);
    Pagination nested = new Pagination(PagingStyle.CURSOR, Map.of("cursor", "cursor"), Optional.of("result.items"),
        Optional.of("result.count"), Optional.of("result.next"));
    String cursorPage = "{\"meta\":{\"items\":[1]},\"result\":{\"count\":40,\"items\":[{\"id\":1}],\"next\":\"c2\"}}";
    assertThat(verbatim(cursorPage, nested)).isNotNull();
    assertSame(cursorPage, nested, FIRST_OF_3);
  }

  @Test
  void bodiesTheQuickWayCannotVouchForAreReadTokenByToken() throws IOException {
    String[] bodies = {"{\"items\":[{\"id\":1}],\"total\":3,\"items\":[]}", "{\"items\":[{\"id\":1}],\"total\":3,"
        + "\"total\":4}", "{\"items\":[{\"id\":1},2],\"total\":3}", "{\"it\\u0065ms\":[{\"id\":1}],\"total\":3}",
        "[{\"id\":1}] []", "{\"items\":[{\"id\":1}],\"total\":3} x"};
    for (String body : bodies) {
      assertThat(verbatim(body, ITEMS_TOTAL)).as(body).isNull();
      Throwable expected = catchThrowable(() -> recordPage(body, ITEMS_TOTAL, FIRST_OF_3));
      if (expected == null) {
        assertSame(body, ITEMS_TOTAL, FIRST_OF_3);
      } else {
        assertThat(catchThrowable(() -> jsonPage(body, ITEMS_TOTAL, FIRST_OF_3))).as(body)
            .isInstanceOf(expected instanceof ApiProblem ? ApiProblem.class : IOException.class);
      }
    }
  }

  @Test
  void aRecordNestedNearJacksonsLimitPassesOrFailsAsWhenReadIntoMaps() throws IOException {
    for (int depth = 190; depth <= 200; depth++) {
      String deep = "{\"items\":[{\"id\":1,\"x\":1.5,\"deep\":" + "[".repeat(depth) + "]".repeat(depth) + "}],\"total\":1}";
      Throwable expected = catchThrowable(() -> recordPage(deep, ITEMS_TOTAL, FIRST_OF_3));
      if (expected == null) {
        assertSame(deep, ITEMS_TOTAL, FIRST_OF_3);
      } else {
        assertThat(catchThrowable(() -> jsonPage(deep, ITEMS_TOTAL, FIRST_OF_3))).as("depth " + depth)
            .isInstanceOf(IOException.class);
      }
    }
  }

  @Test
  void malformedUtf8InACompactRecordFailsOrPassesAsWhenReadIntoMaps() throws IOException {
    byte[][] bodies = {
        {'[', '{', '"', 'a', '"', ':', '"', (byte) 0xc3, '"', '}', ']'},
        {'[', '{', '"', 'a', '"', ':', '"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"', '}', ']'},
        {'[', '{', '"', 'a', '"', ':', '"', (byte) 0xc0, (byte) 0xaf, '"', '}', ']'},
    };
    for (byte[] body : bodies) {
      Throwable expected = catchThrowable(() -> PageReader.read(JSON.read(body), BARE, FIRST_OF_3, "Calls", "id"));
      Throwable actual = catchThrowable(() -> JsonPageReader.read(JSON.factory(), body, BARE, FIRST_OF_3, "Calls",
          "id"));
      if (expected == null) {
        assertThat(actual).isNull();
        assertThat(texts(JsonPageReader.read(JSON.factory(), body, BARE, FIRST_OF_3, "Calls", "id"))).isEqualTo(
            written(PageReader.read(JSON.read(body), BARE, FIRST_OF_3, "Calls", "id")));
      } else {
        assertThat(actual).isInstanceOf(IOException.class);
      }
    }
  }
}
