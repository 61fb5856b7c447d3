package dev.switchboard.model;

import java.util.List;
import java.util.Optional;

/**
 * An admin API is everything Switchboard understood from one OpenAPI document: its resources, how to
 * authenticate, and what it could not understand.
 *
 * @param title the document's {@code info.title}, or a fallback when it has none
 * @param version the document's {@code info.version}
 * @param openapi the document's {@code openapi} version string, as written
 * @param baseUrl the URL requests go to (the first server, resolved against the document's URL), if known
 * @param security the security schemes the document declares, in document order
 * @param resources the inferred resources, in document order of their first path
 * @param diagnostics everything that could not be understood
 */
public record AdminApi(
    String title,
    String version,
    String openapi,
    Optional<String> baseUrl,
    List<SecurityDef> security,
    List<ResourceDef> resources,
    List<Diagnostic> diagnostics) {

  public AdminApi {
    security = List.copyOf(security);
    resources = List.copyOf(resources);
    diagnostics = List.copyOf(diagnostics);
  }

  public Optional<ResourceDef> resource(String name) {
    return resources.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  public Optional<SecurityDef> securityScheme(String name) {
    return security.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** Where requests go and how to log in. */
  public ApiAccess access() {
    return new ApiAccess(baseUrl, security);
  }
}
