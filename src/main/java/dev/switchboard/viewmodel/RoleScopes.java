package dev.switchboard.viewmodel;

import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Record;
import dev.switchboard.data.RecordClient;
import dev.switchboard.model.AdminApi;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.OperationKind;
import dev.switchboard.model.ResourceDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A role choice that implies permissions, when the API exposes roles.
 *
 * <p>Found from the model alone: a users-like resource has a list field of permissions ({@code scopes}) and a
 * field naming a role ({@code role}, {@code role_id} or {@code role_name}, after a resource {@code roles}); that
 * roles resource can be listed and its records carry a list field of the same name. A role record is matched by
 * the field whose enum values are the role field's (a {@code name} enum), else by its id.
 *
 * <p>In a form, choosing a role sets the permissions to the ones it gives (they stay editable) and a note under
 * the role says what it gives, and whether the permissions below differ. A new record starts with its default
 * role's permissions when none were given.
 */
public final class RoleScopes {

  /** How the roles are linked to a resource's records. */
  public record Link(String roleField, String scopesField, ResourceDef roles, String keyField,
      String rolesScopesField) {}

  /** One role: what it is called, what it says of itself, and the permissions it gives. */
  public record Role(String key, String label, String description, List<String> scopes) {}

  private static final int MOST_ROLES = 100;

  private RoleScopes() {}

  /** The link of {@code resource}'s records to roles, if the API has one. */
  public static Optional<Link> find(AdminApi api, ResourceDef resource) {
    for (FieldDef list : resource.fields()) {
      if (list.type() != FieldType.ARRAY) {
        continue;
      }
      for (ResourceDef roles : api.resources()) {
        if (roles == resource || roles.operation(OperationKind.LIST).isEmpty() || !roles.parentParams().isEmpty()) {
          continue;
        }
        Optional<FieldDef> carried = roles.field(list.name()).filter(f -> f.type() == FieldType.ARRAY);
        Optional<FieldDef> role = carried.flatMap(c -> roleField(resource, roles.name()));
        if (role.isPresent()) {
          Optional<String> key = keyField(roles, role.get());
          if (key.isPresent()) {
            return Optional.of(new Link(role.get().name(), list.name(), roles, key.get(), list.name()));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<FieldDef> roleField(ResourceDef resource, String rolesName) {
    String singular = rolesName.endsWith("s") ? rolesName.substring(0, rolesName.length() - 1) : rolesName;
    return resource.fields().stream()
        .filter(f -> List.of(singular, singular + "_id", singular + "_name", singular + "id")
            .contains(f.name().toLowerCase(Locale.ROOT)))
        .filter(f -> f.type() == FieldType.ENUM || f.type() == FieldType.STRING || f.type() == FieldType.INTEGER)
        .findFirst();
  }

  private static Optional<String> keyField(ResourceDef roles, FieldDef role) {
    if (!role.enumValues().isEmpty()) {
      Optional<FieldDef> sameEnum = roles.fields().stream()
          .filter(f -> f.enumValues().equals(role.enumValues())).findFirst();
      if (sameEnum.isPresent()) {
        return sameEnum.map(FieldDef::name);
      }
    }
    return roles.idField().or(() -> roles.field("name").map(FieldDef::name));
  }

  /** Reads the roles (one page: there are never many), in the API's order. */
  public static CompletableFuture<Map<String, Role>> load(RecordClient client, Link link) {
    return client.list(link.roles(), ListQuery.firstPage(MOST_ROLES)).thenApply(page -> {
      Map<String, Role> roles = new LinkedHashMap<>();
      for (Record record : page.records()) {
        record.get(link.keyField()).map(RoleScopes::key).ifPresent(key -> roles.put(key, new Role(key,
            label(link, record, key), record.get("description").map(String::valueOf).orElse(""),
            record.get(link.rolesScopesField()).filter(List.class::isInstance).map(v -> ((List<?>) v).stream()
                .map(String::valueOf).toList()).orElse(List.of()))));
      }
      return roles;
    });
  }

  /** An enum key reads as its value does in a form ("supervisor" → "Supervisor"); else the record's title. */
  private static String label(Link link, Record record, String key) {
    boolean byEnum = link.roles().field(link.keyField()).map(f -> !f.enumValues().isEmpty()).orElse(false);
    return byEnum ? dev.switchboard.model.Labels.humanize(key) : RecordTitles.title(link.roles(), record);
  }

  /**
   * Makes {@code form}'s role choice set its permissions. Nothing happens when the form lacks either field or
   * the permissions cannot be changed in it.
   */
  public static void attach(RecordFormViewModel form, Link link, Map<String, Role> roles) {
    Optional<FieldViewModel> role = form.field(link.roleField());
    Optional<FieldViewModel> scopes = form.field(link.scopesField()).filter(FieldViewModel::editable);
    if (role.isEmpty() || scopes.isEmpty() || roles.isEmpty()) {
      return;
    }
    FieldViewModel roleField = role.get();
    FieldViewModel scopesField = scopes.get();
    Runnable describe = () -> roleField.hintProperty().set(hint(roles.get(key(roleField.valueProperty().get())),
        scopesField.valueProperty().get()));
    if (form.mode() == RecordFormViewModel.Mode.CREATE && isEmptyList(scopesField.valueProperty().get())) {
      Role initial = roles.get(key(roleField.valueProperty().get()));
      if (initial != null) {
        // the form's starting value, like a schema default: an untouched new form has no unsaved changes
        scopesField.markSaved(List.copyOf(initial.scopes()));
      }
    }
    if (roleField.editable()) {
      roleField.valueProperty().addListener((obs, was, now) -> {
        Role chosen = roles.get(key(now));
        if (chosen != null && !Objects.equals(key(was), key(now))) {
          scopesField.valueProperty().set(List.copyOf(chosen.scopes()));
        }
      });
    }
    roleField.valueProperty().addListener((obs, was, now) -> describe.run());
    scopesField.valueProperty().addListener((obs, was, now) -> describe.run());
    describe.run();
  }

  /** "Supervisor gives calls:read, calls:write, users:read." and, when the permissions differ, how. */
  static String hint(Role role, Object scopes) {
    if (role == null) {
      return "";
    }
    String gives = role.scopes().isEmpty() ? role.label() + " gives no permissions."
        : role.label() + " gives " + String.join(", ", role.scopes()) + ".";
    List<String> chosen = scopes instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    List<String> added = chosen.stream().filter(s -> !role.scopes().contains(s)).toList();
    List<String> removed = role.scopes().stream().filter(s -> !chosen.contains(s)).toList();
    if (added.isEmpty() && removed.isEmpty()) {
      return gives;
    }
    StringBuilder differs = new StringBuilder(gives).append(" These permissions differ:");
    if (!added.isEmpty()) {
      differs.append(" also ").append(String.join(", ", added));
      if (!removed.isEmpty()) {
        differs.append(";");
      }
    }
    if (!removed.isEmpty()) {
      differs.append(" without ").append(String.join(", ", removed));
    }
    return differs.append(".").toString();
  }

  private static String key(Object value) {
    return value == null ? null : Record.text(value);
  }

  private static boolean isEmptyList(Object value) {
    return value == null || value instanceof List<?> list && list.isEmpty();
  }
}
