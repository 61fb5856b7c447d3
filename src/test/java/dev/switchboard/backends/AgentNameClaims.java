package dev.switchboard.backends;

import static dev.switchboard.backends.ApiClient.API;
import static dev.switchboard.backends.ApiClient.query;
import static dev.switchboard.backends.Scenario.items;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * A call's {@code agent_name}: the agent's full name (their username when they have none), null without an agent
 * or once that user is gone, current after a rename, in every answer that returns a call, and never written.
 */
interface AgentNameClaims extends Scenario {

  @Test
  default void aListedCallWithAnAgentHasThatAgentsFullName() {
    JsonNode agent = createUser(newUser().put("full_name", "Ada Lovelace"));
    JsonNode call = createCall(newCall().put("agent_id", agent.path("id").asInt()));
    assertThat(listedWithAgent(call, agent, SeedUser.ADMIN).path("agent_name").asText()).isEqualTo("Ada Lovelace");

    // The seeded calls too: each agent on a page of handled calls, as /users/{id} names them. (Other claims
    // may have completed calls of their own, without an agent, since this backend started.)
    List<JsonNode> handled = items(callsPage(query("status", "completed", "size", 50))).stream()
        .filter(listed -> !listed.path("agent_id").isNull()).toList();
    assertThat(handled).as("completed calls with an agent").isNotEmpty();
    for (JsonNode seeded : handled) {
      JsonNode user = api().get(API + "/users/" + seeded.path("agent_id").asText(), token(SeedUser.ADMIN))
          .expect(200).json();
      assertThat(seeded.path("agent_name").asText()).as("agent_name of %s", seeded).isEqualTo(nameOf(user));
    }
  }

  @Test
  default void aCallWithoutAnAgentHasANullAgentName() {
    JsonNode created = createCall(newCall());
    assertThat(created.has("agent_name") && created.path("agent_name").isNull())
        .as("agent_name of %s is there and null", created).isTrue();
    List<JsonNode> missed = items(callsPage(query("status", "missed", "size", 20)));
    assertThat(missed).as("missed calls, which have no agent").isNotEmpty();
    for (JsonNode call : missed) {
      assertThat(call.path("agent_id").isNull() && call.has("agent_name") && call.path("agent_name").isNull())
          .as("agent_id and agent_name of %s are there and null", call).isTrue();
    }
  }

  @Test
  default void renamingTheAgentShowsTheNewNameOnTheirCalls() {
    JsonNode agent = createUser(newUser().put("full_name", "Grace Hopper"));
    JsonNode call = createCall(newCall().put("agent_id", agent.path("id").asInt()));
    String userPath = API + "/users/" + agent.path("id").asText();
    String callPath = API + "/calls/" + call.path("id").asText();
    String admin = token(SeedUser.ADMIN);

    api().patch(userPath, admin, api().object().put("full_name", "Grace Brewster Hopper")).expect(200);
    assertThat(listedWithAgent(call, agent, SeedUser.ADMIN).path("agent_name").asText())
        .as("listed after the rename").isEqualTo("Grace Brewster Hopper");
    assertThat(api().get(callPath, admin).expect(200).json().path("agent_name").asText())
        .as("read after the rename").isEqualTo("Grace Brewster Hopper");

    api().patch(userPath, admin, api().object().putNull("full_name")).expect(200);
    assertThat(listedWithAgent(call, agent, SeedUser.ADMIN).path("agent_name").asText())
        .as("listed once the full name is cleared: the username").isEqualTo(agent.path("username").asText());
  }

  @Test
  default void aDeletedAgentsCallsKeepTheIdAndHaveANullAgentName() {
    JsonNode agent = createUser(newUser());
    JsonNode call = createCall(newCall().put("agent_id", agent.path("id").asInt()));
    api().delete(API + "/users/" + agent.path("id").asText(), token(SeedUser.ADMIN)).expect(204);
    JsonNode listed = listedWithAgent(call, agent, SeedUser.ADMIN);
    assertThat(listed.path("agent_id").asInt()).isEqualTo(agent.path("id").asInt());
    assertThat(listed.path("agent_name").isNull()).as("agent_name of %s", listed).isTrue();
    JsonNode read = api().get(API + "/calls/" + call.path("id").asText(), token(SeedUser.ADMIN)).expect(200).json();
    assertThat(read.path("agent_name").isNull()).as("agent_name of %s", read).isTrue();
  }

