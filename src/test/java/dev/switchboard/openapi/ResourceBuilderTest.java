package dev.switchboard.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.model.ActionDef;
import dev.switchboard.model.AdminApi;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.OperationKind;
import dev.switchboard.model.ResourceDef;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link ResourceBuilder}. */
class ResourceBuilderTest {

  private static String json(String schemaRef) {
    return "{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/" + schemaRef + "\"}}}";
  }

  private static String op(String method, String body, String response, String extra) {
    return "\"" + method + "\":{" + extra + (body == null ? "" : "\"requestBody\":{\"content\":" + json(body) + "},")
        + "\"responses\":{\"200\":{\"description\":\"ok\"" + (response == null ? "" : ",\"content\":" + response)
        + "}}}";
  }

  private static final String SCHEMAS = "\"schemas\":{"
      + "\"Call\":{\"type\":\"object\",\"required\":[\"id\"],\"properties\":{\"id\":{\"type\":\"string\"},"
      + "\"notes\":{\"type\":\"string\"},\"created_at\":{\"type\":\"string\",\"format\":\"date-time\",\"readOnly\":true}}},"
      + "\"CallCreate\":{\"type\":\"object\",\"required\":[\"notes\"],\"properties\":{\"notes\":{\"type\":\"string\"}}},"
      + "\"CallPatch\":{\"type\":\"object\",\"properties\":{\"status\":{\"type\":\"string\"}}},"
      + "\"CallPut\":{\"type\":\"object\",\"properties\":{\"everything\":{\"type\":\"string\"}}},"
      + "\"Page\":{\"type\":\"object\",\"properties\":{\"items\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Call\"}},\"total\":{\"type\":\"integer\"}}},"
      + "\"Transfer\":{\"type\":\"object\",\"required\":[\"agent_id\"],\"properties\":{\"agent_id\":{\"type\":\"string\"},\"reason\":{\"type\":\"string\"}}}}";

  private static ResourceDef calls(String collectionOps, String itemOps, String extraPaths) {
    AdminApi api = InlineDocs.inferPaths("\"/calls/\":{" + collectionOps + "},\"/calls/{call_id}\":{" + itemOps
        + "}" + extraPaths, SCHEMAS);
    return api.resource("calls").orElseThrow();
  }

  @Test
  void getReturningAnEnvelopeIsTheListAndPostWithABodyIsTheCreate() {
    ResourceDef calls = calls(op("get", null, json("Page"), "") + "," + op("post", "CallCreate", json("Call"), ""),
        op("get", null, json("Call"), ""), "");
    assertThat(calls.operations()).containsKeys(OperationKind.LIST, OperationKind.CREATE, OperationKind.GET);
    assertThat(calls.list().orElseThrow().pagination().itemsField()).contains("items");
  }

  @Test
  void patchIsUpdatePutIsReplaceDeleteIsDelete() {
    ResourceDef calls = calls(op("get", null, json("Page"), ""),
        op("patch", "CallPatch", json("Call"), "") + "," + op("put", "CallPut", json("Call"), "") + ","
            + op("delete", null, null, ""), "");
    assertThat(calls.operation(OperationKind.UPDATE).orElseThrow().method()).isEqualTo("PATCH");
    assertThat(calls.operation(OperationKind.REPLACE).orElseThrow().method()).isEqualTo("PUT");
    assertThat(calls.operation(OperationKind.DELETE).orElseThrow().method()).isEqualTo("DELETE");
  }

  @Test
  void updateFieldsComeFromPatchBeforePut() {
    ResourceDef calls = calls(op("get", null, json("Page"), ""),
        op("patch", "CallPatch", json("Call"), "") + "," + op("put", "CallPut", json("Call"), ""), "");
    assertThat(calls.updateFields()).extracting(FieldDef::name).containsExactly("status");
  }

  @Test
  void updateFieldsComeFromPutWhenThereIsNoPatch() {
    ResourceDef calls = calls(op("get", null, json("Page"), ""), op("put", "CallPut", json("Call"), ""), "");
    assertThat(calls.updateFields()).extracting(FieldDef::name).containsExactly("everything");
  }

  @Test
  void readFieldsComeFromTheItemGetThenTheListRecordThenTheCreateBody() {
    ResourceDef fromGet = calls(op("get", null, json("Page"), ""), op("get", null, json("Call"), ""), "");
    assertThat(fromGet.fields()).extracting(FieldDef::name).containsExactly("id", "notes", "created_at");
    ResourceDef fromList = calls(op("get", null, json("Page"), ""), op("delete", null, null, ""), "");
    assertThat(fromList.fields()).extracting(FieldDef::name).containsExactly("id", "notes", "created_at");
    ResourceDef fromCreate = calls(op("post", "CallCreate", null, ""), op("delete", null, null, ""), "");
    assertThat(fromCreate.fields()).extracting(FieldDef::name).containsExactly("notes");
  }

