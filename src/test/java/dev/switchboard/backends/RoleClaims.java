package dev.switchboard.backends;

import static dev.switchboard.backends.ApiClient.API;
import static dev.switchboard.backends.ApiClient.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;

/** {@code /roles/}: the three roles and the scopes each implies, which the generated seed users have. */
interface RoleClaims extends Scenario {

  @Test
  default void rolesListsAgentSupervisorAndAdminWithTheirScopesToAnySignedInUser() {
    ArrayNode expected = api().object().arrayNode();
    expected.addObject().put("name", "agent").put("description", "Answers and updates calls")
        .putArray("scopes").add("calls:read").add("calls:write");
    expected.addObject().put("name", "supervisor").put("description", "Runs a team; reads users and teams")
        .putArray("scopes").add("calls:read").add("calls:write").add("users:read");
    expected.addObject().put("name", "admin").put("description", "Manages users, teams and permissions")
        .putArray("scopes").add("calls:read").add("calls:write").add("users:read").add("users:admin");
    for (SeedUser user : SeedUser.values()) {
      ApiResponse roles = api().get(API + "/roles/", token(user)).expect(200);
      assertThat(roles.json()).as("%s as %s", roles, user.username).isEqualTo(expected);
    }
    api().get(API + "/roles/", null).expectDetail(401, "Not authenticated");
  }

  @Test
  default void everyGeneratedSeedUserHasExactlyTheScopesOfItsRole() {
    Map<String, JsonNode> scopesByRole = new HashMap<>();
    api().get(API + "/roles/", token(SeedUser.VIEWER)).expect(200).json()
        .forEach(role -> scopesByRole.put(role.path("name").asText(), role.path("scopes")));
    Set<String> accounts = Set.of(SeedUser.ADMIN.username, SeedUser.AGENT.username, SeedUser.VIEWER.username);
    // Seeded users were created days ago; the users other claims create, just now.
    Instant seededBefore = Instant.now().minus(Duration.ofDays(1));
    List<JsonNode> generated = new ArrayList<>();
    api().get(API + "/users/" + query("limit", 1000), token(SeedUser.ADMIN)).expect(200).json().path("data")
        .forEach(user -> {
          if (!accounts.contains(user.path("username").asText())
              && Scenario.instant(user.path("created_at")).isBefore(seededBefore)) {
            generated.add(user);
          }
        });
    assertThat(generated).as("the 57 generated seed users").hasSize(57);
    assertThat(generated).allSatisfy(user -> assertThat(user.path("scopes"))
        .as("scopes of %s", user).isEqualTo(scopesByRole.get(user.path("role").asText())));
  }
}
