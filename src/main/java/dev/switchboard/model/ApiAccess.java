package dev.switchboard.model;

import java.util.List;
import java.util.Optional;

/**
 * How to reach an API and log in to it: the part of its model a client needs before it sends anything. It is
 * read from a document without inferring resources, so a command line can log in while those are inferred.
 *
 * @param baseUrl the URL requests go to, if known (as {@link AdminApi#baseUrl()})
 * @param security the security schemes the document declares, in document order
 */
public record ApiAccess(Optional<String> baseUrl, List<SecurityDef> security) {

  public ApiAccess {
    security = List.copyOf(security);
  }

  public Optional<SecurityDef> securityScheme(String name) {
    return security.stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
