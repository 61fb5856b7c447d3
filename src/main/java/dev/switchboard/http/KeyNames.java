package dev.switchboard.http;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** The keys of one object being copied, to notice a repeated one. */
final class KeyNames {
  /** Past this many keys a set is quicker than looking through them. */
  private static final int SCAN = 32;
  private final String[] names = new String[SCAN];
  private int size;
  private Set<String> many;

  void clear() {
    size = 0;
    many = null;
  }

  /** False when the object already had this key. */
  boolean add(String name) {
    if (many != null) {
      return many.add(name);
    }
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return false;
      }
    }
    if (size < SCAN) {
      names[size++] = name;
      return true;
    }
    many = new HashSet<>(Arrays.asList(names));
    return many.add(name);
  }
}