  @Test
  default void viewerWhoMayNotReadUsersSeesTheAgentsName() {
    JsonNode agent = createUser(newUser().put("full_name", "Katherine Johnson"));
    JsonNode call = createCall(newCall().put("agent_id", agent.path("id").asInt()));
    api().get(API + "/users/" + agent.path("id").asText(), token(SeedUser.VIEWER)).expect(403);
    assertThat(listedWithAgent(call, agent, SeedUser.VIEWER).path("agent_name").asText())
        .isEqualTo("Katherine Johnson");
    assertThat(api().get(API + "/calls/" + call.path("id").asText(), token(SeedUser.VIEWER)).expect(200).json()
        .path("agent_name").asText()).isEqualTo("Katherine Johnson");
  }

  @Test
  default void everyAnswerThatReturnsACallNamesItsAgent() {
    JsonNode first = createUser(newUser().put("full_name", "Mary Jackson"));
    JsonNode second = createUser(newUser().put("full_name", "Dorothy Vaughan"));
    String admin = token(SeedUser.ADMIN);
    JsonNode created = createCall(newCall().put("agent_id", first.path("id").asInt()));
    String path = API + "/calls/" + created.path("id").asText();
    List<JsonNode> answers = new ArrayList<>();
    answers.add(created);
    answers.add(api().get(path, admin).expect(200).json());
    answers.add(api().patch(path, admin, api().object().put("queue", "vip")).expect(200).json());
    List<String> expected = new ArrayList<>(List.of("Mary Jackson", "Mary Jackson", "Mary Jackson"));

    answers.add(api().patch(path, admin, api().object().put("agent_id", second.path("id").asInt())).expect(200)
        .json());
    answers.add(api().post(path + "/transfer", admin, api().object().put("agent_id", first.path("id").asInt()))
        .expect(200).json());
    answers.add(api().post(path + "/close", admin, api().object().put("outcome", "resolved")).expect(200).json());
    expected.addAll(List.of("Dorothy Vaughan", "Mary Jackson", "Mary Jackson"));

    List<String> names = new ArrayList<>();
    answers.forEach(answer -> names.add(answer.path("agent_name").asText(null)));
    assertThat(names).as("agent_name after create, get, PATCH, PATCH agent_id, transfer and close")
        .isEqualTo(expected);
    List<String> fields = new ArrayList<>();
    created.fieldNames().forEachRemaining(fields::add);
    assertThat(fields.subList(0, 5)).as("the first fields of %s", created)
        .containsExactly("id", "direction", "caller_number", "agent_id", "agent_name");
  }

  @Test
  default void anAgentNameSentInABodyIsIgnored() {
    JsonNode agent = createUser(newUser().put("full_name", "Hedy Lamarr"));
    ObjectNode body = newCall().put("agent_id", agent.path("id").asInt()).put("agent_name", "Someone Else");
    JsonNode created = createCall(body);
    assertThat(created.path("agent_name").asText()).isEqualTo("Hedy Lamarr");
    JsonNode patched = api().patch(API + "/calls/" + created.path("id").asText(), token(SeedUser.ADMIN),
        api().object().put("agent_name", "Someone Else")).expect(200).json();
    assertThat(patched.path("agent_name").asText()).isEqualTo("Hedy Lamarr");
  }

  /** The call as {@code GET /calls/?agent_id=} lists it for {@code reader}; asserts it is there. */
  private JsonNode listedWithAgent(JsonNode call, JsonNode agent, SeedUser reader) {
    JsonNode page = api().get(API + "/calls/" + query("agent_id", agent.path("id").asInt(), "size", 100),
        token(reader)).expect(200).json();
    for (JsonNode listed : items(page)) {
      if (listed.path("id").equals(call.path("id"))) {
        return listed;
      }
    }
    throw new AssertionError("call " + call.path("id") + " is not listed with agent_id=" + agent.path("id")
        + ": " + page);
  }

  /** A user's name as a call shows it: the full name, or the username when there is none. */
  private static String nameOf(JsonNode user) {
    return user.path("full_name").isNull() ? user.path("username").asText() : user.path("full_name").asText();
  }
}
