package dev.switchboard.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One item of a FastAPI 422 body, as pydantic v2 writes it: {@code {type, loc, msg, input, ctx?}}. {@code loc}
 * starts with {@code body}, {@code query} or {@code path}, followed by field names and list indexes.
 */
record ErrorItem(String type, List<Object> loc, String msg, JsonNode input, Map<String, Object> ctx) {

  ErrorItem {
    loc = List.copyOf(loc);
    ctx = Map.copyOf(ctx);
  }

  static ErrorItem of(String type, List<Object> loc, String msg, JsonNode input) {
    return new ErrorItem(type, loc, msg, input, Map.of());
  }

  /** A rule the schema cannot state (a user that must exist): pydantic's {@code value_error}. */
  static ErrorItem valueError(List<Object> loc, String error, JsonNode input) {
    return new ErrorItem("value_error", loc, "Value error, " + error, input, Map.of("error", error));
  }

  static List<Object> loc(String first, Object... rest) {
    List<Object> loc = new ArrayList<>(rest.length + 1);
    loc.add(first);
    loc.addAll(List.of(rest));
    return loc;
  }

  ObjectNode toJson() {
    ObjectNode node = Json.object();
    node.put("type", type);
    ArrayNode where = node.putArray("loc");
    for (Object part : loc) {
      if (part instanceof Integer index) {
        where.add(index);
      } else {
        where.add(String.valueOf(part));
      }
    }
    node.put("msg", msg);
    node.set("input", input == null ? Json.NODES.nullNode() : input);
    if (!ctx.isEmpty()) {
      ObjectNode context = node.putObject("ctx");
      ctx.forEach((key, value) -> context.set(key, Json.MAPPER.valueToTree(value)));
    }
    return node;
  }
}
