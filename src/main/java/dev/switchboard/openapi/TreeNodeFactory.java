package dev.switchboard.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.Map;

/**
 * The node factory the loader parses with: Jackson's own nodes, except that object nodes keep their properties
 * in a {@link PropertyMap}, can hand out a read-only view of them, and have a slot for what the engine made of
 * them.
 *
 * <p>A schema's {@code properties} is that view instead of a copy: copying them into a fresh map (and hashing
 * every name again) was ~7% of {@code infer}'s JFR samples on polar's 2.6 MB document. The slot holds the
 * normaliser's {@link Schema} of the node: an identity map keyed on thousands of freshly parsed nodes gives each
 * of them an identity hash first, a call into the VM that JFR does not even see. For the same reason a node of
 * {@code components/schemas} carries its component name. Trees built elsewhere (tests,
 * {@code new ObjectMapper()}) still work: they are copied and kept in maps as before.
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

  /**
   * The properties of {@code node} themselves, for reading them by position without an iterator; null when it
   * was not parsed by this factory. Callers only read them.
   */
  static PropertyMap properties(JsonNode node) {
    return node instanceof ViewableObjectNode viewable ? viewable.propertyMap() : null;
  }

  /**
   * The properties of {@code node} to read by position, in order: its own map when this factory parsed it,
   * else a copy (trees built elsewhere, in tests), empty when it is no object. The engine's loops over a
   * node's keys read them this way: an iterator makes an entry object per property, and those were the most
   * frequent allocation after schemas on PagerDuty's document. Callers only read them.
   */
  static PropertyMap propertiesOf(JsonNode node) {
    PropertyMap own = properties(node);
    if (own != null) {
      return own;
    }
    PropertyMap copy = new PropertyMap();
    if (node != null && node.isObject()) {
      node.fields().forEachRemaining(e -> copy.put(e.getKey(), e.getValue()));
    }
    return copy;
  }

  /** Whether {@code node} has a slot for {@link #remember}: only object nodes parsed by this factory do. */
  static boolean hasSlot(JsonNode node) {
    return node instanceof ViewableObjectNode;
  }

  /** What {@code owner} last remembered of {@code node}; null when nothing, or when another owner wrote since. */
  static Object remembered(JsonNode node, Object owner) {
    Slot slot = node instanceof ViewableObjectNode viewable ? viewable.slot : null;
    return slot != null && slot.owner() == owner ? slot.value() : null;
  }

  /** Keeps {@code value} for {@code owner} in the node's slot; false when the node has no slot. */
  static boolean remember(JsonNode node, Object owner, Object value) {
    if (node instanceof ViewableObjectNode viewable) {
      viewable.slot = new Slot(owner, value);
      return true;
    }
    return false;
  }

  /**
   * Marks {@code node} as the component named {@code name} ({@code Call} for the node at {@code
   * #/components/schemas/Call}); false when the node has no room for it (not parsed by this factory).
   */
  static boolean nameComponent(JsonNode node, String name) {
    if (node instanceof ViewableObjectNode viewable) {
      viewable.componentName = name;
      return true;
    }
    return false;
  }

  /** The name {@link #nameComponent} gave {@code node}; null when none did. */
  static String componentName(JsonNode node) {
    return node instanceof ViewableObjectNode viewable ? viewable.componentName : null;
  }

  /**
   * The owner and its value in one object, written at once: a reader on another thread (two readers inferring
   * the same document) sees one owner's whole slot or the other's, and only ever takes its own.
   */
  private record Slot(Object owner, Object value) {}

  /** An object node whose property map can be read without copying; it equals plain object nodes. */
  private static final class ViewableObjectNode extends ObjectNode {
    private static final long serialVersionUID = 1L;

    private transient Slot slot;
    /**
     * Which component of {@code components/schemas} the node is, if any. Kept on the node rather than in an
     * identity map: a map asks every finished schema for its identity hash (see the class comment), ~3% of
     * infer's JFR samples on PagerDuty's document. Written once per document, always with the same name.
     */
    private transient String componentName;

    ViewableObjectNode(JsonNodeFactory factory) {
      super(factory, new PropertyMap());
    }

    Map<String, JsonNode> view() {
      return Collections.unmodifiableMap(_children);
    }

    PropertyMap propertyMap() {
      return (PropertyMap) _children;
    }
  }
}
