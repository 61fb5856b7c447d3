package dev.switchboard.http;

import dev.switchboard.model.FieldDef;
import dev.switchboard.model.Labels;
import dev.switchboard.model.FilterDef;
import dev.switchboard.model.ResourceDef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels of a resource's fields by dotted path ({@code address.city} to "Address › City"), for error
 * messages that name fields the way the form does; query parameters map to their filter's field label.
 */
final class FieldLabels {

  private FieldLabels() {}

  static Map<String, String> of(ResourceDef resource) {
    Map<String, String> labels = new HashMap<>();
    add(labels, "", "", resource.fields());
    add(labels, "", "", resource.createFields());
    add(labels, "", "", resource.updateFields());
    resource.actions().forEach(a -> {
      add(labels, "", "", a.bodyFields());
      add(labels, "", "", a.parameters());
    });
    resource.list().ifPresent(list -> {
      for (FilterDef filter : list.filters()) {
        labels.putIfAbsent(filter.param(), labels.getOrDefault(filter.field(), humanize(filter.field())));
      }
    });
    return labels;
  }

  private static void add(Map<String, String> labels, String prefix, String labelPrefix, List<FieldDef> fields) {
    for (FieldDef field : fields) {
      String path = prefix + field.name();
      String label = labelPrefix + field.displayLabel();
      labels.putIfAbsent(path, label);
      add(labels, path + ".", label + " › ", field.fields());
      field.items().ifPresent(items -> add(labels, path + ".", label + " › ", items.fields()));
    }
  }

  /** {@code caller_number} as "Caller number": for paths the model does not know. */
  static String humanize(String path) {
    return Labels.humanize(path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path);
  }
}
