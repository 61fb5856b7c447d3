package dev.switchboard.http;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The text of a page's records: a growable char array that the generator writes into and plain records are
 * copied into, which can be cut back to an earlier length.
 */
final class CharText extends Writer {
  char[] chars;
  int length;

  CharText(int expected) {
    chars = new char[Math.max(256, expected)];
  }

  @Override
  public void write(char[] source, int offset, int size) {
    if (length + size > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + size));
    }
    System.arraycopy(source, offset, chars, length, size);
    length += size;
  }

  @Override
  public void write(String source, int offset, int size) {
    if (length + size > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + size));
    }
    source.getChars(offset, offset + size, chars, length);
    length += size;
  }

  /** Appends {@code bytes[from, to)}, well-formed UTF-8, as the chars they encode. */
  void appendUtf8(byte[] bytes, int from, int to, boolean ascii) {
    if (!ascii) {
      String decoded = new String(bytes, from, to - from, StandardCharsets.UTF_8);
      write(decoded, 0, decoded.length());
      return;
    }
    int size = to - from;
    if (length + size > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + size));
    }
    for (int i = 0; i < size; i++) {
      chars[length + i] = (char) bytes[from + i];
    }
    length += size;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
