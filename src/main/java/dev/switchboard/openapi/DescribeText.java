package dev.switchboard.openapi;

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
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an {@link AdminApi} as the readable text of {@code describe}: one block per resource, for a
 * backend developer checking what Switchboard understood, and for golden tests that diff well.
 */
public final class DescribeText {

  private final StringBuilder out = new StringBuilder();

  private DescribeText() {}

  public static String write(AdminApi api) {
    DescribeText text = new DescribeText();
    text.api(api);
    return text.out.toString();
  }

  private void api(AdminApi api) {
    line(0, api.title() + (api.version().isEmpty() ? "" : " " + api.version()) + "  (OpenAPI " + api.openapi() + ")");
    line(0, "Base URL: " + api.baseUrl().orElse("(not given: requests go to the document's host)"));
    if (!api.security().isEmpty()) {
      line(0, "Log in:");
      api.security().forEach(this::security);
    }
    line(0, api.resources().size() + " resource" + (api.resources().size() == 1 ? "" : "s"));
    for (ResourceDef resource : api.resources()) {
      out.append('\n');
      resource(resource);
    }
    out.append('\n');
    if (api.diagnostics().isEmpty()) {
      line(0, "Nothing was left out.");
    } else {
      line(0, api.diagnostics().size() + " thing" + (api.diagnostics().size() == 1 ? "" : "s")
          + " could not be understood:");
      for (Diagnostic d : api.diagnostics()) {
        line(1, d.level().id() + "  " + d.path() + "  " + d.message());
      }
    }
  }

  private void security(SecurityDef s) {
    List<String> parts = new ArrayList<>();
    parts.add(s.type().id());
    s.tokenUrl().ifPresent(u -> parts.add("token " + u));
    s.in().ifPresent(in -> parts.add("in " + in + " " + s.paramName().orElse("?")));
    if (s.type() == SecurityDef.Type.UNSUPPORTED) {
      s.description().ifPresent(parts::add);
    }
    line(1, s.name() + ": " + String.join(", ", parts));
    s.scopes().forEach((scope, description) -> line(2, "scope " + scope + (description.isEmpty() ? "" : ": " + description)));
  }

  private void resource(ResourceDef r) {
    line(0, r.name() + "  \"" + r.label() + "\"  [" + r.tag() + "]");
    r.collectionPath().ifPresent(p -> line(1, "collection " + p));
    r.itemPath().ifPresent(p -> line(1, "item       " + p + "  id param " + r.idParam().orElse("?")
        + ", id field " + r.idField().orElse("(unknown)")));
    if (!r.parentParams().isEmpty()) {
      line(1, "parent params " + String.join(", ", r.parentParams()));
    }
    r.operations().forEach((kind, op) -> line(1, pad(kind.id(), 8) + operation(op)));
    for (ActionDef a : r.actions()) {
      line(1, "action  " + a.name() + " \"" + a.label() + "\" " + a.target().id() + " " + a.method() + " "
          + a.path() + scopes(a.security().scopes()));
      for (FieldDef p : a.parameters()) {
        line(3, "param " + field(p));
      }
      for (FieldDef f : a.bodyFields()) {
        line(3, "body  " + field(f));
      }
    }
    r.list().ifPresent(this::list);
    fields("fields", r.fields());
    fields("create", r.createFields());
    fields("update", r.updateFields());
  }

  private static String operation(OperationDef op) {
    return op.method() + " " + op.path() + scopes(op.security().scopes());
  }

  private static String scopes(List<String> scopes) {
    return scopes.isEmpty() ? "" : "  scopes " + String.join(" ", scopes);
  }

  private void list(ListCapabilities list) {
    var p = list.pagination();
    List<String> paging = new ArrayList<>();
    p.params().forEach((role, param) -> paging.add(role + "=" + param));
    line(1, "paging  " + p.style().id() + (paging.isEmpty() ? "" : " (" + String.join(", ", paging) + ")")
        + ", records in " + p.itemsField().orElse("(bare array)")
        + p.totalField().map(t -> ", total in " + t).orElse(", no total")
        + p.nextCursorField().map(c -> ", next cursor in " + c).orElse(""));
    list.sort().ifPresent(s -> line(1, "sort    " + s.param() + " " + s.style().id() + (s.multi() ? " multi" : "")
        + s.directionParam().map(d -> " direction " + d).orElse("")
        + (s.fields().isEmpty() ? "" : " on " + String.join(", ", s.fields()))));
    list.searchParam().ifPresent(s -> line(1, "search  " + s));
    for (FilterDef f : list.filters()) {
      line(1, "filter  " + f.param() + " = " + f.field() + " " + f.op().id() + " " + f.type().id()
          + (f.enumValues().isEmpty() ? "" : " " + f.enumValues()) + (f.multi() ? " multi" : "")
          + (f.required() ? " required" : ""));
    }
  }

  private void fields(String heading, List<FieldDef> fields) {
    if (fields.isEmpty()) {
      return;
    }
    line(1, heading);
    fields.forEach(f -> nested(2, f));
  }

  private void nested(int depth, FieldDef f) {
    line(depth, field(f));
    f.fields().forEach(child -> nested(depth + 1, child));
    f.items().ifPresent(items -> items.fields().forEach(child -> nested(depth + 1, child)));
  }

  private static String field(FieldDef f) {
    StringBuilder s = new StringBuilder(f.name()).append(": ").append(f.type().id());
    f.items().ifPresent(items -> s.append(" of ").append(items.type().id())
        .append(items.enumValues().isEmpty() ? "" : " " + items.enumValues()));
    if (!f.enumValues().isEmpty()) {
      s.append(' ').append(f.enumValues());
    }
    if (f.required()) {
      s.append(" required");
    }
    if (f.nullable()) {
      s.append(" nullable");
    }
    if (f.readOnly()) {
      s.append(" read-only");
    }
    if (f.writeOnly()) {
      s.append(" write-only");
    }
    f.reference().ifPresent(r -> s.append(" → ").append(r.resource()).append('.').append(r.field())
        .append(" (").append(r.rule().id()).append(')'));
    String constraints = constraints(f.constraints());
    if (!constraints.isEmpty()) {
      s.append(' ').append(constraints);
    }
    f.defaultValue().ifPresent(d -> s.append(" default ").append(d));
    if (!f.label().equals(Names.label(f.name()))) {
      s.append("  \"").append(f.label()).append('"');
    }
    return s.toString();
  }

  private static String constraints(Constraints c) {
    List<String> parts = new ArrayList<>();
    c.minimum().ifPresent(v -> parts.add((c.exclusiveMinimum() ? ">" : ">=") + v.stripTrailingZeros().toPlainString()));
    c.maximum().ifPresent(v -> parts.add((c.exclusiveMaximum() ? "<" : "<=") + v.stripTrailingZeros().toPlainString()));
    c.multipleOf().ifPresent(v -> parts.add("multiple of " + v.stripTrailingZeros().toPlainString()));
    c.minLength().ifPresent(v -> parts.add("min length " + v));
    c.maxLength().ifPresent(v -> parts.add("max length " + v));
    c.pattern().ifPresent(v -> parts.add("pattern " + v));
    c.minItems().ifPresent(v -> parts.add("min items " + v));
    c.maxItems().ifPresent(v -> parts.add("max items " + v));
    if (c.uniqueItems()) {
      parts.add("unique");
    }
    return parts.isEmpty() ? "" : "(" + String.join(", ", parts) + ")";
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }

  private void line(int depth, String text) {
    out.append("  ".repeat(depth)).append(text).append('\n');
  }
}
