package dev.switchboard.openapi;

import dev.switchboard.model.ActionDef;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.Reference;
import dev.switchboard.model.ResourceDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The relation inferrer finds fields that hold the id of another resource's records, most trustworthy
 * evidence first, and records which rule found each.
 *
 * <p>Rules:
 * <ol>
 *   <li><b>extension</b>: {@code x-switchboard-reference}, {@code x-reference} or {@code x-foreign-key} on the
 *       property, as {@code {"resource": "users", "field": "id"}} or as a string {@code "users"} / {@code
 *       "users.id"}. A name no resource has is reported.
 *   <li><b>name</b>: a field named {@code <x>_id}, {@code <x>Id} or {@code <x>_ids} (a list) where {@code x},
 *       singular or plural, is a resource name ({@code customer_id} → {@code customers}).
 *   <li><b>user-role-name</b>: a field named for a person's role ({@code agent}, {@code owner}, {@code
 *       assignee}, {@code creator}, {@code author}, {@code reporter}, {@code supervisor}, {@code created_by},
 *       {@code updated_by}, {@code member}) plus {@code _id}, when no resource has that name, refers to the
 *       users-like resource ({@code users}, {@code accounts}, {@code members}, {@code agents}).
 * </ol>
 * <p>The rules apply to a record's fields as read, created and updated, to the columns of a list of objects (one
 * level deep), and to each action's body fields and parameters.
 * <p>Only string, integer and uuid fields (or arrays of them) can be references, never the resource's own id
 * field; the target must have a read operation or a list, and its id field's type must not contradict the
 * field's (an integer can't hold a 24-hex string id).
 */
final class RelationInferrer {

  private static final Set<String> PERSON_ROLES = Set.of("agent", "owner", "assignee", "creator", "author",
      "reporter", "supervisor", "created_by", "updated_by", "modified_by", "member", "manager", "requester",
      "user");
  private static final List<String> USERS_LIKE = List.of("users", "accounts", "members", "agents", "people",
      "staff", "employees");

  private final DiagnosticsCollector diagnostics;

