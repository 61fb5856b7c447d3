package dev.switchboard.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A resource is a kind of record the API manages ({@code calls}, {@code users}): a collection path and/or an
 * item path, the operations on them, the record's fields, and how its list can be paged, sorted and filtered.
 *
 * @param name a unique, stable name from the collection path's last static segment ({@code calls})
 * @param label a human label ("Calls")
 * @param tag the tag its operations carry, used to group resources; "Other" when untagged
 * @param collectionPath the document's collection path ({@code /api/v1/calls/}), if any
 * @param itemPath the document's item path ({@code /api/v1/calls/{call_id}}), if any
 * @param idParam the item path's last path parameter ({@code call_id})
 * @param idField the record field holding the id ({@code id}), if known
 * @param parentParams path parameters before the collection ({@code organization} in
 *     {@code /{organization}/incidents}), which every call needs
 * @param operations the standard operations it offers
 * @param actions every other operation on its paths
 * @param list what its list endpoint can do, when it has one
 * @param fields the fields of a record as read (GET item, else list item)
 * @param createFields the fields of the create body
 * @param updateFields the fields of the update (PATCH, else PUT) body
 */
public record ResourceDef(
    String name,
    String label,
    String tag,
    Optional<String> collectionPath,
    Optional<String> itemPath,
    Optional<String> idParam,
    Optional<String> idField,
    List<String> parentParams,
    Map<OperationKind, OperationDef> operations,
    List<ActionDef> actions,
    Optional<ListCapabilities> list,
    List<FieldDef> fields,
    List<FieldDef> createFields,
    List<FieldDef> updateFields) {

  public ResourceDef {
    parentParams = List.copyOf(parentParams);
    var ordered = new EnumMap<OperationKind, OperationDef>(OperationKind.class);
    ordered.putAll(operations);
    operations = Collections.unmodifiableMap(ordered);
    actions = List.copyOf(actions);
    fields = List.copyOf(fields);
    createFields = List.copyOf(createFields);
    updateFields = List.copyOf(updateFields);
  }

  public ResourceDef withLabel(String newLabel) {
    return new ResourceDef(name, newLabel, tag, collectionPath, itemPath, idParam, idField, parentParams, operations,
        actions, list, fields, createFields, updateFields);
  }

  public Optional<OperationDef> operation(OperationKind kind) {
    return Optional.ofNullable(operations.get(kind));
  }

  public Optional<FieldDef> field(String fieldName) {
    return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
  }
}
