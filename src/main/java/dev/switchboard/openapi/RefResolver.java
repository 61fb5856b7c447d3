package dev.switchboard.openapi;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.switchboard.model.Diagnostic;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ref resolver follows {@code $ref}s lazily: only the references the engine actually reads are followed,
 * each target is looked up once (memoised), chains of references are followed to their end, and a chain
 * that loops or points nowhere ends in {@link MissingNode} with a diagnostic instead of an exception.
 *
 * <p>Lazy resolution is what keeps a 2.7 MB document close to the cost of parsing it: resolving every
 * reference up front (as swagger-parser's {@code resolveFully} does) costs 50 to 700 times the parse.
 *
 * <p>References into other files ({@code ./schemas/pet.yaml#/Pet}) are loaded on first use. Their own
 * relative references are rewritten to absolute ones when the file is loaded, so that every node can be
 * resolved without knowing which file it came from.
 */
public final class RefResolver {

  /** Loads and parses a referenced document. */
  @FunctionalInterface
  public interface Loader {
    JsonNode load(URI location) throws DocumentException;
  }

  private final JsonNode root;
  private final URI location;
  private final Loader loader;
  private final Map<String, JsonNode> resolved = new HashMap<>();
  private final Map<URI, JsonNode> documents = new HashMap<>();
  /** Each problem sentence, with the reference it is about. */
  private final Map<String, String> problems = new LinkedHashMap<>();
  /** Whether the nodes of {@code components/schemas} know their names yet (see {@link #componentNameOf}). */
  private boolean componentsNamed;
  /** The component names of nodes that cannot carry one (trees not parsed by the loader, in tests). */
  private final Map<JsonNode, String> componentsByNode = new IdentityHashMap<>();
  private final Map<String, Optional<String>> componentNames = new HashMap<>();
  /** The node at each local pointer that refs end in a name under ({@code /components/schemas}). */
  private final Map<String, JsonNode> containers = new HashMap<>();

  RefResolver(JsonNode root, URI location, Loader loader) {
    this.root = root;
    this.location = location;
    this.loader = loader;
  }

  /** Returns {@code node} itself, or the end of its chain of {@code $ref}s. */
  public JsonNode resolve(JsonNode node) {
    if (node == null) {
      return MissingNode.getInstance();
    }
    return node.isObject() && node.get("$ref") instanceof TextNode ref ? follow(ref.asText()) : node;
  }

  /**
   * The end of the chain that starts at {@code ref}, a {@code $ref} value the caller has already read: the
   * normaliser reads each schema's keys once, and looking {@code $ref} up again was measurable.
   */
  JsonNode follow(String ref) {
    JsonNode current = lookup(ref);
    Set<String> seen = null;
    while (current != null && current.isObject() && current.get("$ref") instanceof TextNode next) {
      String target = next.asText();
      // Almost every chain has one link: keep the loop check from allocating until a second one.
      if (seen == null) {
        seen = new LinkedHashSet<>();
        seen.add(ref);
      }
      if (!seen.add(target)) {
        problems.putIfAbsent("The $ref chain " + String.join(" → ", seen) + " → " + target
            + " loops back on itself; the schema is treated as any value.", seen.iterator().next());
        return MissingNode.getInstance();
      }
      current = lookup(target);
    }
    return current == null ? MissingNode.getInstance() : current;
  }

  /** The name of the component a schema node refers to ({@code Call} for {@code #/components/schemas/Call}). */
  public static Optional<String> componentName(JsonNode node) {
    JsonNode ref = node.get("$ref");
    if (ref == null || !ref.isTextual()) {
      return Optional.empty();
    }
    return componentNameOfRef(ref.asText());
  }

  /** {@link #componentName(JsonNode)} of a {@code $ref} value, remembered: the same few hundred recur. */
  Optional<String> componentName(String ref) {
    return componentNames.computeIfAbsent(ref, RefResolver::componentNameOfRef);
  }

  private static Optional<String> componentNameOfRef(String text) {
    int slash = text.lastIndexOf('/');
    String last = slash >= 0 ? text.substring(slash + 1) : text;
    int hash = last.indexOf('#');
    if (hash >= 0) {
      last = last.substring(0, hash);
    }
    return last.isEmpty() ? Optional.empty() : Optional.of(unescape(last));
  }

  /**
   * The name of the component {@code node} is ({@code Call} for the node at {@code #/components/schemas/Call}),
   * when it is read directly rather than through a {@code $ref}.
   */
  Optional<String> componentNameOf(JsonNode node) {
    if (!componentsNamed) {
      nameComponents();
    }
    if (TreeNodeFactory.hasSlot(node)) {
      // Asked for every schema the normaliser finishes: read from the node, no identity hash (see the field).
      return Optional.ofNullable(TreeNodeFactory.componentName(node));
    }
    return componentsByNode.isEmpty() ? Optional.empty() : Optional.ofNullable(componentsByNode.get(node));
  }

  /** Tells each node of {@code components/schemas} its name, once per document; a later name wins, as in a map. */
  private void nameComponents() {
    PropertyMap components = TreeNodeFactory.propertiesOf(root.path("components").path("schemas"));
    for (int i = 0; i < components.size(); i++) {
      if (!TreeNodeFactory.nameComponent(components.valueAt(i), components.nameAt(i))) {
        componentsByNode.put(components.valueAt(i), components.nameAt(i));
      }
    }
    componentsNamed = true;
  }

  /** The problems met so far (unresolvable refs, loops, unreadable files), each at the reference it is about. */
  public List<Diagnostic> problems() {
    List<Diagnostic> list = new ArrayList<>();
    problems.forEach((message, ref) -> list.add(Diagnostic.warning(ref, message)));
    return list;
  }

  private JsonNode lookup(String ref) {
    JsonNode cached = resolved.get(ref);
    if (cached != null) {
      return cached;
    }
    JsonNode target = find(ref);
    if (target.isMissingNode() && !inUnreadableFile(ref)) {
      problems.putIfAbsent("The $ref '" + ref + "' points to nothing; the schema is treated as any value."
          + " Check the name under components.", ref);
    }
    resolved.put(ref, target);
    return target;
  }

  /** Whether {@code ref} points into a file that could not be read: that problem is already said. */
  private boolean inUnreadableFile(String ref) {
    int hash = ref.indexOf('#');
    String file = hash < 0 ? ref : ref.substring(0, hash);
    if (file.isEmpty()) {
      return false;
    }
    try {
      JsonNode document = documents.get(location.resolve(file).normalize());
      return document == null || document.isMissingNode();
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  private JsonNode find(String ref) {
    int hash = ref.indexOf('#');
    String file = hash < 0 ? ref : ref.substring(0, hash);
    String fragment = hash < 0 ? "" : ref.substring(hash + 1);
    JsonNode document = file.isEmpty() ? root : external(file);
    if (fragment.isEmpty()) {
      return document;
    }
    if (fragment.startsWith("/") && fragment.indexOf('~') < 0) {
      int last = fragment.lastIndexOf('/');
      if (file.isEmpty() && last > 0) {
        // Thousands of refs share a few containers (components/schemas, components/parameters): each
        // container is looked up once, then only the last name per ref.
        String parent = fragment.substring(0, last);
        JsonNode container = containers.get(parent);
        if (container == null) {
          // Anything but an object (nothing there, or an array on the way) takes the walk below.
          JsonNode walked = walk(document, parent);
          container = walked == null ? MissingNode.getInstance() : walked;
          containers.put(parent, container);
        }
        if (container.isObject()) {
          JsonNode node = container.get(fragment.substring(last + 1));
          return node == null ? MissingNode.getInstance() : node;
        }
      }
      JsonNode node = walk(document, fragment);
      if (node != null) {
        return node;
      }
    }
    try {
      return document.at(JsonPointer.compile(fragment));
    } catch (IllegalArgumentException e) {
      return MissingNode.getInstance();
    }
  }

  /**
   * The usual {@code /components/schemas/Call} walks objects by plain names: no JsonPointer to compile (that
   * was 5% of infer's garbage on PagerDuty's 5,000 refs). Null when the walk meets something other than an
   * object (an array index): that takes the long way.
   */
  private static JsonNode walk(JsonNode document, String fragment) {
    JsonNode node = document;
    int start = 1;
    while (node != null && node.isObject()) {
      int slash = fragment.indexOf('/', start);
      node = node.get(slash < 0 ? fragment.substring(start) : fragment.substring(start, slash));
      if (slash < 0) {
        return node == null ? MissingNode.getInstance() : node;
      }
      start = slash + 1;
    }
    return node == null ? MissingNode.getInstance() : null;
  }

  private JsonNode external(String file) {
    URI target;
    try {
      target = location.resolve(file).normalize();
    } catch (IllegalArgumentException e) {
      problems.putIfAbsent("The $ref file '" + file + "' is not a valid path or URL.", file);
      return MissingNode.getInstance();
    }
    JsonNode cached = documents.get(target);
    if (cached != null) {
      return cached;
    }
    JsonNode loaded;
    try {
      loaded = loader.load(target);
      absolutise(loaded, target);
    } catch (DocumentException e) {
      problems.putIfAbsent("A $ref names " + target + ", which could not be read: " + e.getMessage(), file);
      loaded = MissingNode.getInstance();
    }
    documents.put(target, loaded);
    return loaded;
  }

  /** Rewrites every relative {@code $ref} of a referenced file to an absolute one. */
  private static void absolutise(JsonNode node, URI base) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual()) {
        String text = ref.asText();
        object.put("$ref", text.startsWith("#") ? base + text : base.resolve(text).toString());
      }
      object.elements().forEachRemaining(child -> absolutise(child, base));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> absolutise(child, base));
    }
  }

  private static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }
}
