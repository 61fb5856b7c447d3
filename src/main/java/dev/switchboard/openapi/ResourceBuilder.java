package dev.switchboard.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.model.ActionDef;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.FilterDef;
import dev.switchboard.model.FilterOp;
import dev.switchboard.model.ListCapabilities;
import dev.switchboard.model.OperationDef;
import dev.switchboard.model.OperationKind;
import dev.switchboard.model.ResourceDef;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The resource builder turns one {@link PathGrouper.Group} into a {@link ResourceDef}.
 *
 * <p>Rules:
 * <ul>
 *   <li>On a collection path, a GET whose success response is an array or an envelope holding one is the
 *       list (an untyped response is a list too, with a warning); a POST with a body is the create. Every
 *       other operation there is a collection action.
 *   <li>On an item path, GET reads, PATCH updates, PUT replaces, DELETE deletes; anything else (a POST) is
 *       an item action.
 *   <li>Operations keep their own path strings: the list may be {@code /items/} and the read {@code
 *       /items/{id}}, or the read {@code /x/{id}} and the update {@code /x/{x_id}}.
 *   <li>Actions are named by the static segments after the resource path ({@code transfer}, {@code
 *       reset-password}), or by the method when there are none; repeats get the method appended. Their label
 *       is the operation's summary, else derived from the name.
 *   <li>Fields: the read schema is the item GET's response, else the list's record schema, else the create
 *       body. Create fields come from the POST body, update fields from the PATCH body, else the PUT body.
 *   <li>The id field is the field named like the item path's parameter ({@code call_id}), else {@code id},
 *       else {@code _id}, {@code uuid}, {@code key}, {@code slug}, {@code name}.
 *   <li>A plain-string filter on an enum field ({@code status__in}) takes the field's enum values.
 *   <li>The tag is the first tag of the list, read or create operation, else of any operation, else "Other".
 * </ul>
 */
final class ResourceBuilder {

  private static final List<String> ID_FALLBACKS = List.of("id", "_id", "uuid", "key", "slug", "name");

  private final JsonNode root;
  private final Operations operations;
  private final FieldBuilder fields;
  private final ListInferrer lists;
  private final SecurityReader security;
  private final Set<String> schemeNames;
  private final DiagnosticsCollector diagnostics;

  ResourceBuilder(JsonNode root, Operations operations, FieldBuilder fields, ListInferrer lists,
      SecurityReader security, Set<String> schemeNames, DiagnosticsCollector diagnostics) {
    this.root = root;
    this.operations = operations;
    this.fields = fields;
    this.lists = lists;
    this.security = security;
    this.schemeNames = schemeNames;
    this.diagnostics = diagnostics;
  }

