package dev.switchboard.backends;

import static dev.switchboard.backends.ApiClient.API;
import static dev.switchboard.backends.ApiClient.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A backend's real responses match its own OpenAPI document: every operation is called, and each answer (2xx,
 * and 422 where the document declares it) is validated against the schema the document gives for that
 * operation and status ({@link ResponseSchemas}). Started once per class with a fresh database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContractScenario implements Scenario {

  private static final String CALLS = API + "/calls/";
  private static final String CALL = API + "/calls/{call_id}";
  private static final String USERS = API + "/users/";
  private static final String USER = API + "/users/{user_id}";
  private static final String TEAMS = API + "/teams/";
  private static final String TEAM = API + "/teams/{team_id}";

  private Backend backend;
  private ApiClient api;
  private ResponseSchemas schemas;

  abstract Backend startBackend();

  @BeforeAll
  final void startTheBackend() {
    backend = startBackend();
    api = new ApiClient(backend.baseUrl());
    JsonNode document = api.get(backend.openApiUrl().getPath(), null).expect(200).json();
    schemas = ResponseSchemas.of(document);
  }

  @AfterAll
  final void stopTheBackend() {
    if (backend != null) {
      backend.close();
    }
  }

  @Override
  public ApiClient api() {
    return api;
  }

  @Test
  void tokenAndMeMatchTheirSchemas() {
    schemas.assertConforms(api.login("admin", "switchboard-admin", null).expect(200), "POST", API + "/auth/token");
    schemas.assertConforms(api.login("viewer", "switchboard-viewer", "calls:read").expect(200), "POST",
        API + "/auth/token");
    schemas.assertConforms(api.get(API + "/users/me", token(SeedUser.AGENT)).expect(200), "GET", API + "/users/me");
  }

  @Test
  void callListsMatchTheirSchema() {
    String admin = token(SeedUser.ADMIN);
    long pages = api.get(CALLS + query("size", 100), admin).expect(200).json().path("pages").asLong();
    for (String query : new String[] {"", query("size", 100), query("size", 100, "page", pages / 2),
        query("size", 100, "page", pages), query("status", "missed", "size", 100),
        query("status__in", "voicemail,ringing,active", "order_by", "queue,-duration_s", "size", 100),
        query("search", "zzzz-nothing")}) {
      schemas.assertConforms(api.get(CALLS + query, admin).expect(200), "GET", CALLS);
    }
    schemas.assertConforms(api.get(CALLS + query("order_by", "colour"), admin).expect(422), "GET", CALLS);
    schemas.assertConforms(api.get(CALLS + query("size", 0), admin).expect(422), "GET", CALLS);
  }

  @Test
  void callOperationsMatchTheirSchemas() {
    String admin = token(SeedUser.ADMIN);
    ApiResponse created = api.post(CALLS, admin, newCall()).expect(201);
    schemas.assertConforms(created, "POST", CALLS);
    String id = created.json().path("id").asText();
    String path = API + "/calls/" + id;
    ObjectNode minimal = api.object().put("direction", "outbound").put("caller_number", "555-0100")
        .put("queue", "sales").put("started_at", "2026-01-15T10:30:00Z");
    schemas.assertConforms(api.post(CALLS, admin, minimal).expect(201), "POST", CALLS);
    schemas.assertConforms(api.post(CALLS, admin, newCall().put("direction", "sideways")).expect(422), "POST",
        CALLS);
    schemas.assertConforms(api.send("POST", CALLS, admin, "{\"direction\": ").expect(422), "POST", CALLS);

    schemas.assertConforms(api.get(path, admin).expect(200), "GET", CALL);
    schemas.assertConforms(api.patch(path, admin, api.object().put("queue", "vip").putNull("notes")).expect(200),
        "PATCH", CALL);
    schemas.assertConforms(api.patch(path, admin, api.object().put("satisfaction", 9)).expect(422), "PATCH",
        CALL);
    ObjectNode transfer = api.object().put("agent_id", idOf(SeedUser.AGENT)).put("reason", "escalation");
    schemas.assertConforms(api.post(path + "/transfer", admin, transfer).expect(200), "POST", CALL + "/transfer");
    schemas.assertConforms(api.post(path + "/transfer", admin, api.object().put("agent_id", 987_654_321))
        .expect(422), "POST", CALL + "/transfer");
    schemas.assertConforms(api.post(path + "/close", admin, api.object().put("outcome", "resolved")
        .put("notes", "done")).expect(200), "POST", CALL + "/close");
    schemas.assertConforms(api.post(path + "/close", admin, api.object().put("outcome", "shrug")).expect(422),
        "POST", CALL + "/close");
    schemas.assertConforms(api.get(path + "/history", admin).expect(200), "GET", CALL + "/history");
    schemas.assertConforms(api.delete(path, admin).expect(204), "DELETE", CALL);
  }

  @Test
  void historiesMatchTheirSchema() {
    String viewer = token(SeedUser.VIEWER);
    JsonNode seeded = api.get(CALLS + query("size", 1), viewer).expect(200).json().path("items").path(0);
    schemas.assertConforms(api.get(API + "/calls/" + seeded.path("id").asText() + "/history", viewer).expect(200),
        "GET", CALL + "/history");
  }

  @Test
  void rolesAndOwnPasswordMatchTheirSchemas() {
    schemas.assertConforms(api.get(API + "/roles/", token(SeedUser.VIEWER)).expect(200), "GET", API + "/roles/");
    ObjectNode user = newUser();
    api.post(USERS, token(SeedUser.ADMIN), user).expect(201);
    String token = api.login(user.path("username").asText(), user.path("password").asText(), null).expect(200)
        .json().path("access_token").asText();
    String path = API + "/users/me/password";
    String password = user.path("password").asText();
    schemas.assertConforms(api.post(path, token, api.object().put("current_password", "wrong-password")
        .put("new_password", "another-password")).expect(422), "POST", path);
    schemas.assertConforms(api.post(path, token, api.object().put("current_password", password)
        .put("new_password", "short")).expect(422), "POST", path);
    schemas.assertConforms(api.post(path, token, api.object().put("current_password", password)
        .put("new_password", "another-password")).expect(204), "POST", path);
  }

  @Test
  void userOperationsMatchTheirSchemas() {
    String admin = token(SeedUser.ADMIN);
    for (String query : new String[] {"", query("limit", 1000), query("skip", 5, "limit", 5),
        query("is_active", false), query("role", "supervisor"), query("q", "adm")}) {
      schemas.assertConforms(api.get(USERS + query, admin).expect(200), "GET", USERS);
    }
    schemas.assertConforms(api.get(USERS + query("limit", 0), admin).expect(422), "GET", USERS);
    ApiResponse created = api.post(USERS, admin, newUser()).expect(201);
    schemas.assertConforms(created, "POST", USERS);
    schemas.assertConforms(api.post(USERS, admin, newUser().put("role", "overlord")).expect(422), "POST", USERS);
    String path = API + "/users/" + created.json().path("id").asText();
    schemas.assertConforms(api.get(path, admin).expect(200), "GET", USER);
    schemas.assertConforms(api.patch(path, admin, api.object().put("full_name", "Renamed").put("is_active",
        false)).expect(200), "PATCH", USER);
    schemas.assertConforms(api.post(path + "/reset-password", admin, api.object().put("new_password",
        "another-password")).expect(204), "POST", USER + "/reset-password");
    schemas.assertConforms(api.post(path + "/reset-password", admin, api.object().put("new_password", "short"))
        .expect(422), "POST", USER + "/reset-password");
    schemas.assertConforms(api.delete(path, admin).expect(204), "DELETE", USER);
  }

  @Test
  void teamOperationsMatchTheirSchemas() {
    String admin = token(SeedUser.ADMIN);
    schemas.assertConforms(api.get(TEAMS, admin).expect(200), "GET", TEAMS);
    schemas.assertConforms(api.get(TEAMS + query("skip", 2, "limit", 3), admin).expect(200), "GET", TEAMS);
    ObjectNode body = api.object().put("name", unique("team")).put("description", "Weekend cover");
    body.putArray("member_ids").add(idOf(SeedUser.ADMIN));
    ApiResponse created = api.post(TEAMS, admin, body).expect(201);
    schemas.assertConforms(created, "POST", TEAMS);
    String path = API + "/teams/" + created.json().path("id").asText();
    schemas.assertConforms(api.get(path, admin).expect(200), "GET", TEAM);
    ObjectNode replacement = api.object().put("name", unique("team")).putNull("description");
    replacement.putArray("member_ids");
    schemas.assertConforms(api.put(path, admin, replacement).expect(200), "PUT", TEAM);
    replacement.putArray("member_ids").add(987_654_321);
    schemas.assertConforms(api.put(path, admin, replacement).expect(422), "PUT", TEAM);
    schemas.assertConforms(api.delete(path, admin).expect(204), "DELETE", TEAM);
  }
}
