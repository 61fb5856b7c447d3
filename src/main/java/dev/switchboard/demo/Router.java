package dev.switchboard.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a method and a path to a route. Routes are tried in the order they were added and the first match wins,
 * as in Starlette: so {@code /api/v1/users/me} is added before {@code /api/v1/users/{user_id}}.
 */
final class Router {

  /** One route: an HTTP method, a path template, its handler and the document's operation for it, if any. */
  record Route(String method, PathTemplate path, Handler handler, Optional<Operation> operation) {}

  /** What a lookup found. */
  sealed interface Match {}

  record Found(Route route, Map<String, String> pathParams) implements Match {}

  /** The path exists, not with this method: FastAPI's 405, with an {@code Allow} header. */
  record WrongMethod(Set<String> allowed) implements Match {}

  /** The path exists with the other trailing slash: Starlette redirects (307) there. */
  record Redirect(String path) implements Match {}

  record NotFound() implements Match {}

  private final List<Route> routes = new ArrayList<>();

  void add(Route route) {
    routes.add(route);
  }

  List<Route> routes() {
    return List.copyOf(routes);
  }

  Match match(String method, String rawPath) {
    Set<String> allowed = new LinkedHashSet<>();
    for (Route route : routes) {
      Optional<Map<String, String>> params = route.path().match(rawPath);
      if (params.isPresent()) {
        if (route.method().equals(method)) {
          return new Found(route, params.get());
        }
        allowed.add(route.method());
      }
    }
    if (!allowed.isEmpty()) {
      return new WrongMethod(allowed);
    }
    String other = rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1) : rawPath + "/";
    if (!other.isEmpty() && routes.stream().anyMatch(r -> r.path().match(other).isPresent())) {
      return new Redirect(other);
    }
    return new NotFound();
  }
}
