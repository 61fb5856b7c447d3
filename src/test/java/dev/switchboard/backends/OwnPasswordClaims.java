package dev.switchboard.backends;

import static dev.switchboard.backends.ApiClient.API;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** {@code POST /users/me/password}: any signed-in user changes their own password, knowing the current one. */
interface OwnPasswordClaims extends Scenario {

  String PASSWORD = API + "/users/me/password";

  @Test
  default void changingYourOwnPasswordKeepsYourTokensAndOnlyTheNewPasswordLogsIn() {
    ObjectNode body = newUser();
    createUser(body);
    String username = body.path("username").asText();
    String oldPassword = body.path("password").asText();
    String token = api().login(username, oldPassword, null).expect(200).json().path("access_token").asText();

    ApiResponse changed = api().post(PASSWORD, token, change(oldPassword, "changed-password-3")).expect(204);
    assertThat(changed.body()).as("body of %s", changed).isEmpty();

    api().get(API + "/users/me", token).expect(200);
    api().login(username, "changed-password-3", null).expect(200);
    api().login(username, oldPassword, null).expectDetail(400, "Incorrect username or password");
  }

  @Test
  default void aWrongCurrentPasswordIs422OnCurrentPasswordShapedLikeTheBackendsOther422s() {
    ObjectNode body = newUser();
    createUser(body);
    String username = body.path("username").asText();
    String token = api().login(username, body.path("password").asText(), null).expect(200).json()
        .path("access_token").asText();
    // FastAPI with pydantic 1 writes no "input" in a 422, pydantic 2 does: the backend's own habit decides.
    JsonNode other = api().post(PASSWORD, token, change(body.path("password").asText(), "short"))
        .expectValidationErrorAt("body", "new_password").json().path("detail").path(0);

    ApiResponse refused = api().post(PASSWORD, token, change("not-my-password", "changed-password-4"));
    refused.expectValidationErrorAt("body", "current_password");
    ObjectNode expected = api().object().put("type", "value_error");
    expected.putArray("loc").add("body").add("current_password");
    expected.put("msg", "Current password is not correct");
    if (other.has("input")) {
      expected.put("input", "not-my-password");
    }
    JsonNode detail = refused.json().path("detail");
    assertThat(detail).as("detail of %s", refused).hasSize(1);
    assertThat(detail.path(0)).as("the error in %s", refused).isEqualTo(expected);
    api().login(username, "changed-password-4", null).expectDetail(400, "Incorrect username or password");
  }

  @Test
  default void changingAPasswordWithoutATokenIs401() {
    api().post(PASSWORD, null, change(SeedUser.VIEWER.password, "changed-password-5"))
        .expectDetail(401, "Not authenticated");
    api().login(SeedUser.VIEWER.username, SeedUser.VIEWER.password, null).expect(200);
  }

  private ObjectNode change(String current, String next) {
    return api().object().put("current_password", current).put("new_password", next);
  }
}
