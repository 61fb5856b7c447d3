package dev.switchboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Request bodies checked against the demo document's own schemas, reported as pydantic v2 would report them. */
class SchemaValidatorTest {

  private static SchemaValidator validator;

  @BeforeAll
  static void load() {
    validator = new SchemaValidator(ApiDocument.load());
  }

  private static List<ErrorItem> check(String schema, String json) {
    return validator.validate("/components/schemas/" + schema, Json.read(json), List.of("body"));
  }

  @Test
  void aValidBodyHasNoErrorsAndUnknownFieldsAreIgnored() {
    assertThat(check("CallCreate", """
        {"direction": "outbound", "caller_number": "+44 20 7946 0000", "queue": "sales",
         "started_at": "2024-05-01T09:00:00Z", "notes": null, "whatever": [1, 2]}""")).isEmpty();
  }

  @Test
  void anOptionalFieldReportsOnlyItsOwnProblemNotTheNullBranch() {
    List<ErrorItem> errors = check("CallUpdate", "{\"satisfaction\": 9}");

    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo("less_than_equal");
      assertThat(e.loc()).containsExactly("body", "satisfaction");
      assertThat(e.msg()).isEqualTo("Input should be less than or equal to 5");
      assertThat(e.ctx()).containsEntry("le", 5);
    });
  }

  @Test
  void missingFieldsAreReportedAtTheirOwnLocationWithTheEnclosingObjectAsInput() {
    List<ErrorItem> errors = check("CallTransfer", "{\"reason\": \"busy\"}");

    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo("missing");
      assertThat(e.loc()).containsExactly("body", "agent_id");
      assertThat(e.msg()).isEqualTo("Field required");
      assertThat(e.input()).isEqualTo(Json.read("{\"reason\": \"busy\"}"));
    });
  }

  @Test
  void aWrongEnumValueListsTheChoicesAsPydanticDoes() {
    List<ErrorItem> errors = check("UserUpdate", "{\"role\": null, \"scopes\": [\"calls:read\", \"root\"]}");

    assertThat(errors).extracting(ErrorItem::type).containsExactly("enum", "enum");
    assertThat(errors.get(0).msg()).isEqualTo("Input should be 'agent', 'supervisor' or 'admin'");
    assertThat(errors.get(1).loc()).containsExactly("body", "scopes", 1);
  }

  @Test
  void typeErrorsAreNamedByTheExpectedType() {
    List<ErrorItem> errors = check("CallUpdate", "{\"queue\": 5, \"agent_id\": \"seven\", \"tags\": \"vip\"}");

    assertThat(errors).extracting(ErrorItem::type).containsExactlyInAnyOrder("string_type", "int_parsing", "list_type");
  }

  @Test
  void dateTimesAndUrlsAreCheckedAsPydanticChecksThem() {
    List<ErrorItem> errors = check("CallUpdate", "{\"ended_at\": \"yesterday\", \"recording_url\": \"ftp://x/y\"}");

    assertThat(errors).extracting(ErrorItem::type).containsExactly("datetime_from_date_parsing", "url_scheme");
    assertThat(check("CallUpdate", "{\"ended_at\": \"2024-05-01 09:00:00\"}")).isEmpty();
  }

  @Test
  void theLoginFormRequiresUsernameAndPassword() {
    JsonNode form = RequestReader.form("grant_type=password&scope=calls%3Aread");

    List<ErrorItem> errors = validator.validate("/components/schemas/Body_login_api_v1_auth_token_post", form,
        List.of("body"));

    assertThat(errors).extracting(e -> e.loc().get(1)).containsExactly("username", "password");
  }
}
