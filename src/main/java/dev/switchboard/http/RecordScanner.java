package dev.switchboard.http;

import java.util.Arrays;

/**
 * Tells whether a record's bytes are already, to the byte, what {@link RecordCopier} would write of them, so
 * that they can be taken as they are. They are when the record is compact JSON (no whitespace) whose strings
 * have no escapes and no control characters (any other character as well-formed UTF-8), whose numbers are whole,
 * of at most 18 digits and not {@code -0}, whose objects repeat no key, nested at most 32 deep. That is how most
 * servers write JSON, and what Jackson writes back of it: its generator escapes only quotes, backslashes and
 * control characters, and prints a {@code long} in the same digits.
 *
 * <p>Anything else (a float, an escape, a space, a repeated key, malformed JSON) is "not plain", and left to
 * {@link RecordCopier}, which reads every form JSON allows and rejects what Jackson rejects.
 */
final class RecordScanner {

  static final int NOT_PLAIN = -1;

  private static final int MAX_DEPTH = 32;
  private static final int MAX_DIGITS = 18;
  /** Well below Jackson's own limits on names and strings, so a record taken as it is never breaks them. */
  private static final int MAX_NAME = 1_000;
  private static final int MAX_STRING = 1 << 16;
  private static final int MAX_KEYS = 256;
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  private final byte[] body;
  private int pos;
  private boolean ascii;
  /** The keys of the objects open in the scan, each object's above the one holding it. */
  private final int[] keyStart = new int[MAX_KEYS];
  private final int[] keyEnd = new int[MAX_KEYS];
  private final int[] keyHash = new int[MAX_KEYS];
  private int keys;
  /** Each open object or array: which it is, and where its keys start (an object's). */
  private final boolean[] inObject = new boolean[MAX_DEPTH];
  private final int[] keyBase = new int[MAX_DEPTH];

  RecordScanner(byte[] body) {
    this.body = body;
  }

  /** The index just past the object that starts at {@code start} when it is plain; {@link #NOT_PLAIN} if not. */
  int scan(int start) {
    pos = start;
    ascii = true;
    keys = 0;
    return record() ? pos : NOT_PLAIN;
  }

  /** Whether the last plain record was ASCII throughout. */
  boolean ascii() {
    return ascii;
  }

  /**
   * One loop over the record, with the open objects and arrays on a stack rather than in recursive calls: on
   * a cold JVM the JIT compiles a loop sooner and at less cost than a recursion it would inline into itself.
   */
  private boolean record() {
    int depth = 0;
    open(depth, true);
    pos++;
    if (closes('}')) {
      return true;
    }
    while (true) {
      if (inObject[depth]) {
        int start = pos + 1;
        if (pos >= body.length || body[pos] != '"' || !string() || !newKey(keyBase[depth], start, pos - 1)
            || pos >= body.length || body[pos] != ':') {
          return false;
        }
        pos++;
      }
      if (pos >= body.length) {
        return false;
      }
      byte first = body[pos];
      if (first == '{' || first == '[') {
        if (++depth == MAX_DEPTH) {
          return false;
        }
        open(depth, first == '{');
        pos++;
        if (!closes(first == '{' ? '}' : ']')) {
          continue;
        }
        depth--;
      } else if (!scalar(first)) {
        return false;
      }
      // After a value: a comma and the next, or the end of one or more objects and arrays.
      while (true) {
        if (pos >= body.length) {
          return false;
        }
        byte next = body[pos++];
        if (next == ',') {
          break;
        }
        if (next != (inObject[depth] ? '}' : ']')) {
          return false;
        }
        keys = keyBase[depth];
        if (depth-- == 0) {
          return true;
        }
      }
    }
  }

  private void open(int depth, boolean object) {
    inObject[depth] = object;
    keyBase[depth] = keys;
  }

  /** Whether the object or array just opened is empty: its closing bracket follows at once (and is passed). */
  private boolean closes(char bracket) {
    if (pos < body.length && body[pos] == bracket) {
      pos++;
      return true;
    }
    return false;
  }

  private boolean scalar(byte first) {
    return switch (first) {
      case '"' -> string();
      case 't' -> literal(TRUE);
      case 'f' -> literal(FALSE);
      case 'n' -> literal(NULL);
      default -> number();
    };
  }

  /** A string from its opening quote; leaves {@link #pos} just past the closing one. */
  private boolean string() {
    int start = pos;
    pos++;
    while (pos < body.length) {
      byte c = body[pos];
      if (c == '"') {
        pos++;
        return pos - start <= MAX_STRING;
      }
      if (c >= 0x20 && c < 0x7f && c != '\\') {
        pos++;
      } else if (c >= 0 || !utf8()) {
        // a control character, DEL or an escape (Jackson may write those otherwise), or malformed UTF-8
        return false;
      }
    }
    return false;
  }

  /** One well-formed UTF-8 sequence of two to four bytes: no overlong form, no surrogate, nothing past U+10FFFF. */
  private boolean utf8() {
    int lead = body[pos] & 0xff;
    int more;
    int low = 0x80;
    int high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      more = 1;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      more = 2;
      low = lead == 0xe0 ? 0xa0 : 0x80;
      high = lead == 0xed ? 0x9f : 0xbf;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      more = 3;
      low = lead == 0xf0 ? 0x90 : 0x80;
      high = lead == 0xf4 ? 0x8f : 0xbf;
    } else {
      return false;
    }
    if (pos + more >= body.length) {
      return false;
    }
    int second = body[pos + 1] & 0xff;
    if (second < low || second > high) {
      return false;
    }
    for (int i = 2; i <= more; i++) {
      int next = body[pos + i] & 0xff;
      if (next < 0x80 || next > 0xbf) {
        return false;
      }
    }
    pos += more + 1;
    ascii = false;
    return true;
  }

  private boolean literal(byte[] word) {
    if (!Arrays.equals(body, pos, Math.min(body.length, pos + word.length), word, 0, word.length)) {
      return false;
    }
    pos += word.length;
    return true;
  }

  /** A whole number whose digits a {@code long} prints back unchanged. */
  private boolean number() {
    int at = pos;
    boolean negative = body[at] == '-';
    if (negative) {
      at++;
    }
    if (at >= body.length) {
      return false;
    }
    byte first = body[at];
    if (first == '0') {
      if (negative) {
        return false;
      }
      at++;
    } else if (first >= '1' && first <= '9') {
      int digits = at;
      do {
        at++;
      } while (at < body.length && body[at] >= '0' && body[at] <= '9');
      if (at - digits > MAX_DIGITS) {
        return false;
      }
    } else {
      return false;
    }
    if (at < body.length) {
      byte next = body[at];
      if (next == '.' || next == 'e' || next == 'E' || next >= '0' && next <= '9') {
        return false;
      }
    }
    pos = at;
    return true;
  }

  /** Adds the key {@code body[start, end)} to the object whose keys start at {@code base}; false if it has it. */
  private boolean newKey(int base, int start, int end) {
    int length = end - start;
    if (length > MAX_NAME || keys == MAX_KEYS) {
      return false;
    }
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + body[i];
    }
    for (int k = base; k < keys; k++) {
      if (keyHash[k] == hash && keyEnd[k] - keyStart[k] == length
          && Arrays.equals(body, keyStart[k], keyEnd[k], body, start, end)) {
        return false;
      }
    }
    keyStart[keys] = start;
    keyEnd[keys] = end;
    keyHash[keys] = hash;
    keys++;
    return true;
  }
}
