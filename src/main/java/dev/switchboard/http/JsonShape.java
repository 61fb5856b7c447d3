package dev.switchboard.http;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Finds the records array in a list body's bytes without parsing it: only the keys on the way to it are read,
 * the values before it skipped by their brackets and quotes. Lenient on purpose: whatever it passes over is
 * parsed by Jackson afterwards ({@link VerbatimPageReader}), and whatever looks unusual makes it give up.
 */
final class JsonShape {

  private JsonShape() {}

  /**
   * The index of the {@code [} opening the records: the body's own when it is an array, else the array at
   * {@code itemsPath} (the first key of that name at each level); -1 when there is none to be found this way.
   */
  static int recordsArray(byte[] body, String[] itemsPath) {
    int pos = skipSpace(body, 0);
    if (pos < body.length && body[pos] == '[') {
      return pos;
    }
    if (pos >= body.length || body[pos] != '{' || itemsPath.length == 0 || itemsPath.length > 16) {
      return -1;
    }
    for (int level = 0; ; level++) {
      int value = valueOf(body, pos, itemsPath[level].getBytes(StandardCharsets.UTF_8));
      boolean last = level == itemsPath.length - 1;
      if (value < 0 || body[value] != (last ? '[' : '{')) {
        return -1;
      }
      if (last) {
        return value;
      }
      pos = value;
    }
  }

  /** In the object opening at {@code open}, where the value of the first key {@code name} starts; -1 if none. */
  private static int valueOf(byte[] body, int open, byte[] name) {
    int pos = skipSpace(body, open + 1);
    while (pos < body.length && body[pos] == '"') {
      int keyEnd = skipString(body, pos);
      if (keyEnd < 0) {
        return -1;
      }
      boolean match = Arrays.equals(body, pos + 1, keyEnd - 1, name, 0, name.length);
      pos = skipSpace(body, keyEnd);
      if (pos >= body.length || body[pos] != ':') {
        return -1;
      }
      pos = skipSpace(body, pos + 1);
      if (match) {
        return pos < body.length ? pos : -1;
      }
      pos = skipValue(body, pos);
      if (pos < 0) {
        return -1;
      }
      pos = skipSpace(body, pos);
      if (pos >= body.length || body[pos] != ',') {
        return -1;
      }
      pos = skipSpace(body, pos + 1);
    }
    return -1;
  }

  /** The first index from {@code pos} that is not JSON whitespace. */
  static int skipSpace(byte[] body, int pos) {
    while (pos < body.length) {
      byte c = body[pos];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        break;
      }
      pos++;
    }
    return pos;
  }

  /** The index past the string whose opening quote is at {@code pos}; -1 if it does not end. */
  private static int skipString(byte[] body, int pos) {
    for (int i = pos + 1; i < body.length; i++) {
      if (body[i] == '"') {
        return i + 1;
      }
      if (body[i] == '\\') {
        i++;
      }
    }
    return -1;
  }

  /** The index past the value starting at {@code pos}; -1 if it does not end. */
  private static int skipValue(byte[] body, int pos) {
    byte first = body[pos];
    if (first == '"') {
      return skipString(body, pos);
    }
    if (first == '{' || first == '[') {
      int depth = 0;
      for (int i = pos; i < body.length; ) {
        byte c = body[i];
        if (c == '"') {
          i = skipString(body, i);
          if (i < 0) {
            return -1;
          }
          continue;
        }
        if (c == '{' || c == '[') {
          depth++;
        } else if ((c == '}' || c == ']') && --depth == 0) {
          return i + 1;
        }
        i++;
      }
      return -1;
    }
    int i = pos;
    while (i < body.length && body[i] != ',' && body[i] != '}' && body[i] != ']' && skipSpace(body, i) == i) {
      i++;
    }
    return i == pos ? -1 : i;
  }
}
