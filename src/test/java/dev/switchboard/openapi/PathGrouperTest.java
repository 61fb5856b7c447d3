package dev.switchboard.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.model.AdminApi;
import dev.switchboard.model.OperationKind;
import dev.switchboard.model.ResourceDef;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link PathGrouper}, through the whole reader. */
class PathGrouperTest {

  private static final String LIST = "\"get\":{\"responses\":{\"200\":{\"description\":\"ok\",\"content\":"
      + "{\"application/json\":{\"schema\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/T\"}}}}}}}";
  private static final String READ = "\"get\":{\"responses\":{\"200\":{\"description\":\"ok\",\"content\":"
      + "{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/T\"}}}}}}";
  private static final String OBJECT = "\"get\":{\"responses\":{\"200\":{\"description\":\"ok\",\"content\":"
      + "{\"application/json\":{\"schema\":{\"type\":\"object\",\"properties\":{\"v\":{\"type\":\"string\"}}}}}}}}";
  private static final String POST = "\"post\":{\"responses\":{\"200\":{\"description\":\"ok\"}}}";
  private static final String SCHEMAS = "\"schemas\":{\"T\":{\"type\":\"object\",\"properties\":"
      + "{\"id\":{\"type\":\"string\"},\"name\":{\"type\":\"string\"}}}}";

  private static ResourceDef only(AdminApi api) {
    assertThat(api.resources()).hasSize(1);
    return api.resources().get(0);
  }

  @Test
  void trailingSlashCollectionPairsWithItemAndKeepsBothPathsExactly() {
    ResourceDef items = only(InlineDocs.inferPaths(
        "\"/api/v1/items/\":{" + LIST + "},\"/api/v1/items/{id}\":{" + READ + "}", SCHEMAS));
    assertThat(items.name()).isEqualTo("items");
    assertThat(items.collectionPath()).contains("/api/v1/items/");
    assertThat(items.itemPath()).contains("/api/v1/items/{id}");
    assertThat(items.operation(OperationKind.LIST).orElseThrow().path()).isEqualTo("/api/v1/items/");
    assertThat(items.operation(OperationKind.GET).orElseThrow().path()).isEqualTo("/api/v1/items/{id}");
  }

  @Test
  void itemParameterNameDoesNotMatterForPairing() {
    ResourceDef calls = only(InlineDocs.inferPaths(
        "\"/calls\":{" + LIST + "},\"/calls/{call_id}\":{" + READ + "}", SCHEMAS));
    assertThat(calls.idParam()).contains("call_id");
    assertThat(calls.idField()).contains("id");
  }

  @Test
  void equivalentItemPathsWithDifferentParameterNamesAreOneItem() {
    ResourceDef attempts = only(InlineDocs.inferPaths("\"/exam-attempts/\":{" + LIST + "},"
        + "\"/exam-attempts/{id}\":{" + READ + "},"
        + "\"/exam-attempts/{attempt_id}\":{\"patch\":{\"requestBody\":{\"content\":{\"application/json\":"
        + "{\"schema\":{\"$ref\":\"#/components/schemas/T\"}}}},\"responses\":{\"200\":{\"description\":\"ok\"}}}}",
        SCHEMAS));
    assertThat(attempts.operation(OperationKind.GET).orElseThrow().path()).isEqualTo("/exam-attempts/{id}");
    assertThat(attempts.operation(OperationKind.UPDATE).orElseThrow().path())
        .isEqualTo("/exam-attempts/{attempt_id}");
  }

  @Test
  void pathPrefixParametersBecomeParentParameters() {
    ResourceDef incidents = only(InlineDocs.inferPaths("\"/{organization}/incidents\":{" + LIST + "},"
        + "\"/{organization}/incidents/{incident_id}\":{" + READ + "}", SCHEMAS));
    assertThat(incidents.name()).isEqualTo("incidents");
    assertThat(incidents.parentParams()).containsExactly("organization");
  }

  @Test
  void listReturningPathUnderAnItemIsASubResource() {
    AdminApi api = InlineDocs.inferPaths("\"/calls\":{" + LIST + "},\"/calls/{call_id}\":{" + READ + "},"
        + "\"/calls/{call_id}/notes\":{" + LIST + "}", SCHEMAS);
    assertThat(api.resources()).extracting(ResourceDef::name).containsExactly("calls", "notes");
    assertThat(api.resource("notes").orElseThrow().parentParams()).containsExactly("call_id");
  }

  @Test
  void staticPathAfterACollectionIsACollectionActionEvenWhenItReturnsAList() {
    ResourceDef calls = only(InlineDocs.inferPaths("\"/calls\":{" + LIST + "},\"/calls/{call_id}\":{" + READ
        + "},\"/calls/search\":{" + LIST + "}", SCHEMAS));
    assertThat(calls.actions()).singleElement().satisfies(a -> {
      assertThat(a.name()).isEqualTo("search");
      assertThat(a.path()).isEqualTo("/calls/search");
    });
  }

  @Test
  void staticPathAfterAnItemIsAnItemAction() {
    ResourceDef calls = only(InlineDocs.inferPaths("\"/calls\":{" + LIST + "},\"/calls/{call_id}\":{" + READ
        + "},\"/calls/{call_id}/transfer\":{" + POST + "}", SCHEMAS));
    assertThat(calls.actions()).singleElement().satisfies(a -> {
      assertThat(a.name()).isEqualTo("transfer");
      assertThat(a.target()).isEqualTo(dev.switchboard.model.ActionDef.Target.ITEM);
    });
  }

  @Test
  void pathThatFitsNoResourceIsReportedNotDropped() {
    AdminApi api = InlineDocs.inferPaths("\"/health\":{" + OBJECT + "}", SCHEMAS);
    assertThat(api.resources()).isEmpty();
    assertThat(api.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.path()).isEqualTo("/health");
      assertThat(d.message()).contains("Not part of any resource").contains("GET");
    });
  }

  @Test
  void collectionWithoutStaticSegmentIsNotAResource() {
    AdminApi api = InlineDocs.inferPaths("\"/{tenant}\":{" + OBJECT + "}", SCHEMAS);
    assertThat(api.resources()).isEmpty();
    assertThat(api.diagnostics()).extracting(d -> d.path()).containsExactly("/{tenant}");
  }

  @Test
  void sameNameInTwoPlacesIsMadeUniqueWithTheSegmentBefore() {
    AdminApi api = InlineDocs.inferPaths("\"/calls/{call_id}/notes\":{" + LIST + "},"
        + "\"/users/{user_id}/notes\":{" + LIST + "}", SCHEMAS);
    assertThat(api.resources()).extracting(ResourceDef::name).containsExactly("calls-notes", "users-notes");
  }

  @Test
  void itemOnlyPathIsAResourceWithoutACollection() {
    ResourceDef settings = only(InlineDocs.inferPaths("\"/settings/{key}\":{" + READ + "}", SCHEMAS));
    assertThat(settings.collectionPath()).isEmpty();
    assertThat(settings.operations()).containsOnlyKeys(OperationKind.GET);
  }
}
