package dev.switchboard.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.time.Clock;

/**
 * {@code /api/v1/users/}: list, create, read, change and delete users, reset a password, and {@code me} (who is
 * calling, and changing one's own password). After each committed create, change or delete it rereads the {@link
 * UserNames} that calls show as {@code agent_name}, before answering.
 */
final class UsersHandler {

  private static final String COLLECTION = "/api/v1/users/";
  private static final String ITEM = "/api/v1/users/{user_id}";

  private final Database database;
  private final UserStore users;
  private final UserNames names;
  private final Passwords passwords;
  private final Clock clock;

  UsersHandler(Database database, UserStore users, UserNames names, Passwords passwords, Clock clock) {
    this.database = database;
    this.users = users;
    this.names = names;
    this.passwords = passwords;
    this.clock = clock;
  }

  void register(Dispatcher dispatcher) {
    dispatcher.add("GET", COLLECTION, this::list);
    dispatcher.add("POST", COLLECTION, this::create);
    // Before {user_id}: routes match in order, as in Starlette.
    dispatcher.add("GET", "/api/v1/users/me", this::me);
    dispatcher.add("POST", "/api/v1/users/me/password", this::changeOwnPassword);
    dispatcher.add("GET", ITEM, this::get);
    dispatcher.add("PATCH", ITEM, this::update);
    dispatcher.add("DELETE", ITEM, this::delete);
    dispatcher.add("POST", ITEM + "/reset-password", this::resetPassword);
  }

  Response list(Request request) throws SQLException {
    UserStore.Filter filter = new UserStore.Filter(request.queryParam("is_active").map(JsonNode::asBoolean),
        request.queryParam("role").map(JsonNode::asText), request.queryParam("q").map(JsonNode::asText));
    long skip = request.query().path("skip").asLong();
    int limit = request.query().path("limit").asInt();
    UserStore.Page page = database.read(c -> users.list(c, filter, skip, limit));
    ObjectNode body = Json.object();
    body.set("data", Json.NODES.arrayNode().addAll(page.data().stream().map(User::toJson).toList()));
    body.put("count", page.count());
    return Response.ok(body);
  }

  Response me(Request request) {
    return Response.ok(request.requireCaller().user().toJson());
  }

  /** A new user; a taken username is a 409 (checked in the same transaction as the insert). */
  Response create(Request request) throws SQLException {
    JsonNode body = request.body();
    String username = body.get("username").asText();
    String hash = passwords.hash(body.get("password").asText());
    User user = database.write(c -> {
      if (users.usernameTaken(c, username)) {
        throw ApiException.of(409, "Username already taken");
      }
      User draft = new User(0, username, text(body.get("full_name")), body.get("email").asText(),
          body.get("is_active").asBoolean(), body.get("role").asText(),
          Scopes.ordered(Json.stringList(body.get("scopes"))), Json.now(clock));
      return users.insert(c, draft, hash);
    });
    names.reload();
    return Response.created(user.toJson());
  }

  Response get(Request request) throws SQLException {
    long id = request.path().get("user_id").asLong();
    return Response.ok(database.read(c -> users.find(c, id)).orElseThrow(UsersHandler::notFound).toJson());
  }

  /** PATCH: only the fields sent change. */
  Response update(Request request) throws SQLException {
    long id = request.path().get("user_id").asLong();
    JsonNode body = request.body();
    User updated = database.write(c -> {
      User user = users.find(c, id).orElseThrow(UsersHandler::notFound);
      User changed = new User(user.id(), user.username(),
          body.has("full_name") ? text(body.get("full_name")) : user.fullName(),
          body.has("email") ? body.get("email").asText() : user.email(),
          body.has("is_active") ? body.get("is_active").asBoolean() : user.active(),
          body.has("role") ? body.get("role").asText() : user.role(),
          body.has("scopes") ? Scopes.ordered(Json.stringList(body.get("scopes"))) : user.scopes(), user.createdAt());
      users.update(c, changed);
      return changed;
    });
    names.reload();
    return Response.ok(updated.toJson());
  }

  /** Deletes the user; their calls keep the {@code agent_id}, their team memberships go. */
  Response delete(Request request) throws SQLException {
    long id = request.path().get("user_id").asLong();
    if (!database.write(c -> users.delete(c, id))) {
      throw notFound();
    }
    names.reload();
    return Response.noContent();
  }

  Response resetPassword(Request request) throws SQLException {
    long id = request.path().get("user_id").asLong();
    String hash = passwords.hash(request.body().get("new_password").asText());
    if (!database.write(c -> users.setPassword(c, id, hash))) {
      throw notFound();
    }
    return Response.noContent();
  }

  /**
   * The caller's own password: the current one must match, else a 422 on {@code current_password} echoing what
   * was sent (as pydantic echoes any refused input). The caller's tokens stay valid: the person changing the
   * password is the one holding them.
   */
  Response changeOwnPassword(Request request) throws SQLException {
    User me = request.requireCaller().user();
    JsonNode current = request.body().get("current_password");
    String stored = database.read(c -> users.credentials(c, me.username()))
        .map(UserStore.Credentials::passwordHash).orElse(null);
    if (!passwords.verify(current.asText(), stored)) {
      throw ApiException.invalid(ErrorItem.of("value_error", ErrorItem.loc("body", "current_password"),
          "Current password is not correct", current));
    }
    String hash = passwords.hash(request.body().get("new_password").asText());
    database.write(c -> users.setPassword(c, me.id(), hash));
    return Response.noContent();
  }

  private static ApiException notFound() {
    return ApiException.notFound("User");
  }

  private static String text(JsonNode value) {
    return value == null || value.isNull() ? null : value.asText();
  }
}