  /** Builds the resource; {@code name} is already unique among the document's resources. */
  ResourceDef build(PathGrouper.Group group, String name) {
    Map<OperationKind, OperationDef> ops = new EnumMap<>(OperationKind.class);
    List<ActionDef> actions = new ArrayList<>();
    Set<String> actionNames = new HashSet<>();
    List<String> tags = new ArrayList<>();
    Optional<ListCapabilities> list = Optional.empty();
    Optional<ListShape> listShape = Optional.empty();
    JsonNode readSchema = null;
    JsonNode createSchema = null;
    JsonNode patchSchema = null;
    JsonNode putSchema = null;

    for (PathGrouper.PathEntry entry : group.collectionPaths) {
      for (Operations.MethodOperation operation : entry.operations()) {
        String method = operation.method();
        JsonNode op = operation.node();
        String path = entry.template().path();
        if (method.equals("get") && !ops.containsKey(OperationKind.LIST)) {
          Optional<JsonNode> response = operations.responseSchema(op);
          Optional<ListShape> shape = response.flatMap(lists::shape);
          boolean untyped = response.isEmpty() || isUntyped(response.get());
          if (shape.isPresent() || untyped) {
            if (untyped) {
              diagnostics.warning(path, "The list endpoint (GET) declares no response schema; its records"
                  + " are shown as they come, with columns guessed from the data.");
            }
            ListShape resolvedShape = shape.orElse(new ListShape(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()));
            ops.put(OperationKind.LIST, operation(OperationKind.LIST, method, path, op));
            List<JsonNode> query = Operations.parametersIn(operations.parameters(entry.item(), op), "query");
            list = Optional.of(lists.capabilities(path, query, resolvedShape));
            listShape = Optional.of(resolvedShape);
            tags.add(firstTag(op));
            continue;
          }
        }
        if (method.equals("post") && !ops.containsKey(OperationKind.CREATE) && operations.hasRequestBody(op)) {
          ops.put(OperationKind.CREATE, operation(OperationKind.CREATE, method, path, op));
          createSchema = operations.requestSchema(op).orElse(null);
          tags.add(firstTag(op));
          continue;
        }
        actions.add(action(entry, List.of(), method, op, ActionDef.Target.COLLECTION, actionNames,
            group.keyLength));
      }
    }
    for (PathGrouper.PathEntry entry : group.itemPaths) {
      for (Operations.MethodOperation operation : entry.operations()) {
        String method = operation.method();
        JsonNode op = operation.node();
        String path = entry.template().path();
        OperationKind kind = switch (method) {
          case "get" -> OperationKind.GET;
          case "patch" -> OperationKind.UPDATE;
          case "put" -> OperationKind.REPLACE;
          case "delete" -> OperationKind.DELETE;
          default -> null;
        };
        if (kind == null || ops.containsKey(kind)) {
          actions.add(action(entry, List.of(), method, op, ActionDef.Target.ITEM, actionNames,
              group.keyLength + 1));
          continue;
        }
        ops.put(kind, operation(kind, method, path, op));
        tags.add(firstTag(op));
        switch (kind) {
          case GET -> readSchema = operations.responseSchema(op).orElse(null);
          case UPDATE -> patchSchema = operations.requestSchema(op).orElse(null);
          case REPLACE -> putSchema = operations.requestSchema(op).orElse(null);
          default -> { }
        }
      }
    }
    addActions(group.itemActions, group.keyLength + 1, ActionDef.Target.ITEM, actions, actionNames, tags);
    addActions(group.collectionActions, group.keyLength, ActionDef.Target.COLLECTION, actions, actionNames, tags);

    List<FieldDef> read = readFields(readSchema, listShape, createSchema);
    List<FieldDef> create = createSchema == null ? List.of() : fields.fieldsOf(createSchema);
    JsonNode updateSchema = patchSchema != null ? patchSchema : putSchema;
    List<FieldDef> update = updateSchema == null ? List.of() : fields.fieldsOf(updateSchema);

    Optional<PathTemplate> item = group.itemPaths.stream().map(PathGrouper.PathEntry::template).findFirst();
    Optional<String> idParam = item.map(PathTemplate::lastParam);
    Optional<String> idField = idParam.flatMap(p -> idField(p, read));
    PathTemplate anyPath = group.collectionPaths.isEmpty() ? item.get() : group.collectionPaths.get(0).template();
    String tag = tags.stream().filter(t -> !t.isEmpty()).findFirst().orElse("Other");

    list = list.map(capabilities -> withRecordEnums(capabilities, read));
    return new ResourceDef(name, label(name, tag), tag,
        group.collectionPaths.stream().map(e -> e.template().path()).findFirst(),
        item.map(PathTemplate::path), idParam, idField, anyPath.paramsBefore(group.keyLength),
        ops, actions, list, read, create, update);
  }

  /**
   * A filter parameter typed as a plain string ({@code status__in}, a comma list) takes the enum values of
   * the record field it filters, so the UI can offer a choice instead of a free text box.
   */
  static ListCapabilities withRecordEnums(ListCapabilities list, List<FieldDef> read) {
    List<FilterDef> filters = new ArrayList<>(list.filters().size());
    for (FilterDef filter : list.filters()) {
      Optional<FieldDef> field = read.stream().filter(f -> f.name().equals(filter.field())).findFirst()
          .map(f -> f.type() == FieldType.ARRAY ? f.items().orElse(f) : f);
      boolean plainText = filter.type() == FieldType.STRING && filter.enumValues().isEmpty();
      if (plainText && field.isPresent() && field.get().type() == FieldType.ENUM && filter.op() != FilterOp.LIKE
          && filter.op() != FilterOp.ILIKE) {
        filters.add(new FilterDef(filter.param(), filter.field(), filter.op(), FieldType.ENUM,
            field.get().enumValues(), filter.multi(), filter.required(), filter.repeated()));
      } else {
        filters.add(filter);
      }
    }
    return new ListCapabilities(list.pagination(), list.sort(), list.searchParam(), filters);
  }

