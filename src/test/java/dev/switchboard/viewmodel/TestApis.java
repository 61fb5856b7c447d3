package dev.switchboard.viewmodel;

import dev.switchboard.model.AdminApi;
import dev.switchboard.model.Diagnostic;
import dev.switchboard.model.ListCapabilities;
import dev.switchboard.model.OperationDef;
import dev.switchboard.model.OperationKind;
import dev.switchboard.model.Pagination;
import dev.switchboard.model.PagingStyle;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.model.SecurityDef;
import dev.switchboard.model.SecurityRequirements;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small admin models for view-model and view tests: resources in several tags, security schemes, diagnostics. */
public final class TestApis {

  public static final SecurityDef OAUTH = new SecurityDef("OAuth2PasswordBearer", SecurityDef.Type.OAUTH2_PASSWORD,
      Optional.of("http://backend.test/api/v1/login/access-token"), scopes(), Optional.empty(), Optional.empty(),
      Optional.empty());
  public static final SecurityDef API_KEY = new SecurityDef("ApiKeyHeader", SecurityDef.Type.API_KEY,
      Optional.empty(), Map.of(), Optional.of("header"), Optional.of("X-API-Key"), Optional.empty());
  public static final SecurityDef BEARER = new SecurityDef("HTTPBearer", SecurityDef.Type.HTTP_BEARER,
      Optional.empty(), Map.of(), Optional.empty(), Optional.empty(), Optional.empty());
  public static final SecurityDef BASIC = new SecurityDef("HTTPBasic", SecurityDef.Type.HTTP_BASIC,
      Optional.empty(), Map.of(), Optional.empty(), Optional.empty(), Optional.empty());

  private TestApis() {}

  /** A call center: calls and recordings under "calls", users and teams under "user-admin", one list-less resource. */
  public static AdminApi callCenter(SecurityDef... security) {
    return new AdminApi("Call Center API", "1.0.0", "3.1.0", Optional.of("http://backend.test"),
        List.of(security),
        List.of(resource("calls", "Calls", "calls", true), resource("recordings", "Recordings", "calls", true),
            resource("users", "Users", "user-admin", true), resource("teams", "Teams", "user-admin", true),
            resource("health", "Health", "", false), resource("settings", "Settings", "", true)),
        List.of(Diagnostic.warning("/calls/{call_id}/transcript", "The response has no schema: shown as text."),
            Diagnostic.warning("/reports/export", "No list or item path pairs with it: left out."),
            Diagnostic.error("#/components/schemas/Legacy", "The $ref points nowhere: its fields are left out.")));
  }

  /** An API without security schemes or diagnostics. */
  public static AdminApi open() {
    return new AdminApi("Open API", "1", "3.0.2", Optional.empty(), List.of(),
        List.of(resource("pets", "Pets", "pets", true)), List.of());
  }

  public static ResourceDef resource(String name, String label, String tag, boolean listable) {
    String path = "/api/v1/" + name + "/";
    Map<OperationKind, OperationDef> operations = new LinkedHashMap<>();
    operations.put(OperationKind.GET, new OperationDef(OperationKind.GET, "GET", path + "{id}", Optional.empty(),
        Optional.empty(), SecurityRequirements.NONE));
    if (listable) {
      operations.put(OperationKind.LIST, new OperationDef(OperationKind.LIST, "GET", path, Optional.empty(),
          Optional.empty(), SecurityRequirements.NONE));
    }
    Optional<ListCapabilities> list = listable
        ? Optional.of(new ListCapabilities(new Pagination(PagingStyle.SKIP_LIMIT, Map.of("skip", "skip", "limit",
            "limit"), Optional.of("data"), Optional.of("count"), Optional.empty()), Optional.empty(), Optional.empty(),
            List.of()))
        : Optional.empty();
    return new ResourceDef(name, label, tag, Optional.of(path), Optional.of(path + "{id}"), Optional.of("id"),
        Optional.of("id"), List.of(), operations, List.of(), list, List.of(), List.of(), List.of());
  }

  private static Map<String, String> scopes() {
    Map<String, String> scopes = new LinkedHashMap<>();
    scopes.put("calls:read", "Read calls");
    scopes.put("calls:write", "Create and change calls");
    scopes.put("users:read", "Read users and teams");
    scopes.put("users:admin", "Manage users and teams");
    return scopes;
  }
}
