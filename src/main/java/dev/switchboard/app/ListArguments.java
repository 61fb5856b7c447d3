package dev.switchboard.app;

import dev.switchboard.data.Filter;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.FilterDef;
import dev.switchboard.model.FilterOp;
import dev.switchboard.model.ListCapabilities;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code --filter} as people type it: {@code status=missed}, {@code status:in=missed,voicemail}, {@code
 * started_at:gte=2026-11-01T00:00:00Z}, {@code agent_id:isnull=true}. The field and operator must be one of
 * the list's filters; values are typed as the filter's type (whole numbers, numbers, booleans; date-times and
 * text as given) and checked against its allowed values.
 */
final class ListArguments {

  private ListArguments() {}

  static Filter filter(String typed, ListCapabilities list, String resource) throws UsageException {
    int eq = typed.indexOf('=');
    if (eq <= 0) {
      throw new UsageException("--filter '" + typed + "' needs the form field=value or field:op=value"
          + " (op one of " + ops() + ").");
    }
    String left = typed.substring(0, eq).trim();
    String raw = typed.substring(eq + 1);
    String field = left;
    FilterOp op = FilterOp.EQ;
    int colon = left.lastIndexOf(':');
    if (colon > 0) {
      field = left.substring(0, colon).trim();
      String opText = left.substring(colon + 1).trim();
      try {
        op = FilterOp.valueOf(opText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--filter '" + typed + "': '" + opText + "' is not an operator; use one of " + ops()
            + ".");
      }
    }
    String wantedField = field;
    FilterOp wantedOp = op;
    FilterDef def = list.filters().stream().filter(f -> f.field().equals(wantedField) && f.op() == wantedOp)
        .findFirst()
        .orElseThrow(() -> new UsageException("--filter '" + typed + "': the " + resource + " list has no "
            + wantedOp.id() + " filter on '" + wantedField + "'. " + available(list)));
    List<String> texts = op == FilterOp.IN ? Arrays.stream(raw.split(",", -1)).map(String::trim).toList()
        : List.of(raw);
    List<Object> values = new ArrayList<>();
    for (String text : texts) {
      values.add(value(text, def, typed));
    }
    return new Filter(def.field(), def.op(), values);
  }

  private static Object value(String text, FilterDef def, String typed) throws UsageException {
    if (def.op() == FilterOp.ISNULL) {
      return bool(text, typed);
    }
    if (!def.enumValues().isEmpty() && !def.enumValues().contains(text)) {
      throw new UsageException("--filter '" + typed + "': '" + text + "' is not one of " + String.join(", ",
          def.enumValues()) + ".");
    }
    FieldType type = def.type();
    try {
      return switch (type) {
        case INTEGER -> Long.parseLong(text.trim());
        case NUMBER -> new BigDecimal(text.trim());
        case BOOLEAN -> bool(text, typed);
        default -> text;
      };
    } catch (NumberFormatException e) {
      throw new UsageException("--filter '" + typed + "': '" + text + "' is not " + (type == FieldType.INTEGER
          ? "a whole number" : "a number") + ".");
    }
  }

  private static Boolean bool(String text, String typed) throws UsageException {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> Boolean.TRUE;
      case "false", "no", "0" -> Boolean.FALSE;
      default -> throw new UsageException("--filter '" + typed + "': '" + text + "' is not true or false.");
    };
  }

  private static String ops() {
    return Arrays.stream(FilterOp.values()).map(FilterOp::id).collect(Collectors.joining(", "));
  }

  private static String available(ListCapabilities list) {
    if (list.filters().isEmpty()) {
      return "It has no filters.";
    }
    return "Its filters: " + list.filters().stream()
        .map(f -> f.op() == FilterOp.EQ ? f.field() : f.field() + ":" + f.op().id())
        .distinct().collect(Collectors.joining(", ")) + ".";
  }
}
