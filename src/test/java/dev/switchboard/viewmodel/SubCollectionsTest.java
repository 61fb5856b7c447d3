package dev.switchboard.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Page;
import dev.switchboard.data.Record;
import dev.switchboard.model.AdminApi;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.openapi.DocumentLoader;
import dev.switchboard.openapi.DocumentSource;
import dev.switchboard.openapi.OpenApiReader;
import dev.switchboard.testing.UnsupportedRecordClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Collections under one record: found by path, kept out of the navigator, read with the record's id. */
class SubCollectionsTest {

  private static final String ARRAY_OF_THING = """
      {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "array", "items":
        {"$ref": "#/components/schemas/Thing"}}}}}}""";
  private static final String THING = """
      {"200": {"description": "ok", "content": {"application/json": {"schema":
        {"$ref": "#/components/schemas/Thing"}}}}}""";

  static AdminApi api() throws Exception {
    String json = """
        {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {
          "/calls/": {"get": {"responses": %1$s}},
          "/calls/{call_id}": {"get": {"parameters": [{"name": "call_id", "in": "path", "required": true,
            "schema": {"type": "string"}}], "responses": %2$s}},
          "/calls/{call_id}/history": {"get": {"parameters": [{"name": "call_id", "in": "path", "required": true,
            "schema": {"type": "string"}}], "responses": %1$s}},
          "/{org}/teams/": {"get": {"parameters": [{"name": "org", "in": "path", "required": true,
            "schema": {"type": "string"}}], "responses": %1$s}}
        }, "components": {"schemas": {"Thing": {"type": "object", "properties": {
          "id": {"type": "string"}, "at": {"type": "string", "format": "date-time"},
          "summary": {"type": "string"}}}}}}
        """.formatted(ARRAY_OF_THING, THING);
    return new OpenApiReader().infer(DocumentLoader.withDefaults()
        .parse(json.getBytes(StandardCharsets.UTF_8), DocumentSource.of("http://api.test/openapi.json")));
  }

  @Test
  void aCollectionUnderARecordsPathIsThatRecordsAndNotTheNavigators() throws Exception {
    AdminApi api = api();
    ResourceDef calls = api.resource("calls").orElseThrow();
    ResourceDef history = api.resource("history").orElseThrow();
    ResourceDef teams = api.resource("teams").orElseThrow();

    assertThat(SubCollections.of(api, calls)).containsExactly(history);
    assertThat(SubCollections.isNested(api, history)).isTrue();
    assertThat(SubCollections.isNested(api, teams)).as("a path prefix is not a record").isFalse();
    assertThat(SubCollections.isHistory(history)).isTrue();
    assertThat(SubCollections.isHistory(calls)).isFalse();
    assertThat(new NavigatorViewModel(api).visible()).extracting(ResourceDef::name)
        .containsExactlyInAnyOrder("calls", "teams");
  }

  /** Answers listUnder with {@code count} entries, remembering what it was asked. */
  private static final class Entries extends UnsupportedRecordClient {
    final List<Map<String, String>> asked = new ArrayList<>();
    final int count;

    Entries(int count) {
      this.count = count;
    }

    @Override
    public CompletableFuture<Page> listUnder(ResourceDef resource, Map<String, String> pathValues, ListQuery q) {
      asked.add(pathValues);
      List<Record> records = IntStream.range(0, count)
          .mapToObj(i -> Record.of(Map.of("id", "e" + i, "summary", "Event " + i))).toList();
      return CompletableFuture.completedFuture(new Page(records, OptionalLong.empty(), false, java.util.Optional.empty()));
    }
  }

  @Test
  void aRecordsCollectionIsReadWithItsIdAndSaysWhenItShowsOnlyTheFirstEntries() throws Exception {
    ResourceDef history = api().resource("history").orElseThrow();
    Entries few = new Entries(3);
    SubCollectionViewModel vm = new SubCollectionViewModel(history, Map.of("call_id", "c1"), few, Runnable::run);
    vm.load();
    assertThat(few.asked).containsExactly(Map.of("call_id", "c1"));
    assertThat(vm.records()).hasSize(3);
    assertThat(vm.messageProperty().get()).isEmpty();

    SubCollectionViewModel many = new SubCollectionViewModel(history, Map.of("call_id", "c1"), new Entries(80),
        Runnable::run);
    many.load();
    assertThat(many.records()).hasSize(SubCollectionViewModel.SHOWN);
    assertThat(many.messageProperty().get()).isEqualTo("The first 50 of 80.");

    SubCollectionViewModel none = new SubCollectionViewModel(history, Map.of("call_id", "c1"), new Entries(0),
        Runnable::run);
    none.load();
    assertThat(none.messageProperty().get()).isEqualTo("Nothing yet.");
  }
}
