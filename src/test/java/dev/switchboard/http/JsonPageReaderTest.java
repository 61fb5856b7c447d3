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
}
