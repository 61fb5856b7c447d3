package dev.switchboard.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.model.AdminApi;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.model.SecurityDef;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The OpenAPI reader infers an {@link AdminApi} from a loaded {@link OpenApiDocument}: the entry point of
 * the schema engine. Each step's rules are written down on the class that applies them: {@link PathGrouper}
 * (which paths form a resource), {@link ResourceBuilder} (operations, actions, fields, ids),
 * {@link FieldBuilder} and {@link SchemaNormalizer} (types and nullability), {@link ListInferrer} (paging,
 * sort, search, filters), {@link RelationInferrer} (references), {@link SecurityReader} (log-in schemes and
 * scopes).
 *
 * <p>Reading never throws for a document that loaded: what cannot be understood becomes a diagnostic.
 */
public final class OpenApiReader {

  /** Reads a document from its source and infers its model: the one call most callers need. */
  public static AdminApi read(DocumentLoader loader, DocumentSource source) throws DocumentException {
    return new OpenApiReader().infer(loader.load(source));
  }

  public AdminApi infer(OpenApiDocument document) {
    JsonNode root = document.root();
    DiagnosticsCollector diagnostics = new DiagnosticsCollector();
    SchemaNormalizer normalizer = new SchemaNormalizer(document.refs());
    FieldBuilder fields = new FieldBuilder(normalizer, document.isOpenApi30());
    Operations operations = new Operations(document.refs());
    ListInferrer lists = new ListInferrer(normalizer, diagnostics);
    SecurityReader securityReader = new SecurityReader(diagnostics);

    URI documentUrl = document.source().location();
    Optional<String> baseUrl = baseUrl(root, documentUrl);
    List<SecurityDef> security = securityReader.schemes(root, documentUrl, baseUrl, document.refs());

    List<PathGrouper.PathEntry> entries = new ArrayList<>();
    root.path("paths").fields().forEachRemaining(e -> entries.add(
        new PathGrouper.PathEntry(PathTemplate.parse(e.getKey()), document.refs().resolve(e.getValue()))));
    if (entries.isEmpty()) {
      diagnostics.warning("#/paths", "The document has no paths, so there is nothing to show."
          + " Check that this is the backend's full document.");
    }
    PathGrouper.Result grouped = new PathGrouper().group(entries, entry -> returnsList(entry, operations, lists));
    reportUnpaired(grouped.unpaired(), security, diagnostics);

    ResourceBuilder builder = new ResourceBuilder(root, operations, fields, lists, securityReader,
        SecurityReader.names(security), diagnostics);
    List<String> names = uniqueNames(grouped.groups());
    List<ResourceDef> resources = new ArrayList<>();
    for (int i = 0; i < grouped.groups().size(); i++) {
      resources.add(builder.build(grouped.groups().get(i), names.get(i)));
    }
    resources = new RelationInferrer(diagnostics).link(resources, new LinkReader(root, document.refs()).linkedFields(resources));

    document.refs().problems().forEach(p -> diagnostics.warning("$ref", p));
    return new AdminApi(title(root, document.source()), root.path("info").path("version").asText(""),
        document.openapiVersion(), baseUrl, security, resources, diagnostics.all());
  }

  private static boolean returnsList(PathGrouper.PathEntry entry, Operations operations, ListInferrer lists) {
    JsonNode get = entry.item().get("get");
    return get != null && operations.responseSchema(get).flatMap(lists::shape).isPresent();
  }

  private static void reportUnpaired(List<PathGrouper.PathEntry> unpaired, List<SecurityDef> security,
      DiagnosticsCollector diagnostics) {
    for (PathGrouper.PathEntry entry : unpaired) {
      String path = entry.template().path();
      boolean isLogin = security.stream().flatMap(s -> s.tokenUrl().stream())
          .anyMatch(url -> url.endsWith(path) || url.endsWith(path.replaceFirst("^/", "")));
      if (isLogin) {
        continue;
      }
      List<String> methods = Operations.METHODS.stream().filter(entry.item()::has)
          .map(m -> m.toUpperCase(Locale.ROOT)).toList();
      if (methods.isEmpty()) {
        continue;
      }
      diagnostics.warning(path, "Not part of any resource (no item path pairs with it and it returns no"
          + " list), so its " + String.join(", ", methods) + " operation" + (methods.size() > 1 ? "s are" : " is")
          + " not shown.");
    }
  }

  /**
   * Names from the last static segment of the collection; names two resources share get the segment before
   * them ({@code calls-notes}), then a number.
   */
  static List<String> uniqueNames(List<PathGrouper.Group> groups) {
    List<String> names = new ArrayList<>();
    Map<String, Integer> counts = new HashMap<>();
    for (PathGrouper.Group group : groups) {
      String base = baseName(group, 1);
      names.add(base);
      counts.merge(base, 1, Integer::sum);
    }
    Set<String> taken = new java.util.HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (counts.get(name) > 1) {
        name = baseName(groups.get(i), 2);
      }
      String unique = name;
      for (int n = 2; taken.contains(unique); n++) {
        unique = name + "-" + n;
      }
      taken.add(unique);
      names.set(i, unique);
    }
    return names;
  }

  private static String baseName(PathGrouper.Group group, int staticSegments) {
    List<String> statics = new ArrayList<>();
    String[] key = group.key.split("/");
    for (int i = key.length - 1; i >= 0 && statics.size() < staticSegments; i--) {
      if (!key[i].equals("{}")) {
        statics.add(0, key[i]);
      }
    }
    return String.join("-", statics);
  }

  static Optional<String> baseUrl(JsonNode root, URI documentUrl) {
    JsonNode server = root.path("servers").path(0);
    boolean fromHttp = documentUrl.getScheme() != null && documentUrl.getScheme().toLowerCase(Locale.ROOT).startsWith("http");
    if (!server.has("url")) {
      return fromHttp ? Optional.of(documentUrl.resolve("/").toString().replaceFirst("/$", "")) : Optional.empty();
    }
    String url = server.path("url").asText();
    var variables = server.path("variables").fields();
    while (variables.hasNext()) {
      var variable = variables.next();
      url = url.replace("{" + variable.getKey() + "}", variable.getValue().path("default").asText(""));
    }
    try {
      if (!URI.create(url).isAbsolute() && fromHttp) {
        url = documentUrl.resolve(url).toString();
      }
    } catch (IllegalArgumentException e) {
      return Optional.of(url);
    }
    return Optional.of(url.endsWith("/") && url.length() > 1 ? url.substring(0, url.length() - 1) : url);
  }

  private static String title(JsonNode root, DocumentSource source) {
    String title = root.path("info").path("title").asText("").trim();
    if (!title.isEmpty()) {
      return title;
    }
    if (source.isFile()) {
      return Path.of(source.location()).getFileName().toString();
    }
    return Optional.ofNullable(source.location().getHost()).orElse(source.displayName());
  }
}
