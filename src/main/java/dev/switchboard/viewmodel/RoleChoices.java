package dev.switchboard.viewmodel;

import dev.switchboard.data.RecordClient;
import dev.switchboard.model.AdminApi;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Links the role choice of each form to the permissions it gives ({@link RoleScopes}), over one connection:
 * the roles are read once, when the first form that needs them opens, and a form opened before they arrive is
 * linked when they do. When they cannot be read, forms work as they would without roles.
 */
public final class RoleChoices {

  private final AdminApi api;
  private final RecordClient client;
  private final Executor ui;
  private final Map<String, CompletableFuture<Map<String, RoleScopes.Role>>> loaded = new HashMap<>();

  public RoleChoices(AdminApi api, RecordClient client, Executor ui) {
    this.api = api;
    this.client = client;
    this.ui = ui;
  }

  /** Links {@code form}'s role to its permissions, if its resource has roles. Call on the UI thread. */
  public void linkIn(RecordFormViewModel form) {
    RoleScopes.find(api, form.resource()).ifPresent(link -> loaded
        .computeIfAbsent(link.roles().name(), name -> RoleScopes.load(client, link))
        .whenCompleteAsync((roles, failure) -> {
          if (roles != null) {
            RoleScopes.attach(form, link, roles);
          } else {
            loaded.remove(link.roles().name()); // a later form tries again
          }
        }, ui));
  }
}
