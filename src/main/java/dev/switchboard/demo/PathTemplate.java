package dev.switchboard.demo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A path as the document writes it, such as {@code /api/v1/calls/{call_id}}: literal segments and whole-segment
 * parameters. Trailing slashes count ({@code /api/v1/calls/} is not {@code /api/v1/calls}), as in Starlette.
 */
record PathTemplate(String template, List<String> segments) {

  PathTemplate {
    segments = List.copyOf(segments);
  }

  static PathTemplate parse(String template) {
    if (!template.startsWith("/")) {
      throw new IllegalArgumentException("A path template starts with '/': " + template);
    }
    return new PathTemplate(template, split(template));
  }

  /** The parameter values when the raw (still percent-encoded) path matches, decoded. */
  Optional<Map<String, String>> match(String rawPath) {
    List<String> parts = split(rawPath);
    if (parts.size() != segments.size()) {
      return Optional.empty();
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < parts.size(); i++) {
      String segment = segments.get(i);
      String part = decode(parts.get(i));
      if (isParameter(segment)) {
        if (part.isEmpty()) {
          return Optional.empty();
        }
        values.put(segment.substring(1, segment.length() - 1), part);
      } else if (!segment.equals(part)) {
        return Optional.empty();
      }
    }
    return Optional.of(values);
  }

  private static boolean isParameter(String segment) {
    return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
  }

  /** Splits on '/', keeping a trailing empty segment so that a trailing slash is part of the match. */
  private static List<String> split(String path) {
    return List.of(path.substring(path.startsWith("/") ? 1 : 0).split("/", -1));
  }

  private static String decode(String segment) {
    // Not URLDecoder's form decoding for the '+': in a path it is a plus sign.
    return segment.indexOf('%') < 0 ? segment
        : URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
