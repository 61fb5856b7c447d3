package dev.switchboard.http;

import java.io.Writer;
import java.util.Arrays;

/** A growable char array the generator writes into, which can be cut back to an earlier length. */
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

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
