package dev.switchboard.demo;

/** {@code GET /api/v1/roles/}: the roles and the scopes each implies, for any signed-in user. */
final class RolesHandler {

  void register(Dispatcher dispatcher) {
    dispatcher.add("GET", "/api/v1/roles/", this::list);
  }

  Response list(Request request) {
    return Response.ok(Json.NODES.arrayNode().addAll(Roles.ALL.stream().map(Roles.Role::toJson).toList()));
  }
}
