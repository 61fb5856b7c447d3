package dev.switchboard.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The property map of the object nodes the loader parses: insertion-ordered like the {@link
 * java.util.LinkedHashMap} Jackson would use, but kept in one array of alternating names and values.
 *
 * <p>Why: a document's objects are small (a schema's {@code type} and {@code description}, a parameter's
 * {@code name}, {@code in} and {@code schema}), and the engine asks each of them for a few fixed names, most of
 * them absent. A linked hash map gives every object a table and every property an entry object; looking a name
 * up then chases pointers through both, and {@code HashMap.getNode} was a fifth of {@code infer}'s JFR samples
 * on PagerDuty's document. Here a small object is scanned in place: names are interned by the parser, as are the
 * literals the engine asks for, so the first comparison is an identity check. Objects with more than
 * {@value #SCAN_UP_TO} properties ({@code components/schemas}, {@code paths}, large {@code properties}) also
 * keep an open-addressing index of the positions.
 *
 * <p>It is a full {@link Map}: Jackson's {@code ObjectNode} reads and changes its properties only through the
 * {@code Map} interface, and equals any other map with the same entries.
 */
final class PropertyMap extends AbstractMap<String, JsonNode> {

  /** Up to this many properties a lookup scans the names; above it the index answers. */
  static final int SCAN_UP_TO = 8;


  /** Name at {@code 2i}, value at {@code 2i + 1}, in insertion order. */
  private Object[] slots;
  /**
   * The hash of each name, beside the names: a scan compares these instead of loading every name (the
   * interned names lie all over the heap, and loading them was most of a lookup's time).
   */
  private int[] hashes;
  private int size;
  /** Position + 1 of each name by hash (0: free slot); null while the map is small enough to scan. */
  private int[] index;
  private int modCount;
  private Set<Map.Entry<String, JsonNode>> entrySet;

  /**
   * Room for four properties from the start (most objects have fewer): the arrays are then made right after
   * the node and its map, next to them in memory, rather than after the first value, which may be a large
   * subtree away.
   */
  PropertyMap() {
    slots = new Object[2 * 4];
    hashes = new int[4];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  /** The name of the property at {@code position} (0 to {@code size() - 1}), in insertion order. */
  String nameAt(int position) {
    return (String) slots[2 * position];
  }

  /** The value of the property at {@code position}. */
  JsonNode valueAt(int position) {
    return (JsonNode) slots[2 * position + 1];
  }

  @Override
  public JsonNode get(Object key) {
    int at = positionOf(key);
    return at < 0 ? null : (JsonNode) slots[2 * at + 1];
  }

  @Override
  public boolean containsKey(Object key) {
    return positionOf(key) >= 0;
  }

  @Override
  public JsonNode put(String key, JsonNode value) {
    Objects.requireNonNull(key, "a property name");
    int hash = key.hashCode();
    int at = positionOf(key, hash);
    if (at >= 0) {
      // As in LinkedHashMap: a repeated name keeps its place and takes the new value.
      JsonNode old = (JsonNode) slots[2 * at + 1];
      slots[2 * at + 1] = value;
      return old;
    }
    if (size == hashes.length) {
      int capacity = 2 * size;
      slots = Arrays.copyOf(slots, 2 * capacity);
      hashes = Arrays.copyOf(hashes, capacity);
    }
    hashes[size] = hash;
    slots[2 * size] = key;
    slots[2 * size + 1] = value;
    size++;
    modCount++;
    if (index != null) {
      if (2 * size > index.length) {
        reindex();
      } else {
        addToIndex(size - 1);
      }
    } else if (size > SCAN_UP_TO) {
      reindex();
    }
    return null;
  }

  @Override
  public JsonNode remove(Object key) {
    int at = positionOf(key);
    if (at < 0) {
      return null;
    }
    JsonNode old = (JsonNode) slots[2 * at + 1];
    removeAt(at);
    return old;
  }

  @Override
  public void clear() {
    if (size > 0) {
      Arrays.fill(slots, 0, 2 * size, null);
      size = 0;
      index = null;
      modCount++;
    }
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super JsonNode> action) {
    int expected = modCount;
    for (int i = 0; i < size; i++) {
      action.accept((String) slots[2 * i], (JsonNode) slots[2 * i + 1]);
      if (modCount != expected) {
        throw new ConcurrentModificationException();
      }
    }
  }

  @Override
  public Set<Map.Entry<String, JsonNode>> entrySet() {
    if (entrySet == null) {
      entrySet = new Entries();
    }
    return entrySet;
  }

  private int positionOf(Object key) {
    // JSON names are never null, and put refuses them.
    return key == null ? -1 : positionOf(key, key.hashCode());
  }

  private int positionOf(Object key, int hash) {
    if (index != null) {
      int mask = index.length - 1;
      for (int i = spread(hash) & mask; index[i] != 0; i = (i + 1) & mask) {
        int at = index[i] - 1;
        if (hashes[at] == hash && isName(at, key)) {
          return at;
        }
      }
      return -1;
    }
    for (int at = 0; at < size; at++) {
      if (hashes[at] == hash && isName(at, key)) {
        return at;
      }
    }
    return -1;
  }

  /** Names are mostly interned (by the parser, and the engine's literals): identity answers first. */
  private boolean isName(int at, Object key) {
    Object name = slots[2 * at];
    return name == key || key.equals(name);
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  /** A fresh index at most half full, for the current names. */
  private void reindex() {
    int capacity = Integer.highestOneBit(Math.max(4 * size, 16));
    index = new int[capacity];
    for (int at = 0; at < size; at++) {
      addToIndex(at);
    }
  }

  private void addToIndex(int at) {
    int mask = index.length - 1;
    int i = spread(hashes[at]) & mask;
    while (index[i] != 0) {
      i = (i + 1) & mask;
    }
    index[i] = at + 1;
  }

  private void removeAt(int at) {
    System.arraycopy(slots, 2 * at + 2, slots, 2 * at, 2 * (size - at - 1));
    System.arraycopy(hashes, at + 1, hashes, at, size - at - 1);
    size--;
    slots[2 * size] = null;
    slots[2 * size + 1] = null;
    modCount++;
    index = null;
    if (size > SCAN_UP_TO) {
      reindex();
    }
  }

  /** The entries, in order; an entry writes through to the map. */
  private final class Entries extends AbstractSet<Map.Entry<String, JsonNode>> {
    @Override
    public int size() {
      return size;
    }

    @Override
    public void clear() {
      PropertyMap.this.clear();
    }

    @Override
    public Iterator<Map.Entry<String, JsonNode>> iterator() {
      return new Iterator<>() {
        private int next;
        private int last = -1;
        private int expected = modCount;

        @Override
        public boolean hasNext() {
          return next < size;
        }

        @Override
        public Map.Entry<String, JsonNode> next() {
          if (modCount != expected) {
            throw new ConcurrentModificationException();
          }
          if (next >= size) {
            throw new NoSuchElementException();
          }
          last = next++;
          return new Entry((String) slots[2 * last], (JsonNode) slots[2 * last + 1]);
        }

        @Override
        public void remove() {
          if (last < 0) {
            throw new IllegalStateException();
          }
          if (modCount != expected) {
            throw new ConcurrentModificationException();
          }
          removeAt(last);
          next = last;
          last = -1;
          expected = modCount;
        }
      };
    }
  }

  /**
   * One property as it was when iterated; {@code setValue} writes through by name. (An entry of a linked hash
   * map is the map's own node instead; nothing here keeps entries past a change of the map.)
   */
  private final class Entry implements Map.Entry<String, JsonNode> {
    private final String key;
    private JsonNode value;

    Entry(String key, JsonNode value) {
      this.key = key;
      this.value = value;
    }

    @Override
    public String getKey() {
      return key;
    }

    @Override
    public JsonNode getValue() {
      return value;
    }

    @Override
    public JsonNode setValue(JsonNode newValue) {
      JsonNode old = value;
      put(key, newValue);
      value = newValue;
      return old;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Map.Entry<?, ?> entry && key.equals(entry.getKey())
          && Objects.equals(value, entry.getValue());
    }

    @Override
    public int hashCode() {
      return key.hashCode() ^ Objects.hashCode(value);
    }

    @Override
    public String toString() {
      return key + "=" + value;
    }
  }
}
