package dev.switchboard.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.model.ActionDef;
import dev.switchboard.model.AdminApi;
import dev.switchboard.model.Constraints;
import dev.switchboard.model.Diagnostic;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FilterDef;
import dev.switchboard.model.ListCapabilities;
import dev.switchboard.model.OperationDef;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.model.SecurityDef;
import java.util.Collection;
import java.util.List;


/**
 * Writes an {@link AdminApi} as the JSON of {@code describe --format json}: a stable contract other tools
 * read. Every key is always present (absent values are {@code null} or empty), in a fixed order.
 */
public final class DescribeJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DescribeJson() {}

  public static String write(AdminApi api) {
    try {
      return MAPPER.writeValueAsString(tree(api)) + System.lineSeparator();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("The model could not be written as JSON", e);
    }
  }

  public static ObjectNode tree(AdminApi api) {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("title", api.title());
    out.put("version", api.version());
    out.put("openapi", api.openapi());
    out.put("baseUrl", api.baseUrl().orElse(null));
    ArrayNode security = out.putArray("security");
    api.security().forEach(s -> security.add(security(s)));
    ArrayNode resources = out.putArray("resources");
    api.resources().forEach(r -> resources.add(resource(r)));
    ArrayNode diagnostics = out.putArray("diagnostics");
    for (Diagnostic d : api.diagnostics()) {
      diagnostics.addObject().put("level", d.level().id()).put("path", d.path()).put("message", d.message());
    }
    return out;
  }

  private static ObjectNode security(SecurityDef s) {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("name", s.name());
    out.put("type", s.type().id());
    out.put("tokenUrl", s.tokenUrl().orElse(null));
    strings(out.putArray("scopes"), s.scopes().keySet());
    ObjectNode descriptions = out.putObject("scopeDescriptions");
    s.scopes().forEach(descriptions::put);
    out.put("in", s.in().orElse(null));
    out.put("paramName", s.paramName().orElse(null));
    out.put("description", s.description().orElse(null));
    return out;
  }

  private static ObjectNode resource(ResourceDef r) {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("name", r.name());
    out.put("label", r.label());
    out.put("tag", r.tag());
    out.put("collectionPath", r.collectionPath().orElse(null));
    out.put("itemPath", r.itemPath().orElse(null));
    out.put("idParam", r.idParam().orElse(null));
    out.put("idField", r.idField().orElse(null));
    strings(out.putArray("parentParams"), r.parentParams());
    ObjectNode operations = out.putObject("operations");
    r.operations().forEach((kind, op) -> operations.set(kind.id(), operation(op)));
    ArrayNode actions = out.putArray("actions");
    r.actions().forEach(a -> actions.add(action(a)));
    if (r.list().isPresent()) {
      out.set("list", list(r.list().get()));
    } else {
      out.putNull("list");
    }
    fields(out.putArray("fields"), r.fields());
    fields(out.putArray("createFields"), r.createFields());
    fields(out.putArray("updateFields"), r.updateFields());
    return out;
  }

  private static ObjectNode operation(OperationDef op) {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("method", op.method());
    out.put("path", op.path());
    strings(out.putArray("scopes"), op.security().scopes());
    out.put("operationId", op.operationId().orElse(null));
    return out;
  }

  private static ObjectNode action(ActionDef a) {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("name", a.name());
    out.put("label", a.label());
    out.put("method", a.method());
    out.put("path", a.path());
    out.put("target", a.target().id());
    strings(out.putArray("scopes"), a.security().scopes());
    fields(out.putArray("parameters"), a.parameters());
    fields(out.putArray("bodyFields"), a.bodyFields());
    return out;
  }

  private static ObjectNode list(ListCapabilities list) {
    ObjectNode out = MAPPER.createObjectNode();
    ObjectNode pagination = out.putObject("pagination");
    pagination.put("style", list.pagination().style().id());
    ObjectNode params = pagination.putObject("params");
    list.pagination().params().forEach(params::put);
    pagination.put("itemsField", list.pagination().itemsField().orElse(null));
    pagination.put("totalField", list.pagination().totalField().orElse(null));
    pagination.put("nextCursorField", list.pagination().nextCursorField().orElse(null));
    if (list.sort().isPresent()) {
      ObjectNode sort = out.putObject("sort");
      sort.put("param", list.sort().get().param());
      sort.put("style", list.sort().get().style().id());
      sort.put("multi", list.sort().get().multi());
      sort.put("repeated", list.sort().get().repeated());
      sort.put("directionParam", list.sort().get().directionParam().orElse(null));
      strings(sort.putArray("fields"), list.sort().get().fields());
    } else {
      out.putNull("sort");
    }
    if (list.searchParam().isPresent()) {
      out.putObject("search").put("param", list.searchParam().get());
    } else {
      out.putNull("search");
    }
    ArrayNode filters = out.putArray("filters");
    for (FilterDef f : list.filters()) {
      ObjectNode filter = filters.addObject();
      filter.put("param", f.param()).put("field", f.field()).put("op", f.op().id()).put("type", f.type().id());
      strings(filter.putArray("enum"), f.enumValues());
      filter.put("multi", f.multi()).put("required", f.required()).put("repeated", f.repeated());
    }
    return out;
  }

  private static void fields(ArrayNode out, List<FieldDef> fields) {
    fields.forEach(f -> out.add(field(f)));
  }

  private static ObjectNode field(FieldDef f) {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("name", f.name());
    out.put("label", f.label());
    out.put("type", f.type().id());
    out.put("format", f.format().orElse(null));
    out.put("nullable", f.nullable());
    out.put("required", f.required());
    out.put("readOnly", f.readOnly());
    out.put("writeOnly", f.writeOnly());
    strings(out.putArray("enum"), f.enumValues());
    if (f.items().isPresent()) {
      out.set("items", field(f.items().get()));
    } else {
      out.putNull("items");
    }
    if (!f.fields().isEmpty()) {
      fields(out.putArray("fields"), f.fields());
    }
    if (f.reference().isPresent()) {
      out.putObject("reference").put("resource", f.reference().get().resource())
          .put("field", f.reference().get().field()).put("rule", f.reference().get().rule().id());
    } else {
      out.putNull("reference");
    }
    out.set("constraints", constraints(f.constraints()));
    out.set("default", MAPPER.valueToTree(f.defaultValue().orElse(null)));
    out.put("description", f.description().orElse(null));
    return out;
  }

  private static ObjectNode constraints(Constraints c) {
    ObjectNode out = MAPPER.createObjectNode();
    c.minimum().ifPresent(v -> out.put(c.exclusiveMinimum() ? "exclusiveMinimum" : "minimum", v));
    c.maximum().ifPresent(v -> out.put(c.exclusiveMaximum() ? "exclusiveMaximum" : "maximum", v));
    c.multipleOf().ifPresent(v -> out.put("multipleOf", v));
    c.minLength().ifPresent(v -> out.put("minLength", v));
    c.maxLength().ifPresent(v -> out.put("maxLength", v));
    c.pattern().ifPresent(v -> out.put("pattern", v));
    c.minItems().ifPresent(v -> out.put("minItems", v));
    c.maxItems().ifPresent(v -> out.put("maxItems", v));
    if (c.uniqueItems()) {
      out.put("uniqueItems", true);
    }
    return out;
  }

  private static void strings(ArrayNode out, Collection<String> values) {
    values.forEach(out::add);
  }
}
