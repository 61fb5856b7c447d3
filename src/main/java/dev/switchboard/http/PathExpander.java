package dev.switchboard.http;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Joins the server's base URL and one of the document's path templates, filling in path parameters. The
 * document's path is kept exactly (its trailing slash too: FastAPI answers {@code /calls} with a 307 to {@code
 * /calls/}); only the values are percent-encoded, so an id with a slash cannot reach another path, and a value
 * of {@code .} or {@code ..} (which URLs read as path steps) is refused.
 */
final class PathExpander {

  private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)}");

  private final HttpUrl base;

  PathExpander(HttpUrl base) {
    this.base = base;
  }

  HttpUrl base() {
    return base;
  }

  HttpUrl.Builder url(String pathTemplate, Map<String, String> values) {
    HttpUrl.Builder url = base.newBuilder();
    // The base's own path (/api in https://host/api) comes first; its trailing slash, if any, goes.
    String basePath = base.encodedPath();
    url.encodedPath(basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) + "/" : basePath + "/");
    String path = pathTemplate.startsWith("/") ? pathTemplate.substring(1) : pathTemplate;
    String[] segments = path.split("/", -1);
    for (String segment : segments) {
      url.addPathSegment(expand(segment, values, pathTemplate));
    }
    return url;
  }

  private static String expand(String segment, Map<String, String> values, String template) {
    Matcher m = PARAMETER.matcher(segment);
    if (!m.find()) {
      return segment;
    }
    StringBuilder out = new StringBuilder();
    m.reset();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("Path " + template + " needs a value for {" + m.group(1) + "}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    String expanded = out.toString();
    // URL rules read "." and ".." as "here" and "up one level", encoded or not: such an id would address another
    // path (DELETE /calls/.. is DELETE /), so it is refused.
    if (expanded.equals(".") || expanded.equals("..")) {
      throw new IllegalArgumentException("'" + expanded + "' cannot go into " + template
          + ": it would address another path.");
    }
    return expanded;
  }
}