  private List<FieldDef> readFields(JsonNode readSchema, Optional<ListShape> shape, JsonNode createSchema) {
    List<FieldDef> read = readSchema == null ? List.of() : fields.fieldsOf(readSchema);
    if (!read.isEmpty()) {
      return read;
    }
    Optional<JsonNode> listItem = shape.flatMap(ListShape::itemSchema);
    if (listItem.isPresent()) {
      return fields.fieldsOf(listItem.get());
    }
    return createSchema == null ? List.of() : fields.fieldsOf(createSchema);
  }

  private void addActions(List<PathGrouper.PathEntry> entries, int resourceLength, ActionDef.Target target,
      List<ActionDef> actions, Set<String> names, List<String> tags) {
    for (PathGrouper.PathEntry entry : entries) {
      List<String> tail = entry.template().staticSegmentsAfter(resourceLength);
      for (Operations.MethodOperation operation : entry.operations()) {
        actions.add(action(entry, tail, operation.method(), operation.node(), target, names, resourceLength));
        tags.add(firstTag(operation.node()));
      }
    }
  }

  private ActionDef action(PathGrouper.PathEntry entry, List<String> tail, String method, JsonNode op,
      ActionDef.Target target, Set<String> names, int resourceLength) {
    String base = tail.isEmpty() ? method : String.join("-", tail);
    String name = names.contains(base) ? base + "-" + method : base;
    for (int n = 2; names.contains(name); n++) {
      name = base + "-" + n;
    }
    names.add(name);
    String path = entry.template().path();
    List<FieldDef> params = new ArrayList<>();
    // Path parameters beyond the resource's own path (a lookup's {source_name}) are the user's to fill in.
    List<String> ownPathParams = entry.template().paramsAfter(resourceLength);
    for (JsonNode p : operations.parameters(entry.item(), op)) {
      String in = p.path("in").asText();
      boolean extraPathParam = in.equals("path") && ownPathParams.contains(p.path("name").asText());
      if (in.equals("query") || in.equals("header") || extraPathParam) {
        params.add(fields.field(p.path("name").asText(), p.path("schema"), p.path("required").asBoolean(false)));
      }
    }
    List<FieldDef> body = operations.requestSchema(op).map(this::bodyFields).orElse(List.of());
    Optional<String> summary = text(op, "summary");
    // The label from the name only when there is no summary: most actions have one.
    String label = summary.isPresent() ? summary.get() : Names.label(name);
    return new ActionDef(name, label, method.toUpperCase(Locale.ROOT), path, target,
        text(op, "operationId"), text(op, "description"), params, body,
        security.requirements(op, root, schemeNames, path));
  }

  private List<FieldDef> bodyFields(JsonNode schema) {
    List<FieldDef> objectFields = fields.fieldsOf(schema);
    return objectFields.isEmpty() ? List.of(fields.field("body", schema, true)) : objectFields;
  }

  private OperationDef operation(OperationKind kind, String method, String path, JsonNode op) {
    return new OperationDef(kind, method.toUpperCase(Locale.ROOT), path, text(op, "operationId"),
        text(op, "summary"), security.requirements(op, root, schemeNames, path));
  }

  private boolean isUntyped(JsonNode schema) {
    JsonNode resolved = operations.resolve(schema);
    return resolved.isMissingNode() || (resolved.isObject() && !resolved.has("type") && !resolved.has("$ref")
        && !resolved.has("properties") && !resolved.has("items") && !resolved.has("allOf")
        && !resolved.has("anyOf") && !resolved.has("oneOf"));
  }

  static Optional<String> idField(String idParam, List<FieldDef> read) {
    Set<String> names = new HashSet<>();
    read.forEach(f -> names.add(f.name()));
    if (names.contains(idParam)) {
      return Optional.of(idParam);
    }
    return ID_FALLBACKS.stream().filter(names::contains).findFirst();
  }

  /** "Calls", or the tag when it names the same records in more words ("Call records"). */
  static String label(String name, String tag) {
    List<String> nameWords = Names.words(name);
    List<String> tagWords = Names.words(tag);
    if (!nameWords.isEmpty() && tagWords.size() > nameWords.size()
        && Names.singular(tagWords.get(0)).equals(Names.singular(nameWords.get(0)))) {
      return Names.label(tag);
    }
    return Names.label(name);
  }

  private static String firstTag(JsonNode op) {
    JsonNode tags = op.path("tags");
    return tags.isArray() && tags.size() > 0 ? tags.get(0).asText() : "";
  }

  private static Optional<String> text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value != null && value.isTextual() && !value.asText().isBlank()
        ? Optional.of(value.asText()) : Optional.empty();
  }
}
