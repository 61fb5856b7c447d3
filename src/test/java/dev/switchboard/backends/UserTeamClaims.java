package dev.switchboard.backends;

import static dev.switchboard.backends.ApiClient.API;
import static dev.switchboard.backends.ApiClient.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Users ({@code {data,count}}, skip/limit, filters, create, reset-password, delete) and teams (a bare array). */
interface UserTeamClaims extends Scenario {

  @Test
  default void usersListAnswersDataAndCountWithSkipAndLimit() {
    JsonNode all = users(query("limit", 1000));
    long count = all.path("count").asLong();
    assertThat(all.path("data")).as("every user with limit=1000").hasSize((int) count);
    List<Long> ids = longIds(all.path("data"));
    assertThat(ids).as("users are ordered by id").isSorted();

    JsonNode window = users(query("skip", 2, "limit", 3));
    assertThat(window.path("count").asLong()).as("count is the total, not the page").isEqualTo(count);
    assertThat(longIds(window.path("data"))).isEqualTo(ids.subList(2, 5));
    assertThat(users("").path("data")).as("default limit 100").hasSize((int) Math.min(100, count));
  }

  @Test
  default void isActiveFilterSplitsTheUsers() {
    long count = users(query("limit", 1000)).path("count").asLong();
    long inactive = assertUsersFilter(user -> !user.path("is_active").asBoolean(), "is_active", false);
    long active = assertUsersFilter(user -> user.path("is_active").asBoolean(), "is_active", true);
    assertThat(active + inactive).isEqualTo(count);
  }

  @Test
  default void roleFilterKeepsOnlyThatRole() {
    assertUsersFilter(user -> user.path("role").asText().equals("supervisor"), "role", "supervisor");
  }

  @Test
  default void qSearchesUsernameFullNameOrEmailIgnoringCase() {
    assertUsersFilter(user -> (user.path("username").asText() + "\n" + user.path("full_name").asText("")
        + "\n" + user.path("email").asText()).toLowerCase(Locale.ROOT).contains("adm"), "q", "ADM");
  }

  @Test
  default void createUserAnswers201WithoutThePasswordAndATakenUsernameIs409() {
    ObjectNode body = newUser();
    JsonNode created = createUser(body);
    assertThat(created.path("id").isIntegralNumber()).as("id of %s", created).isTrue();
    assertThat(created.path("username").asText()).isEqualTo(body.path("username").asText());
    assertThat(created.path("email").asText()).isEqualTo(body.path("email").asText());
    assertThat(created.path("is_active").asBoolean()).as("is_active defaults to true").isTrue();
    assertThat(created.path("scopes").isArray() && created.path("scopes").isEmpty()).as("scopes of %s", created)
        .isTrue();
    assertThat(created.has("password") || created.has("hashed_password")).as("password in %s", created)
        .isFalse();
    assertThat(api().get(API + "/users/" + created.path("id").asText(), token(SeedUser.ADMIN)).expect(200)
        .json()).isEqualTo(created);

    api().post(API + "/users/", token(SeedUser.ADMIN), newUser().put("username", body.path("username").asText()))
        .expectDetail(409, "Username already taken");
  }

  @Test
  default void patchUserChangesOnlyTheFieldsSent() {
    JsonNode before = createUser(newUser());
    JsonNode after = api().patch(API + "/users/" + before.path("id").asText(), token(SeedUser.ADMIN),
        api().object().put("role", "supervisor")).expect(200).json();
    assertThat(after.path("role").asText()).isEqualTo("supervisor");
    ObjectNode expected = before.deepCopy();
    expected.put("role", "supervisor");
    assertThat(after).isEqualTo(expected);
  }

  @Test
  default void resetPasswordAnswers204AndOnlyTheNewPasswordLogsIn() {
    ObjectNode body = newUser();
    JsonNode user = createUser(body);
    ApiResponse reset = api().post(API + "/users/" + user.path("id").asText() + "/reset-password",
        token(SeedUser.ADMIN), api().object().put("new_password", "second-password-2")).expect(204);
    assertThat(reset.body()).as("body of %s", reset).isEmpty();
    String username = body.path("username").asText();
    api().login(username, "second-password-2", null).expect(200);
    api().login(username, body.path("password").asText(), null)
        .expectDetail(400, "Incorrect username or password");
  }