  RelationInferrer(DiagnosticsCollector diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Returns the resources with references filled in. Fields may arrive with an extension-declared
   * reference (see {@link FieldBuilder#declaredReference}), which is checked here. {@code links} gives,
   * per resource name, the fields that OpenAPI {@code links} say hold another resource's id.
   */
  List<ResourceDef> link(List<ResourceDef> resources, Map<String, Map<String, String>> links) {
    Map<String, ResourceDef> byName = new LinkedHashMap<>();
    resources.forEach(r -> byName.put(r.name().toLowerCase(Locale.ROOT), r));
    List<ResourceDef> linked = new ArrayList<>(resources.size());
    for (ResourceDef resource : resources) {
      Map<String, String> explicit = links.getOrDefault(resource.name(), Map.of());
      List<FieldDef> fields = linkAll(resource, resource.fields(), explicit, byName);
      List<FieldDef> createFields = linkAll(resource, resource.createFields(), explicit, byName);
      List<FieldDef> updateFields = linkAll(resource, resource.updateFields(), explicit, byName);
      List<ActionDef> actions = linkActions(resource, byName);
      boolean unchanged = fields == resource.fields() && createFields == resource.createFields()
          && updateFields == resource.updateFields() && actions == resource.actions();
      // Most resources have no reference at all: keep them rather than copying every list into a new one.
      linked.add(unchanged ? resource : new ResourceDef(resource.name(), resource.label(), resource.tag(),
          resource.collectionPath(), resource.itemPath(), resource.idParam(), resource.idField(),
          resource.parentParams(), resource.operations(), actions, resource.list(), fields, createFields,
          updateFields));
    }
    return linked;
  }

  /** An action's body fields and parameters follow the same rules: a transfer's {@code agent_id} is a user. */
  private List<ActionDef> linkActions(ResourceDef owner, Map<String, ResourceDef> byName) {
    List<ActionDef> result = new ArrayList<>(owner.actions().size());
    boolean changed = false;
    for (ActionDef action : owner.actions()) {
      List<FieldDef> parameters = linkAll(owner, action.parameters(), Map.of(), byName);
      List<FieldDef> body = linkAll(owner, action.bodyFields(), Map.of(), byName);
      ActionDef linked = parameters == action.parameters() && body == action.bodyFields() ? action
          : new ActionDef(action.name(), action.label(), action.method(), action.path(), action.target(),
              action.operationId(), action.description(), parameters, body, action.security());
      changed |= linked != action;
      result.add(linked);
    }
    return changed ? result : owner.actions();
  }

  private List<FieldDef> linkAll(ResourceDef owner, List<FieldDef> fields, Map<String, String> explicit,
      Map<String, ResourceDef> byName) {
    List<FieldDef> result = new ArrayList<>(fields.size());
    boolean changed = false;
    for (FieldDef field : fields) {
      Optional<Reference> reference = find(owner, field, explicit.get(field.name()), byName);
      FieldDef linked = reference.isPresent() ? field.withReference(reference.get()) : field.withoutReference();
      linked = linkRows(owner, linked, byName);
      changed |= linked != field;
      result.add(linked);
    }
    return changed ? result : fields;
  }

  /** The columns of a list of objects (an order's lines, a team's shifts) may hold ids too: one level deep. */
  private FieldDef linkRows(ResourceDef owner, FieldDef field, Map<String, ResourceDef> byName) {
    if (field.type() != FieldType.ARRAY || field.items().isEmpty() || field.items().get().fields().isEmpty()) {
      return field;
    }
    FieldDef row = field.items().get();
    List<FieldDef> columns = new ArrayList<>(row.fields().size());
    boolean changed = false;
    for (FieldDef column : row.fields()) {
      Optional<Reference> reference = find(owner, column, null, byName);
      FieldDef linked = reference.isPresent() ? column.withReference(reference.get()) : column.withoutReference();
      changed |= linked != column;
      columns.add(linked);
    }
    return changed ? field.withItems(row.withFields(columns)) : field;
  }

  private Optional<Reference> find(ResourceDef owner, FieldDef field, String linkTarget,
      Map<String, ResourceDef> byName) {
    Optional<Reference> declared = field.reference().filter(r -> r.rule() == Reference.Rule.EXTENSION);
    if (declared.isPresent()) {
      ResourceDef target = byName.get(declared.get().resource().toLowerCase(Locale.ROOT));
      if (target == null) {
        diagnostics.warning(owner.collectionPath().or(owner::itemPath).orElse(owner.name()),
            "Field '" + field.name() + "' declares a reference to resource '" + declared.get().resource()
                + "', which the document does not have; it is shown as a plain value.");
        return Optional.empty();
      }
      String targetField = declared.get().field().isEmpty() ? target.idField().orElse("id") : declared.get().field();
      return Optional.of(new Reference(target.name(), targetField, Reference.Rule.EXTENSION));
    }
    if (linkTarget != null && byName.containsKey(linkTarget)) {
      ResourceDef target = byName.get(linkTarget);
      return Optional.of(new Reference(target.name(), target.idField().orElse("id"), Reference.Rule.LINK));
    }
    if (!canHoldId(field) || owner.idField().map(field.name()::equals).orElse(false)) {
      return Optional.empty();
    }
    Optional<String> stem = stem(field.name());
    if (stem.isEmpty()) {
      return Optional.empty();
    }
    String x = stem.get().toLowerCase(Locale.ROOT);
    for (String candidate : List.of(Names.plural(x), x, Names.singular(x), x.replace('_', '-'),
        Names.plural(x).replace('_', '-'))) {
      ResourceDef target = byName.get(candidate);
      if (target != null && target != owner && isReadable(target) && compatible(field, target)) {
        return Optional.of(new Reference(target.name(), target.idField().orElse("id"), Reference.Rule.NAME));
      }
    }
    if (PERSON_ROLES.contains(x)) {
      for (String users : USERS_LIKE) {
        ResourceDef target = byName.get(users);
        if (target != null && target != owner && isReadable(target) && compatible(field, target)) {
          return Optional.of(new Reference(target.name(), target.idField().orElse("id"),
              Reference.Rule.USER_ROLE_NAME));
        }
      }
    }
    return Optional.empty();
  }

  /** {@code customer_id} → customer, {@code customerId} → customer, {@code tag_ids} → tag. */
  static Optional<String> stem(String name) {
    for (String suffix : List.of("_ids", "_id", "Ids", "Id", "_uuid")) {
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        String stem = name.substring(0, name.length() - suffix.length());
        return Optional.of(String.join("_", Names.words(stem)));
      }
    }
    return Optional.empty();
  }

  private static boolean canHoldId(FieldDef field) {
    FieldDef value = field.type() == FieldType.ARRAY ? field.items().orElse(field) : field;
    return value.type() == FieldType.STRING || value.type() == FieldType.INTEGER || value.type() == FieldType.UUID;
  }

  private static boolean isReadable(ResourceDef target) {
    return !target.operations().isEmpty() && (target.itemPath().isPresent() || target.list().isPresent());
  }

  private static boolean compatible(FieldDef field, ResourceDef target) {
    FieldDef value = field.type() == FieldType.ARRAY ? field.items().orElse(field) : field;
    Optional<FieldDef> id = target.idField().flatMap(target::field);
    if (id.isEmpty()) {
      return true;
    }
    boolean fieldNumeric = value.type() == FieldType.INTEGER;
    boolean idNumeric = id.get().type() == FieldType.INTEGER;
    return fieldNumeric == idNumeric || !fieldNumeric;
  }
}
