package dev.switchboard.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.Record;
import dev.switchboard.model.AdminApi;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.openapi.DocumentLoader;
import dev.switchboard.openapi.DocumentSource;
import dev.switchboard.openapi.OpenApiReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A role choice that implies permissions, found from the model and applied in users forms. */
class RoleScopesTest {

  private static final String USER_FIELDS = """
      "username": {"type": "string"},
      "role": {"$ref": "#/components/schemas/Role"},
      "scopes": {"type": "array", "items": {"$ref": "#/components/schemas/Scope"}}""";

  private static AdminApi api(boolean withRoles) throws Exception {
    String roles = withRoles ? """
        ,"/roles/": {"get": {"responses": {"200": {"description": "ok", "content": {"application/json":
          {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/RoleRead"}}}}}}}}""" : "";
    String json = """
        {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {
          "/users/": {
            "get": {"responses": {"200": {"description": "ok", "content": {"application/json":
              {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/User"}}}}}}},
            "post": {"requestBody": {"content": {"application/json": {"schema":
              {"$ref": "#/components/schemas/UserCreate"}}}},
              "responses": {"201": {"description": "ok", "content": {"application/json":
              {"schema": {"$ref": "#/components/schemas/User"}}}}}}},
          "/users/{user_id}": {
            "parameters": [{"name": "user_id", "in": "path", "required": true, "schema": {"type": "integer"}}],
            "get": {"responses": {"200": {"description": "ok", "content": {"application/json":
              {"schema": {"$ref": "#/components/schemas/User"}}}}}},
            "patch": {"requestBody": {"content": {"application/json": {"schema":
              {"$ref": "#/components/schemas/UserUpdate"}}}},
              "responses": {"200": {"description": "ok", "content": {"application/json":
              {"schema": {"$ref": "#/components/schemas/User"}}}}}}}%s
        }, "components": {"schemas": {
          "Role": {"type": "string", "enum": ["agent", "supervisor", "admin"]},
          "Scope": {"type": "string", "enum": ["calls:read", "calls:write", "users:read", "users:admin"]},
          "User": {"type": "object", "required": ["id", "username", "role", "scopes"], "properties": {
            "id": {"type": "integer"}, %s}},
          "UserCreate": {"type": "object", "required": ["username"], "properties": {%s}},
          "UserUpdate": {"type": "object", "properties": {%s}},
          "RoleRead": {"type": "object", "required": ["name", "scopes"], "properties": {
            "name": {"$ref": "#/components/schemas/Role"}, "description": {"type": "string"},
            "scopes": {"type": "array", "items": {"$ref": "#/components/schemas/Scope"}}}}
        }}}
        """.formatted(roles, USER_FIELDS,
            USER_FIELDS.replace("\"$ref\": \"#/components/schemas/Role\"",
                "\"$ref\": \"#/components/schemas/Role\", \"default\": \"agent\""),
            USER_FIELDS);
    return new OpenApiReader().infer(DocumentLoader.withDefaults()
        .parse(json.getBytes(StandardCharsets.UTF_8), DocumentSource.of("http://api.test/openapi.json")));
  }

  private static final Map<String, RoleScopes.Role> ROLES = new LinkedHashMap<>();

  static {
    ROLES.put("agent", new RoleScopes.Role("agent", "Agent", "Answers calls", List.of("calls:read", "calls:write")));
    ROLES.put("supervisor", new RoleScopes.Role("supervisor", "Supervisor", "Runs a team",
        List.of("calls:read", "calls:write", "users:read")));
  }

  @Test
  void aUsersRoleIsLinkedToARolesResourceWhoseRecordsCarryTheSameListOfPermissions() throws Exception {
    AdminApi api = api(true);
    ResourceDef users = api.resource("users").orElseThrow();

    RoleScopes.Link link = RoleScopes.find(api, users).orElseThrow();

    assertThat(link.roleField()).isEqualTo("role");
    assertThat(link.scopesField()).isEqualTo("scopes");
    assertThat(link.roles().name()).isEqualTo("roles");
    assertThat(link.keyField()).as("the roles' enum of the same values").isEqualTo("name");
    assertThat(RoleScopes.find(api(false), users)).as("no roles resource, no link").isEmpty();
    assertThat(RoleScopes.find(api, api.resource("roles").orElseThrow())).isEmpty();
  }

