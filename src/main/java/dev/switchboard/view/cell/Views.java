package dev.switchboard.view.cell;

import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.viewmodel.RecordTitles;
import dev.switchboard.viewmodel.ReferenceNames;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** The standard cell views, one small class per kind of value. */
final class Views {

  private Views() {}

  /** Plain text on one line; the fallback for every type no other view accepts. */
  static final class Text implements CellView {
    @Override
    public String text(Object value) {
      return value instanceof Map<?, ?> || value instanceof List<?> ? ObjectSummary.of(value)
          : String.valueOf(value).replaceAll("\\s*\\R\\s*", " ");
    }

    @Override
    public boolean wantsTooltip() {
      return true;
    }
  }

  /** Numbers right-aligned with the locale's grouping (ids without). */
  record Number(Locale locale, boolean grouping) implements CellView {
    @Override
    public String text(Object value) {
      return Formats.number(value, locale, grouping);
    }

    @Override
    public Pos alignment() {
      return Pos.CENTER_RIGHT;
    }

    @Override
    public String styleClass() {
      return "cell-number";
    }
  }

  static final class Duration implements CellView {
    @Override
    public String text(Object value) {
      return Formats.duration(value);
    }

    @Override
    public Pos alignment() {
      return Pos.CENTER_RIGHT;
    }

    @Override
    public String styleClass() {
      return "cell-number";
    }
  }

  record Temporal(FieldType type, CellContext context) implements CellView {
    @Override
    public String text(Object value) {
      return switch (type) {
        case DATE -> Formats.date(value, context.locale());
        case TIME -> Formats.time(value, context.locale());
        default -> Formats.dateTime(value, context.zone(), context.locale());
      };
    }

    @Override
    public String styleClass() {
      return "cell-date";
    }
  }

  /** A check mark for true, nothing for false: a column of "true"/"false" is hard to scan. */
  static final class Check implements CellView {
    @Override
    public String text(Object value) {
      // a blank would not tell "no" from "not known" on a record view: ✗ says no, — says nothing was given
      return value == null ? Formats.NONE : truthy(value) ? "✓" : "✗";
    }

    static boolean truthy(Object value) {
      return value instanceof Boolean b ? b : "true".equalsIgnoreCase(String.valueOf(value));
    }

    /** ✓ in the success colour, ✗ subdued: "no" is the usual answer and must not shout. */
    @Override
    public Node graphic(Object value) {
      return graphic(value, null);
    }

    @Override
    public Node graphic(Object value, Node previous) {
      Label mark = previous instanceof Label label && label.getStyleClass().contains("boolean-mark") ? label
          : new Label();
      if (!mark.getStyleClass().contains("boolean-mark")) {
        mark.getStyleClass().add("boolean-mark");
      }
      mark.setText(text(value));
      mark.getStyleClass().removeAll("boolean-yes", "boolean-no");
      mark.getStyleClass().add(truthy(value) ? "boolean-yes" : "boolean-no");
      return mark;
    }

    @Override
    public Pos alignment() {
      return Pos.CENTER;
    }

    @Override
    public String styleClass() {
      return "cell-boolean";
    }
  }

  /** An enum value as readable text on a small chip. */
  static final class Chip implements CellView {
    @Override
    public String text(Object value) {
      return Formats.enumLabel(String.valueOf(value));
    }

    @Override
    public Node graphic(Object value) {
      Label chip = new Label(text(value));
      chip.getStyleClass().add("chip");
      chip.setMinWidth(0);
      return chip;
    }

    @Override
    public Node graphic(Object value, Node previous) {
      if (previous instanceof Label chip && chip.getStyleClass().contains("chip")) {
        chip.setText(text(value));
        return chip;
      }
      return graphic(value);
    }

    @Override
    public String styleClass() {
      return "cell-enum";
    }
  }

  /** A link: styled like one, opened through the context on a click. */
  record Link(CellContext context) implements CellView {
    @Override
    public String text(Object value) {
      return String.valueOf(value);
    }

    @Override
    public String styleClass() {
      return "cell-link";
    }

    @Override
    public boolean wantsTooltip() {
      return true;
    }

    @Override
    public boolean activate(Object value) {
      context.openUri().accept(String.valueOf(value));
      return true;
    }
  }

  /** The referenced record's name once it arrives, its id until then (and if it never does). */
  record Reference(String resource, CellContext context) implements CellView {
    @Override
    public String text(Object value) {
      String id = Formats.number(value, Locale.ROOT, false);
      return Optional.ofNullable(context.referenceNames().get(ReferenceNames.key(resource, id))).orElse("#" + id);
    }

    @Override
    public String styleClass() {
      return "cell-reference";
    }

    @Override
    public boolean wantsTooltip() {
      return true;
    }

    @Override
    public Optional<Observable> changes() {
      return Optional.of(context.referenceNames());
    }
  }

  /** Scalars joined with ", " in their own format; objects counted. */
  record Many(CellView element) implements CellView {
    @Override
    public String text(Object value) {
      if (!(value instanceof List<?> list)) {
        return element.text(value);
      }
      if (list.stream().anyMatch(v -> v instanceof Map<?, ?> || v instanceof List<?>)) {
        return ObjectSummary.of(list);
      }
      return list.stream().map(v -> v == null ? Formats.NONE : element.text(v)).collect(Collectors.joining(", "));
    }

    @Override
    public boolean wantsTooltip() {
      return true;
    }

    @Override
    public Optional<Observable> changes() {
      return element.changes();
    }
  }

  /** A nested object by its name-like field, else by its size: never as raw JSON. */
  static final class ObjectSummary implements CellView {
    @Override
    public String text(Object value) {
      return of(value);
    }

    static String of(Object value) {
      if (value instanceof Map<?, ?> map) {
        @SuppressWarnings("unchecked")
        Map<String, ?> fields = (Map<String, ?>) map;
        return RecordTitles.named(fields).orElse(count(map.size(), "field"));
      }
      if (value instanceof List<?> list) {
        return count(list.size(), "item");
      }
      return String.valueOf(value);
    }

    private static String count(int n, String noun) {
      return n + " " + noun + (n == 1 ? "" : "s");
    }

    @Override
    public boolean wantsTooltip() {
      return true;
    }
  }

  static boolean isDuration(FieldDef field) {
    if (field.type() == FieldType.DURATION) {
      return true;
    }
    String name = field.name().toLowerCase(Locale.ROOT);
    return (field.type() == FieldType.INTEGER || field.type() == FieldType.NUMBER)
        && (name.contains("duration") || name.endsWith("_s") || name.contains("seconds"));
  }

  static boolean isIdLike(FieldDef field) {
    String name = field.name().toLowerCase(Locale.ROOT);
    return name.equals("id") || name.endsWith("_id") || field.name().endsWith("Id")
        || field.reference().isPresent();
  }
}
