package dev.switchboard.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.Map;

/**
 * The node factory the loader parses with: Jackson's own nodes, except that object nodes can hand out a
 * read-only view of their properties. A schema's {@code properties} then is that view instead of a copy:
 * copying them into a fresh map (and hashing every name again) was ~7% of {@code infer}'s JFR samples on
 * polar's 2.6 MB document. Trees built elsewhere (tests, {@code new ObjectMapper()}) still work: they are
 * copied as before.
 */
final class TreeNodeFactory extends JsonNodeFactory {

  static final TreeNodeFactory INSTANCE = new TreeNodeFactory();

  private TreeNodeFactory() {
    super(false); // as JsonNodeFactory.instance: decimals are not normalised
  }

  @Override
  public ObjectNode objectNode() {
    return new ViewableObjectNode(this);
  }

  /** The properties of {@code node} as a read-only view, or null when it was not parsed by this factory. */
  static Map<String, JsonNode> propertiesView(JsonNode node) {
    return node instanceof ViewableObjectNode viewable ? viewable.view() : null;
  }

  /** An object node whose property map can be read without copying; it equals plain object nodes. */
  private static final class ViewableObjectNode extends ObjectNode {
    private static final long serialVersionUID = 1L;

    ViewableObjectNode(JsonNodeFactory factory) {
      super(factory);
    }

    Map<String, JsonNode> view() {
      return Collections.unmodifiableMap(_children);
    }
  }
}