  @Test
  void untypedListResponseIsStillAListWithAWarning() {
    AdminApi api = InlineDocs.inferPaths("\"/things/\":{" + op("get", null,
        "{\"application/json\":{\"schema\":{}}}", "") + "},\"/things/{id}\":{" + op("delete", null, null, "") + "}",
        SCHEMAS);
    assertThat(api.resource("things").orElseThrow().operations()).containsKey(OperationKind.LIST);
    assertThat(api.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("declares no response schema"));
  }

  @Test
  void actionsAreNamedByTheirStaticSegmentsAndLabelledBySummary() {
    ResourceDef calls = calls(op("get", null, json("Page"), ""), op("get", null, json("Call"), ""),
        ",\"/calls/{call_id}/transfer\":{" + op("post", "Transfer", json("Call"), "\"summary\":\"Transfer Call\",")
            + "},\"/calls/bulk-close\":{" + op("post", null, null, "") + "}");
    assertThat(calls.actions()).extracting(ActionDef::name).containsExactly("transfer", "bulk-close");
    ActionDef transfer = calls.actions().get(0);
    assertThat(transfer.label()).isEqualTo("Transfer Call");
    assertThat(transfer.target()).isEqualTo(ActionDef.Target.ITEM);
    assertThat(transfer.bodyFields()).extracting(FieldDef::name).containsExactly("agent_id", "reason");
    assertThat(calls.actions().get(1).label()).isEqualTo("Bulk close");
    assertThat(calls.actions().get(1).target()).isEqualTo(ActionDef.Target.COLLECTION);
  }

  @Test
  void otherMethodsOnTheBasePathsAreActionsNamedByMethod() {
    ResourceDef calls = calls(op("get", null, json("Page"), "") + "," + op("delete", null, null, ""),
        op("post", null, null, ""), "");
    assertThat(calls.actions()).extracting(ActionDef::name, ActionDef::target)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("delete", ActionDef.Target.COLLECTION),
            org.assertj.core.groups.Tuple.tuple("post", ActionDef.Target.ITEM));
  }

  @Test
  void idFieldIsTheFieldNamedLikeTheParameterElseId() {
    assertThat(ResourceBuilder.idField("call_id", fields("call_id", "id"))).contains("call_id");
    assertThat(ResourceBuilder.idField("call_id", fields("name", "id"))).contains("id");
    assertThat(ResourceBuilder.idField("name", fields("name", "size"))).contains("name");
    assertThat(ResourceBuilder.idField("x", fields("a", "b"))).isEmpty();
  }

  @Test
  void tagNamingTheSameRecordsInMoreWordsBecomesTheLabel() {
    assertThat(ResourceBuilder.label("calls", "call records")).isEqualTo("Call records");
    assertThat(ResourceBuilder.label("calls", "telephony")).isEqualTo("Calls");
    assertThat(ResourceBuilder.label("exam-attempts", "exam-attempts")).isEqualTo("Exam attempts");
  }

  @Test
  void resourceTagComesFromItsOperationsElseOther() {
    ResourceDef tagged = calls(op("get", null, json("Page"), "\"tags\":[\"calls\"],"),
        op("get", null, json("Call"), ""), "");
    assertThat(tagged.tag()).isEqualTo("calls");
    ResourceDef untagged = calls(op("get", null, json("Page"), ""), op("get", null, json("Call"), ""), "");
    assertThat(untagged.tag()).isEqualTo("Other");
  }

  private static java.util.List<FieldDef> fields(String... names) {
    return java.util.Arrays.stream(names).map(n -> new FieldDef(n, n, dev.switchboard.model.FieldType.STRING,
        java.util.Optional.empty(), false, false, false, false, java.util.List.of(), java.util.Optional.empty(),
        java.util.List.of(), dev.switchboard.model.Constraints.NONE, java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.Optional.empty())).toList();
  }

  @Test
  void plainStringFilterOnAnEnumFieldTakesTheFieldsValues() {
    var list = new dev.switchboard.model.ListCapabilities(
        new dev.switchboard.model.Pagination(dev.switchboard.model.PagingStyle.NONE, java.util.Map.of(),
            java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty()),
        java.util.Optional.empty(), java.util.Optional.empty(), java.util.List.of(
            new dev.switchboard.model.FilterDef("status__in", "status", dev.switchboard.model.FilterOp.IN,
                dev.switchboard.model.FieldType.STRING, java.util.List.of(), true, false),
            new dev.switchboard.model.FilterDef("status__like", "status", dev.switchboard.model.FilterOp.LIKE,
                dev.switchboard.model.FieldType.STRING, java.util.List.of(), false, false)));
    FieldDef status = new FieldDef("status", "Status", dev.switchboard.model.FieldType.ENUM,
        java.util.Optional.empty(), false, true, false, false, java.util.List.of("open", "closed"),
        java.util.Optional.empty(), java.util.List.of(), dev.switchboard.model.Constraints.NONE,
        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty());
    var filters = ResourceBuilder.withRecordEnums(list, java.util.List.of(status)).filters();
    assertThat(filters.get(0).type()).isEqualTo(dev.switchboard.model.FieldType.ENUM);
    assertThat(filters.get(0).enumValues()).containsExactly("open", "closed");
    assertThat(filters.get(1).type()).isEqualTo(dev.switchboard.model.FieldType.STRING);
  }
}
