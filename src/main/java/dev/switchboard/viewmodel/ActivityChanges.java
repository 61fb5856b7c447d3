package dev.switchboard.viewmodel;

import dev.switchboard.data.Record;
import dev.switchboard.model.ActionDef;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.ResourceDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The field-by-field changes an activity entry keeps: labels as the forms show them, values as plain text, and
 * secrets masked on both sides. A field is a secret when the document marks it write-only or as a password, or,
 * as a safety net for documents that say neither, when its name contains "password", "secret" or "token".
 */
final class ActivityChanges {

  /** A referenced record's title by its resource's name and its id, when one has been seen. */
  @FunctionalInterface
  interface Names {
    Optional<String> title(String resource, String id);

    Names NONE = (resource, id) -> Optional.empty();
  }

  private ActivityChanges() {}

  /** An update: each sent field whose value differs from {@code current}'s. */
  static List<ActivityEntry.Change> update(ResourceDef resource, Record current, Map<String, ?> changes,
      Names names) {
    List<ActivityEntry.Change> out = new ArrayList<>();
    changes.forEach((name, after) -> {
      Object before = current.values().get(name);
      if (!FormValues.same(before, after)) {
        out.add(change(field(resource, name), name, before, after, names));
      }
    });
    return out;
  }

  /** A new record or an action's body: every value sent, with nothing before. */
  static List<ActivityEntry.Change> sent(List<FieldDef> fields, Map<String, ?> values, Names names) {
    List<ActivityEntry.Change> out = new ArrayList<>();
    values.forEach((name, after) -> {
      if (after != null) {
        out.add(change(fields.stream().filter(f -> f.name().equals(name)).findFirst(), name, null, after, names));
      }
    });
    return out;
  }

  static List<ActivityEntry.Change> created(ResourceDef resource, Map<String, ?> values, Names names) {
    return sent(Stream.concat(resource.createFields().stream(), resource.fields().stream()).toList(), values, names);
  }

  static List<ActivityEntry.Change> action(ResourceDef resource, String action, Map<String, ?> body, Names names) {
    List<FieldDef> fields = resource.actions().stream().filter(a -> a.name().equals(action))
        .flatMap(a -> Stream.concat(a.bodyFields().stream(), a.parameters().stream())).toList();
    return sent(fields, body, names);
  }

  /** The action's label ("Transfer Call"), or its name when the model has no such action. */
  static String actionLabel(ResourceDef resource, String action) {
    return resource.actions().stream().filter(a -> a.name().equals(action)).map(ActionDef::label).findFirst()
        .orElse(action);
  }

  private static Optional<FieldDef> field(ResourceDef resource, String name) {
    return Stream.of(resource.updateFields(), resource.fields(), resource.createFields()).flatMap(List::stream)
        .filter(f -> f.name().equals(name)).findFirst();
  }

  private static ActivityEntry.Change change(Optional<FieldDef> field, String name, Object before, Object after,
      Names names) {
    String label = field.map(FieldDef::displayLabel).orElse(name);
    if (isSecret(field, name)) {
      return new ActivityEntry.Change(name, label, before == null ? "" : ActivityEntry.MASK,
          after == null ? "" : ActivityEntry.MASK);
    }
    Optional<String> target = field.flatMap(f -> f.reference().or(() -> f.items().flatMap(FieldDef::reference)))
        .map(dev.switchboard.model.Reference::resource);
    if (target.isPresent()) {
      return new ActivityEntry.Change(name, label, named(target.get(), before, names),
          named(target.get(), after, names));
    }
    return new ActivityEntry.Change(name, label, text(field, before), text(field, after));
  }

  /**
   * A reference (an agent's id) as the record's title where it has been seen, so the log reads "Sam Lee", not an
   * id; else the id, as {@code #id}. Lists of references are named one by one.
   */
  private static String named(String resource, Object value, Names names) {
    if (value instanceof List<?> list) {
      return list.stream().map(v -> named(resource, v, names)).collect(Collectors.joining(", "));
    }
    if (value == null) {
      return "";
    }
    String id = text(value);
    return names.title(resource, id).orElse("#" + id);
  }

  static boolean isSecret(Optional<FieldDef> field, String name) {
    if (field.map(f -> f.writeOnly() || f.type() == FieldType.PASSWORD).orElse(false)) {
      return true;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.contains("password") || lower.contains("secret") || lower.contains("token");
  }

  /** A value as a line of text: lists comma-separated, nested objects as "key: value" pairs; nothing is empty. */
  static String text(Object value) {
    return text(Optional.empty(), value);
  }

  /** As {@link #text(Object)}, with the secrets inside an object ({@code smtp.password}) masked too. */
  private static String text(Optional<FieldDef> field, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue());
    }
    if (value instanceof List<?> list) {
      Optional<FieldDef> items = field.flatMap(FieldDef::items);
      return list.stream().map(v -> text(items, v)).collect(Collectors.joining(", "));
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream().filter(e -> e.getValue() != null).map(e -> {
        String key = String.valueOf(e.getKey());
        Optional<FieldDef> child = field.flatMap(f -> f.fields().stream().filter(c -> c.name().equals(key))
            .findFirst());
        return key + ": " + (isSecret(child, key) ? ActivityEntry.MASK : text(child, e.getValue()));
      }).collect(Collectors.joining(", "));
    }
    return String.valueOf(value);
  }
}