  @Test
  void rolesAreReadFromTheListInTheApisOrderWithReadableLabels() throws Exception {
    AdminApi api = api(true);
    RoleScopes.Link link = RoleScopes.find(api, api.resource("users").orElseThrow()).orElseThrow();
    InMemoryRecordClient client = new InMemoryRecordClient(List.of(
        Record.of(Map.of("name", "supervisor", "description", "Runs a team",
            "scopes", List.of("calls:read", "calls:write", "users:read"))),
        Record.of(Map.of("name", "agent", "scopes", List.of("calls:read")))));

    Map<String, RoleScopes.Role> roles = RoleScopes.load(client, link).join();

    assertThat(roles.keySet()).containsExactly("supervisor", "agent");
    assertThat(roles.get("supervisor")).isEqualTo(new RoleScopes.Role("supervisor", "Supervisor", "Runs a team",
        List.of("calls:read", "calls:write", "users:read")));
    assertThat(roles.get("agent").description()).isEmpty();
  }

  @Test
  void aNewUserStartsWithTheDefaultRolesPermissionsAndChoosingARoleSetsThem() throws Exception {
    AdminApi api = api(true);
    ResourceDef users = api.resource("users").orElseThrow();
    RecordFormViewModel form = RecordFormViewModel.forNew(users, new InMemoryRecordClient(List.of()),
        Runnable::run, new FieldRules(java.util.Locale.UK));
    RoleScopes.attach(form, RoleScopes.find(api, users).orElseThrow(), ROLES);
    FieldViewModel role = form.field("role").orElseThrow();
    FieldViewModel scopes = form.field("scopes").orElseThrow();

    assertThat(scopes.valueProperty().get()).isEqualTo(List.of("calls:read", "calls:write"));
    assertThat(role.hintProperty().get()).isEqualTo("Agent gives calls:read, calls:write.");
    assertThat(form.isDirty()).as("the default role's permissions are where a new form starts").isFalse();

    role.valueProperty().set("supervisor");
    assertThat(scopes.valueProperty().get()).isEqualTo(List.of("calls:read", "calls:write", "users:read"));
    assertThat(role.hintProperty().get()).isEqualTo("Supervisor gives calls:read, calls:write, users:read.");

    scopes.valueProperty().set(List.of("calls:read", "users:read", "users:admin"));
    assertThat(role.hintProperty().get()).isEqualTo("Supervisor gives calls:read, calls:write, users:read."
        + " These permissions differ: also users:admin; without calls:write.");
  }

  @Test
  void editingAUserKeepsTheirPermissionsUntilTheRoleIsChanged() throws Exception {
    AdminApi api = api(true);
    ResourceDef users = api.resource("users").orElseThrow();
    Record stored = Record.of(Map.of("id", 7, "username", "sam", "role", "agent",
        "scopes", List.of("calls:read", "calls:write", "users:read")));
    RecordFormViewModel form = RecordFormViewModel.forEdit(users, stored, new InMemoryRecordClient(List.of()),
        Runnable::run, new FieldRules(java.util.Locale.UK));
    RoleScopes.attach(form, RoleScopes.find(api, users).orElseThrow(), ROLES);

    assertThat(form.isDirty()).as("opening the form changes nothing").isFalse();
    assertThat(form.field("role").orElseThrow().hintProperty().get())
        .isEqualTo("Agent gives calls:read, calls:write. These permissions differ: also users:read.");

    form.field("role").orElseThrow().valueProperty().set("supervisor");
    assertThat(form.body()).containsEntry("role", "supervisor").doesNotContainKey("scopes")
        .as("supervisor gives exactly what sam has: nothing else to send");
  }
}
