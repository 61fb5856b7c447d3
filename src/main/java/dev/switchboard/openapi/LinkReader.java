package dev.switchboard.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.switchboard.model.OperationDef;
import dev.switchboard.model.OperationKind;
import dev.switchboard.model.ResourceDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The link reader finds references declared with OpenAPI {@code links}: a link on a resource's read or list
 * success response (2xx or {@code default}) whose operation reads another resource, with a parameter taken
 * from {@code $response.body#/<field>}, says that field holds that resource's id. A link on an error response
 * names a field of the error body, not of the record, so those are not read (nor walked: an operation's error
 * responses were most of the nodes this reader touched).
 */
final class LinkReader {

  private final JsonNode root;
  private final RefResolver refs;
  private final boolean componentResponsesHaveLinks;

  LinkReader(JsonNode root, RefResolver refs) {
    this.root = root;
    this.refs = refs;
    boolean links = false;
    for (JsonNode response : root.path("components").path("responses")) {
      links |= refs.resolve(response).has("links");
    }
    this.componentResponsesHaveLinks = links;
  }

  /**
   * The response itself, or what its {@code $ref} names. Most documents have no links at all, and following
   * every response reference (several per operation) just to find none was a tenth of the engine's time on
   * large documents: a reference into {@code components.responses} is followed only when one of those
   * responses has links.
   */
  private JsonNode withLinks(JsonNode response) {
    JsonNode ref = response.get("$ref");
    if (ref == null) {
      return response;
    }
    if (!componentResponsesHaveLinks && ref.asText().startsWith("#/components/responses/")) {
      return MissingNode.getInstance();
    }
    return refs.resolve(response);
  }

  /** The responses of an operation whose body is the record or the page: 2xx and {@code default}. */
  private static List<JsonNode> successResponses(JsonNode operation) {
    List<JsonNode> success = new ArrayList<>(1);
    PropertyMap responses = TreeNodeFactory.propertiesOf(operation.path("responses"));
    for (int i = 0; i < responses.size(); i++) {
      String code = responses.nameAt(i);
      if (code.startsWith("2") || code.equals("default")) {
        success.add(responses.valueAt(i));
      }
    }
    return success;
  }

  /** Per resource name: field name → name of the resource it refers to. */
  Map<String, Map<String, String>> linkedFields(List<ResourceDef> resources) {
    Map<String, String> readersByOperationId = new HashMap<>();
    for (ResourceDef resource : resources) {
      resource.operation(OperationKind.GET).flatMap(OperationDef::operationId)
          .ifPresent(id -> readersByOperationId.put(id, resource.name()));
    }
    Map<String, Map<String, String>> linked = new HashMap<>();
    if (readersByOperationId.isEmpty()) {
      return linked;
    }
    JsonNode paths = root.path("paths");
    for (ResourceDef resource : resources) {
      for (OperationKind kind : List.of(OperationKind.GET, OperationKind.LIST)) {
        resource.operation(kind).ifPresent(op -> {
          JsonNode operation = paths.path(op.path()).path(op.method().toLowerCase(Locale.ROOT));
          successResponses(operation).forEach(response -> withLinks(response).path("links").forEach(rawLink -> {
            JsonNode link = refs.resolve(rawLink);
            String target = readersByOperationId.get(link.path("operationId").asText(""));
            if (target == null) {
              return;
            }
            link.path("parameters").forEach(expression -> {
              String text = expression.asText("");
              String prefix = "$response.body#/";
              if (text.startsWith(prefix) && !text.substring(prefix.length()).contains("/")) {
                linked.computeIfAbsent(resource.name(), k -> new LinkedHashMap<>())
                    .put(text.substring(prefix.length()), target);
              }
            });
          }));
        });
      }
    }
    return linked;
  }
}