  @Test
  default void deleteUserAnswers204ThenTheUserIsNotFound() {
    String path = API + "/users/" + createUser(newUser()).path("id").asText();
    api().delete(path, token(SeedUser.ADMIN)).expect(204);
    api().get(path, token(SeedUser.ADMIN)).expectDetail(404, "User not found");
  }

  @Test
  default void teamsListIsABareArrayWithSkipAndLimit() {
    JsonNode all = api().get(API + "/teams/", token(SeedUser.AGENT)).expect(200).json();
    assertThat(all.isArray()).as("teams list is a bare array: %s", all).isTrue();
    assertThat(all.size()).isGreaterThanOrEqualTo(4);
    List<Long> ids = longIds(all);
    assertThat(ids).as("teams are ordered by id").isSorted();
    for (JsonNode team : all) {
      assertThat(team.path("name").isTextual() && team.path("member_ids").isArray()).as("team %s", team)
          .isTrue();
    }
    JsonNode window = api().get(API + "/teams/" + query("skip", 1, "limit", 2), token(SeedUser.AGENT))
        .expect(200).json();
    assertThat(longIds(window)).isEqualTo(ids.subList(1, 3));
  }

  @Test
  default void createThenPutReplacesTheWholeTeam() {
    int admin = idOf(SeedUser.ADMIN);
    int agent = idOf(SeedUser.AGENT);
    ObjectNode body = api().object().put("name", unique("team")).put("description", "Night shift");
    body.putArray("member_ids").add(admin).add(agent);
    JsonNode created = api().post(API + "/teams/", token(SeedUser.ADMIN), body).expect(201).json();
    assertThat(created.path("member_ids")).isEqualTo(body.path("member_ids"));

    String path = API + "/teams/" + created.path("id").asText();
    ObjectNode replacement = api().object().put("name", unique("team")).putNull("description");
    replacement.putArray("member_ids").add(agent);
    JsonNode replaced = api().put(path, token(SeedUser.ADMIN), replacement).expect(200).json();
    ObjectNode expected = replacement.deepCopy();
    expected.set("id", created.path("id"));
    assertThat(replaced).isEqualTo(expected);
    assertThat(api().get(path, token(SeedUser.ADMIN)).expect(200).json()).isEqualTo(replaced);
  }

  @Test
  default void anUnknownTeamMemberIs422AtItsIndex() {
    ObjectNode body = api().object().put("name", unique("team"));
    body.putArray("member_ids").add(idOf(SeedUser.ADMIN)).add(987_654_321);
    api().post(API + "/teams/", token(SeedUser.ADMIN), body).expectValidationErrorAt("body", "member_ids", 1);

    JsonNode team = api().get(API + "/teams/", token(SeedUser.ADMIN)).expect(200).json().path(0);
    api().put(API + "/teams/" + team.path("id").asText(), token(SeedUser.ADMIN), body)
        .expectValidationErrorAt("body", "member_ids", 1);
  }

  @Test
  default void deleteTeamAnswers204ThenTheTeamIsNotFound() {
    JsonNode created = api().post(API + "/teams/", token(SeedUser.ADMIN), api().object().put("name",
        unique("team"))).expect(201).json();
    String path = API + "/teams/" + created.path("id").asText();
    api().delete(path, token(SeedUser.ADMIN)).expect(204);
    api().get(path, token(SeedUser.ADMIN)).expectDetail(404, "Team not found");
  }

  private JsonNode users(String query) {
    return api().get(API + "/users/" + query, token(SeedUser.ADMIN)).expect(200).json();
  }

  /** Asserts the filter leaves some users but fewer than all, each satisfying {@code holds}; returns its count. */
  private long assertUsersFilter(Predicate<JsonNode> holds, String name, Object value) {
    long all = users(query("limit", 1000)).path("count").asLong();
    JsonNode filtered = users(query(name, value, "limit", 1000));
    long count = filtered.path("count").asLong();
    assertThat(count).as("users with %s=%s among %d", name, value, all).isPositive().isLessThan(all);
    assertThat(filtered.path("data")).hasSize((int) count);
    List<JsonNode> data = new ArrayList<>();
    filtered.path("data").forEach(data::add);
    assertThat(data.stream().filter(holds.negate())).as("users that fail %s=%s", name, value).isEmpty();
    return count;
  }

  private static List<Long> longIds(JsonNode array) {
    List<Long> ids = new ArrayList<>();
    array.forEach(item -> ids.add(item.path("id").asLong()));
    return ids;
  }
}
