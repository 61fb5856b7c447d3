package dev.switchboard.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.model.AdminApi;
import dev.switchboard.model.ApiAccess;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.model.SecurityDef;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

  private static final java.util.regex.Pattern VERSION_SEGMENT = java.util.regex.Pattern.compile("(?i)v\\d+(\\.\\d+)*");

  /** Reads a document from its source and infers its model: the one call most callers need. */
  public static AdminApi read(DocumentLoader loader, DocumentSource source) throws DocumentException {
    return new OpenApiReader().infer(loader.load(source));
  }

  /**
   * Where requests go and how to log in, read without inferring anything else: what {@link #infer} answers as
   * {@link AdminApi#access()}, in a fraction of its time.
   */
  public ApiAccess access(OpenApiDocument document) {
    URI documentUrl = document.source().location();
    Optional<String> baseUrl = baseUrl(document.root(), documentUrl);
    return new ApiAccess(baseUrl, new SecurityReader(new DiagnosticsCollector())
        .schemes(document.root(), documentUrl, baseUrl, document.refs()));
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
    Set<String> schemeNames = SecurityReader.names(security);

    List<PathGrouper.PathEntry> entries = new ArrayList<>();
    PropertyMap paths = TreeNodeFactory.propertiesOf(root.path("paths"));
    for (int i = 0; i < paths.size(); i++) {
      entries.add(new PathGrouper.PathEntry(PathTemplate.parse(paths.nameAt(i)),
          document.refs().resolve(paths.valueAt(i))));
    }
    if (entries.isEmpty()) {
      diagnostics.warning("#/paths", "The document has no paths, so there is nothing to show."
          + " Check that this is the backend's full document.");
    }
    PathGrouper.Result grouped = new PathGrouper().group(entries, entry -> returnsList(entry, operations, lists));
    reportUnpaired(grouped.unpaired(), security, diagnostics);
    // Paths outside any resource still get their security checked, so a typo in a scheme name shows.
    grouped.unpaired().forEach(entry -> entry.operations().forEach(operation ->
        securityReader.requirements(operation.node(), root, schemeNames, entry.template().path())));

    ResourceBuilder builder = new ResourceBuilder(root, operations, fields, lists, securityReader,
        schemeNames, diagnostics);
    List<String> names = uniqueNames(grouped.groups());
    List<ResourceDef> resources = new ArrayList<>();
    for (int i = 0; i < grouped.groups().size(); i++) {
      ResourceDef resource = builder.build(grouped.groups().get(i), names.get(i));
      if (resource.operations().isEmpty()) {
        // Item-shaped paths with only a POST (/password-recovery/{email}) hold no records to show.
        diagnostics.warning(resource.itemPath().or(resource::collectionPath).orElse(resource.name()),
            "Not a resource: it has no list, read, create, update or delete operation, so its "
                + resource.actions().stream().map(a -> a.method()).distinct().reduce((a, b) -> a + ", " + b)
                    .orElse("") + " operations are not shown.");
      } else {
        resources.add(resource);
      }
    }
    resources = withDistinctLabels(resources);
    resources = new RelationInferrer(diagnostics).link(resources, new LinkReader(root, document.refs()).linkedFields(resources));

    document.refs().problems().forEach(p -> diagnostics.warning(p.path(), p.message()));
    return new AdminApi(title(root, document.source()), root.path("info").path("version").asText(""),
        document.openapiVersion(), baseUrl, security, resources, diagnostics.all());
  }

  /** A label taken from a tag can clash with another resource's ("Status pages"); then names decide. */
  private static List<ResourceDef> withDistinctLabels(List<ResourceDef> resources) {
    Map<String, Integer> counts = new java.util.HashMap<>();
    resources.forEach(r -> counts.merge(r.label(), 1, Integer::sum));
    return resources.stream()
        .map(r -> counts.get(r.label()) > 1 && !r.label().equals(Names.label(r.name())) ? r.withLabel(Names.label(r.name())) : r)
        .toList();
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
      List<String> methods = entry.operations().stream()
          .map(operation -> operation.method().toUpperCase(Locale.ROOT)).toList();
      if (methods.isEmpty()) {
        continue;
      }
      diagnostics.warning(path, "Not part of any resource (no item path pairs with it and it returns no"
          + " list), so its " + String.join(", ", methods) + " operation" + (methods.size() > 1 ? "s are" : " is")
          + " not shown.");
    }
  }

  /**
   * Names from the last static segment of the collection ({@code calls}). When two resources share it, the
   * one with the shortest path keeps it and the others are qualified by the nearest static segment before
   * it that is not an API prefix or version ({@code customer-portal-orders}, never {@code v1-orders});
   * what still collides gets a number.
   */
  static List<String> uniqueNames(List<PathGrouper.Group> groups) {
    Map<String, List<Integer>> byBase = new LinkedHashMap<>();
    // Each group's segments once: splitting keys and matching the version pattern twice per group showed.
    List<List<String>> segments = new ArrayList<>(groups.size());
    for (int i = 0; i < groups.size(); i++) {
      segments.add(staticSegments(groups.get(i)));
      byBase.computeIfAbsent(segments.get(i).get(0), k -> new ArrayList<>()).add(i);
    }
    String[] names = new String[groups.size()];
    byBase.forEach((base, members) -> {
      int shortest = members.stream().mapToInt(i -> groups.get(i).keyLength).min().orElse(0);
      boolean oneShortest = members.stream().filter(i -> groups.get(i).keyLength == shortest).count() == 1;
      for (int i : members) {
        List<String> statics = segments.get(i);
        boolean keepsBase = members.size() == 1 || (oneShortest && groups.get(i).keyLength == shortest);
        names[i] = keepsBase || statics.size() < 2 ? base : statics.get(1) + "-" + base;
      }
    });
    Set<String> taken = new HashSet<>();
    List<String> unique = new ArrayList<>();
    for (String name : names) {
      String candidate = name;
      for (int n = 2; !taken.add(candidate); n++) {
        candidate = name + "-" + n;
      }
      unique.add(candidate);
    }
    return unique;
  }

  /** The static segments of a group's key, last first, without API prefixes and versions. */
  private static List<String> staticSegments(PathGrouper.Group group) {
    List<String> statics = new ArrayList<>();
    String[] key = group.key.split("/");
    for (int i = key.length - 1; i >= 0; i--) {
      boolean param = key[i].equals("{}");
      // Only a segment starting with v can be a version: the others skip the regex.
      boolean apiPrefix = key[i].equalsIgnoreCase("api") || (!key[i].isEmpty()
          && (key[i].charAt(0) == 'v' || key[i].charAt(0) == 'V') && VERSION_SEGMENT.matcher(key[i]).matches());
      if (!param && (statics.isEmpty() || !apiPrefix)) {
        statics.add(key[i]);
      }
    }
    return statics;
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
