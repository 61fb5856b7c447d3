package dev.switchboard.backends;

import static dev.switchboard.backends.ApiClient.API;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Log-in, tokens, scopes and {@code /users/me}. */
interface AuthClaims extends Scenario {

  @Test
  default void everySeedUserLogsInAndIsGrantedExactlyItsScopes() {
    for (SeedUser user : SeedUser.values()) {
      ApiResponse response = api().login(user.username, user.password, null).expect(200);
      JsonNode token = response.json();
      assertThat(token.path("access_token").asText()).as("access_token of %s", response).isNotBlank();
      assertThat(token.path("token_type").asText()).as("token_type of %s", response).isEqualTo("bearer");
      assertThat(token.path("expires_in").asInt()).as("expires_in of %s (30 minutes by default)", response)
          .isEqualTo(1800);
      assertThat(scopes(token)).as("granted scopes of %s", response).isEqualTo(user.scopes);
    }
  }

  @Test
  default void aRequestedScopeSubsetIsGrantedAndEnforced() {
    ApiResponse readOnly = api().login("agent", "switchboard-agent", "calls:read").expect(200);
    assertThat(scopes(readOnly.json())).as(readOnly.toString()).containsExactly("calls:read");
    String readOnlyToken = readOnly.json().path("access_token").asText();
    api().get(API + "/calls/?size=1", readOnlyToken).expect(200);
    api().post(API + "/calls/", readOnlyToken, newCall()).expectDetail(403, "Not enough permissions");

    // A scope the user does not have is left out, not granted and not an error.
    ApiResponse overreach = api().login("viewer", "switchboard-viewer", "calls:read users:admin").expect(200);
    assertThat(scopes(overreach.json())).as(overreach.toString()).containsExactly("calls:read");
  }

  @Test
  default void aWrongPasswordOrUnknownUserIs400WithDetail() {
    api().login("admin", "not-the-password", null).expectDetail(400, "Incorrect username or password");
    api().login("nobody-here", "switchboard-admin", null).expectDetail(400, "Incorrect username or password");
  }

  @Test
  default void anInactiveUserIs400Inactive() {
    ObjectNode body = newUser().put("is_active", false);
    createUser(body);
    api().login(body.path("username").asText(), body.path("password").asText(), null)
        .expectDetail(400, "Inactive user");
  }

  @Test
  default void noOrBadTokenIs401WithABearerChallenge() {
    ApiResponse none = api().get(API + "/calls/", null).expectDetail(401, "Not authenticated");
    assertThat(none.headers().firstValue("WWW-Authenticate")).as(none.toString()).hasValueSatisfying(
        challenge -> assertThat(challenge).startsWith("Bearer"));

    ApiResponse bad = api().get(API + "/users/me", "not-a-token").expectDetail(401, "Could not validate credentials");
    assertThat(bad.headers().firstValue("WWW-Authenticate")).as(bad.toString()).hasValueSatisfying(
        challenge -> assertThat(challenge).startsWith("Bearer"));
  }

  @Test
  default void usersMeIsTheCallerWithItsScopesAndNoPassword() {
    for (SeedUser user : SeedUser.values()) {
      ApiResponse response = api().get(API + "/users/me", token(user)).expect(200);
      JsonNode me = response.json();
      assertThat(me.path("username").asText()).as(response.toString()).isEqualTo(user.username);
      assertThat(me.path("id").isIntegralNumber()).as("integer id in %s", response).isTrue();
      assertThat(me.path("is_active").asBoolean()).as(response.toString()).isTrue();
      assertThat(texts(me.path("scopes"))).as("scopes in %s", response).isEqualTo(user.scopes);
      assertThat(me.has("password") || me.has("hashed_password"))
          .as("a password field in %s", response).isFalse();
    }
  }

  private static Set<String> scopes(JsonNode token) {
    return Arrays.stream(token.path("scope").asText().trim().split("\\s+"))
        .filter(scope -> !scope.isEmpty())
        .collect(Collectors.toSet());
  }

  private static Set<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(JsonNode::asText)
        .collect(Collectors.toSet());
  }
}
