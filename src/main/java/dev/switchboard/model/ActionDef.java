package dev.switchboard.model;

import java.util.List;
import java.util.Optional;

/**
 * An action is any operation on a resource's item or collection path that is not a standard record
 * operation ({@code POST /calls/{call_id}/transfer}), with what a generated form needs to call it.
 *
 * @param name a stable identifier from the path's last static segment ({@code transfer})
 * @param label a human label, from the summary or the name
 * @param target whether it acts on one record or on the collection
 * @param parameters its query and header parameters (path parameters are filled from the record)
 * @param bodyFields the fields of its JSON or form body, if any
 */
public record ActionDef(
    String name,
    String label,
    String method,
    String path,
    Target target,
    Optional<String> operationId,
    Optional<String> description,
    List<FieldDef> parameters,
    List<FieldDef> bodyFields,
    SecurityRequirements security) {

  public enum Target {
    ITEM, COLLECTION;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public ActionDef {
    parameters = List.copyOf(parameters);
    bodyFields = List.copyOf(bodyFields);
  }
}
