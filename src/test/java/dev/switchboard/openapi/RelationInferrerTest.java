package dev.switchboard.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.model.AdminApi;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.Reference;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link RelationInferrer}. */
class RelationInferrerTest {

  /** Resources calls, customers, users (ids as strings) and counters (integer ids); calls has {@code fields}. */
  private static AdminApi withCallFields(String callProperties, String callExtras) {
    String paths = resource("calls", "Call", "") + "," + resource("customers", "Customer", "") + ","
        + resource("users", "User", "") + "," + resource("counters", "Counter", callExtras);
    String schemas = "\"schemas\":{"
        + "\"Call\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}," + callProperties + "}},"
        + "\"Customer\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}}},"
        + "\"User\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}}},"
        + "\"Counter\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"integer\"}}}}";
    return InlineDocs.inferPaths(paths, schemas);
  }

  private static String resource(String name, String schema, String links) {
    String read = "{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/" + schema + "\"}}}";
    String list = "{\"application/json\":{\"schema\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/"
        + schema + "\"}}}}";
    return "\"/" + name + "/\":{\"get\":{\"responses\":{\"200\":{\"description\":\"ok\",\"content\":" + list + "}}}},"
        + "\"/" + name + "/{id}\":{\"get\":{\"operationId\":\"read_" + name + "\",\"responses\":{\"200\":"
        + "{\"description\":\"ok\",\"content\":" + read + links + "}}}}";
  }

  private static FieldDef callField(AdminApi api, String name) {
    return api.resource("calls").orElseThrow().field(name).orElseThrow();
  }

  @Test
  void fieldNamedAfterAResourceRefersToIt() {
    AdminApi api = withCallFields("\"customer_id\":{\"type\":\"string\"}", "");
    assertThat(callField(api, "customer_id").reference())
        .contains(new Reference("customers", "id", Reference.Rule.NAME));
  }

  @Test
  void camelCaseAndListOfIdsRefer() {
    AdminApi api = withCallFields("\"customerId\":{\"type\":\"string\"},\"user_ids\":{\"type\":\"array\","
        + "\"items\":{\"type\":\"string\"}}", "");
    assertThat(callField(api, "customerId").reference()).map(Reference::resource).contains("customers");
    assertThat(callField(api, "user_ids").reference()).map(Reference::resource).contains("users");
  }

  @Test
  void personRoleNamesReferToTheUsersResource() {
    AdminApi api = withCallFields("\"agent_id\":{\"type\":\"string\"},\"created_by_id\":{\"type\":\"string\"}", "");
    assertThat(callField(api, "agent_id").reference())
        .contains(new Reference("users", "id", Reference.Rule.USER_ROLE_NAME));
  }

  @Test
  void extensionWinsAndNamesTheTargetField() {
    AdminApi api = withCallFields("\"supervisor_id\":{\"type\":\"string\",\"x-switchboard-reference\":"
        + "{\"resource\":\"customers\",\"field\":\"id\"}}", "");
    assertThat(callField(api, "supervisor_id").reference())
        .contains(new Reference("customers", "id", Reference.Rule.EXTENSION));
  }

  @Test
  void extensionNamingAnUnknownResourceIsReportedAndDropped() {
    AdminApi api = withCallFields("\"boss\":{\"type\":\"string\",\"x-reference\":\"bosses\"}", "");
    assertThat(callField(api, "boss").reference()).isEmpty();
    assertThat(api.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("'bosses'"));
  }

  @Test
  void openApiLinkDeclaresAReference() {
    String links = ",\"links\":{\"Owner\":{\"operationId\":\"read_customers\",\"parameters\":"
        + "{\"id\":\"$response.body#/owner\"}}}";
    String paths = resource("counters", "Counter", links) + "," + resource("customers", "Customer", "");
    String schemas = "\"schemas\":{\"Counter\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"integer\"},"
        + "\"owner\":{\"type\":\"string\"}}},\"Customer\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}}}}";
    AdminApi api = InlineDocs.inferPaths(paths, schemas);
    assertThat(api.resource("counters").orElseThrow().field("owner").orElseThrow().reference())
        .contains(new Reference("customers", "id", Reference.Rule.LINK));
  }

  @Test
  void integerFieldNeverRefersToAStringId() {
    AdminApi api = withCallFields("\"customer_id\":{\"type\":\"integer\"}", "");
    assertThat(callField(api, "customer_id").reference()).isEmpty();
  }

  @Test
  void booleanAndObjectFieldsAreNeverReferences() {
    AdminApi api = withCallFields("\"customer_id\":{\"type\":\"boolean\"}", "");
    assertThat(callField(api, "customer_id").reference()).isEmpty();
  }

  @Test
  void theResourcesOwnIdIsNoReference() {
    AdminApi api = withCallFields("\"call_id\":{\"type\":\"string\"}", "");
    assertThat(callField(api, "id").reference()).isEmpty();
  }

  @Test
  void stemSplitsSuffixes() {
    assertThat(RelationInferrer.stem("customer_id")).contains("customer");
    assertThat(RelationInferrer.stem("customerId")).contains("customer");
    assertThat(RelationInferrer.stem("tag_ids")).contains("tag");
    assertThat(RelationInferrer.stem("id")).isEmpty();
    assertThat(RelationInferrer.stem("paid")).isEmpty();
  }

  @Test
  void columnsOfAListOfObjectsReferLikeFields() {
    AdminApi api = withCallFields("\"participants\":{\"type\":\"array\",\"items\":{\"type\":\"object\","
        + "\"properties\":{\"customer_id\":{\"type\":\"string\"},\"note\":{\"type\":\"string\"}}}}", "");
    FieldDef row = callField(api, "participants").items().orElseThrow();
    assertThat(row.fields().get(0).reference()).map(Reference::resource).contains("customers");
    assertThat(row.fields().get(1).reference()).isEmpty();
  }

  @Test
  void actionBodyFieldsAndParametersReferLikeFields() {
    String paths = resource("calls", "Call", "") + "," + resource("users", "User", "") + ","
        + resource("customers", "Customer", "") + ","
        + "\"/calls/{id}/transfer\":{\"post\":{\"parameters\":[{\"name\":\"customer_id\",\"in\":\"query\","
        + "\"schema\":{\"type\":\"string\"}}],\"requestBody\":{\"content\":{\"application/json\":{\"schema\":"
        + "{\"type\":\"object\",\"properties\":{\"agent_id\":{\"type\":\"string\"},\"reason\":"
        + "{\"type\":\"string\"}}}}}},\"responses\":{\"200\":{\"description\":\"ok\"}}}}";
    String schemas = "\"schemas\":{"
        + "\"Call\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}}},"
        + "\"Customer\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}}},"
        + "\"User\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}}}}";
    AdminApi api = InlineDocs.inferPaths(paths, schemas);
    var transfer = api.resource("calls").orElseThrow().actions().stream()
        .filter(a -> a.name().equals("transfer")).findFirst().orElseThrow();
    assertThat(transfer.bodyFields().get(0).reference())
        .contains(new Reference("users", "id", Reference.Rule.USER_ROLE_NAME));
    assertThat(transfer.bodyFields().get(1).reference()).isEmpty();
    assertThat(transfer.parameters().get(0).reference()).map(Reference::resource).contains("customers");
  }
}
