package dev.switchboard.openapi;

import java.util.ArrayList;
import java.util.List;

/**
 * A path template is a document path split into segments, with a key that ignores parameter names and
 * trailing slashes, so that {@code /api/v1/items/}, {@code /api/v1/items/{id}} and {@code
 * /api/v1/items/{item_id}/x} line up by position: their keys are {@code api/v1/items}, {@code
 * api/v1/items/{}} and {@code api/v1/items/{}/x}.
 */
record PathTemplate(String path, List<String> segments, String key) {

  static PathTemplate parse(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    // The whole key is asked for many times while grouping: built once here.
    return new PathTemplate(path, List.copyOf(segments), keyOf(segments, segments.size()));
  }

  static boolean isParam(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  static String paramName(String segment) {
    return segment.substring(1, segment.length() - 1);
  }

  /** The key of the first {@code length} segments. */
  String keyOf(int length) {
    return length == segments.size() ? key : keyOf(segments, length);
  }

  private static String keyOf(List<String> segments, int length) {
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < length; i++) {
      if (i > 0) {
        key.append('/');
      }
      key.append(isParam(segments.get(i)) ? "{}" : segments.get(i));
    }
    return key.toString();
  }

  boolean endsWithParam() {
    return !segments.isEmpty() && isParam(segments.get(segments.size() - 1));
  }

  /** The last path parameter's name ({@code call_id}). */
  String lastParam() {
    for (int i = segments.size() - 1; i >= 0; i--) {
      if (isParam(segments.get(i))) {
        return paramName(segments.get(i));
      }
    }
    return "";
  }

  /** The last static segment ({@code calls} in {@code /api/v1/calls/{call_id}}), or "" when there is none. */
  String lastStatic() {
    for (int i = segments.size() - 1; i >= 0; i--) {
      if (!isParam(segments.get(i))) {
        return segments.get(i);
      }
    }
    return "";
  }

  /** Names of path parameters among the first {@code length} segments. */
  List<String> paramsBefore(int length) {
    List<String> params = new ArrayList<>();
    for (int i = 0; i < length && i < segments.size(); i++) {
      if (isParam(segments.get(i))) {
        params.add(paramName(segments.get(i)));
      }
    }
    return params;
  }

  /** The segments after the first {@code length}, when all of them are static; else empty. */
  List<String> staticTailAfter(int length) {
    List<String> tail = segments.subList(Math.min(length, segments.size()), segments.size());
    return tail.stream().anyMatch(PathTemplate::isParam) ? List.of() : tail;
  }

  /** The static segments after the first {@code length}, skipping parameters. */
  List<String> staticSegmentsAfter(int length) {
    return segments.subList(Math.min(length, segments.size()), segments.size()).stream()
        .filter(s -> !isParam(s)).toList();
  }

  /** Names of the path parameters after the first {@code length} segments. */
  List<String> paramsAfter(int length) {
    return segments.subList(Math.min(length, segments.size()), segments.size()).stream()
        .filter(PathTemplate::isParam).map(PathTemplate::paramName).toList();
  }

  int size() {
    return segments.size();
  }
}
