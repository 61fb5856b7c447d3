package dev.switchboard.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.h2.api.ErrorCode;

/** {@code /api/v1/teams/}: list (a bare array), create, read, replace (PUT) and delete teams. */
final class TeamsHandler {

  private static final String COLLECTION = "/api/v1/teams/";
  private static final String ITEM = "/api/v1/teams/{team_id}";

  private final Database database;
  private final TeamStore teams;
  private final UserStore users;

  TeamsHandler(Database database, TeamStore teams, UserStore users) {
    this.database = database;
    this.teams = teams;
    this.users = users;
  }

  void register(Dispatcher dispatcher) {
    dispatcher.add("GET", COLLECTION, this::list);
    dispatcher.add("POST", COLLECTION, this::create);
    dispatcher.add("GET", ITEM, this::get);
    dispatcher.add("PUT", ITEM, this::replace);
    dispatcher.add("DELETE", ITEM, this::delete);
  }

  Response list(Request request) throws SQLException {
    long skip = request.query().path("skip").asLong();
    int limit = request.query().path("limit").asInt();
    List<Team> page = database.read(c -> teams.list(c, skip, limit));
    return Response.ok(Json.NODES.arrayNode().addAll(page.stream().map(Team::toJson).toList()));
  }

  Response create(Request request) throws SQLException {
    JsonNode body = request.body();
    Team team = database.write(c -> {
      String name = body.get("name").asText();
      List<Integer> members = members(c, body.get("member_ids"));
      unique(c, name, Optional.empty());
      return insertOrConflict(() -> teams.insert(c, name, text(body.get("description")), members));
    });
    return Response.created(team.toJson());
  }

  Response get(Request request) throws SQLException {
    long id = request.path().get("team_id").asLong();
    return Response.ok(database.read(c -> teams.find(c, id)).orElseThrow(TeamsHandler::notFound).toJson());
  }

  /** PUT: the body is the whole team; members left out are removed. */
  Response replace(Request request) throws SQLException {
    long id = request.path().get("team_id").asLong();
    JsonNode body = request.body();
    Team team = database.write(c -> {
      Team existing = teams.find(c, id).orElseThrow(TeamsHandler::notFound);
      String name = body.get("name").asText();
      List<Integer> members = members(c, body.get("member_ids"));
      unique(c, name, Optional.of(existing.id()));
      Team replaced = new Team(existing.id(), name, text(body.get("description")), members);
      insertOrConflict(() -> teams.replace(c, replaced));
      return replaced;
    });
    return Response.ok(team.toJson());
  }

  Response delete(Request request) throws SQLException {
    long id = request.path().get("team_id").asLong();
    if (!database.write(c -> teams.delete(c, id))) {
      throw notFound();
    }
    return Response.noContent();
  }

  /** The member ids, each once in the order given; an id that is no user's is a 422 at its index. */
  private List<Integer> members(Connection connection, JsonNode ids) throws SQLException {
    List<Long> wanted = new ArrayList<>();
    ids.forEach(id -> wanted.add(id.asLong()));
    Set<Long> existing = users.existing(connection, wanted);
    List<ErrorItem> errors = new ArrayList<>();
    Set<Integer> members = new LinkedHashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      JsonNode id = ids.get(i);
      if (!id.canConvertToInt() || !existing.contains(id.asLong())) {
        errors.add(ErrorItem.valueError(ErrorItem.loc("body", "member_ids", i), "no user with id " + id, id));
      } else {
        members.add(id.asInt());
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    return List.copyOf(members);
  }

  private void unique(Connection connection, String name, Optional<Integer> self) throws SQLException {
    Optional<Integer> holder = teams.idByName(connection, name);
    if (holder.isPresent() && !holder.equals(self)) {
      throw conflict();
    }
  }

  /** A write that may hit the unique name index. */
  @FunctionalInterface
  private interface Write<T> {
    T run() throws SQLException;
  }

  /** The unique index has the last word when two requests race for one name. */
  private static <T> T insertOrConflict(Write<T> write) throws SQLException {
    try {
      return write.run();
    } catch (SQLException e) {
      if (e.getErrorCode() == ErrorCode.DUPLICATE_KEY_1) {
        throw conflict();
      }
      throw e;
    }
  }

  private static ApiException conflict() {
    return ApiException.of(409, "Team name already taken");
  }

  private static ApiException notFound() {
    return ApiException.notFound("Team");
  }

  private static String text(JsonNode value) {
    return value == null || value.isNull() ? null : value.asText();
  }
}
