package dev.switchboard.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PropertyMap behaves as the LinkedHashMap it replaces, below and above the size where it starts an index. */
class PropertyMapTest {

  /** The same puts and removes on both maps, then the same answers. */
  private static void assertSameAs(PropertyMap map, Map<String, JsonNode> expected) {
    assertThat(map).isEqualTo(expected);
    assertThat(expected).isEqualTo(map);
    assertThat(map.hashCode()).isEqualTo(expected.hashCode());
    assertThat(map.keySet()).containsExactlyElementsOf(expected.keySet());
    assertThat(map.values()).containsExactlyElementsOf(expected.values());
    for (int i = 0; i < map.size(); i++) {
      assertThat(map.valueAt(i)).isSameAs(map.get(map.nameAt(i)));
    }
    expected.forEach((name, value) -> assertThat(map.get(new String(name))).isEqualTo(value));
    assertThat(map.get("absent")).isNull();
    assertThat(map.containsKey("absent")).isFalse();
  }

  @Test
  void keepsInsertionOrderAndReplacesInPlaceAtEverySize() {
    for (int size = 0; size <= 3 * PropertyMap.SCAN_UP_TO; size++) {
      PropertyMap map = new PropertyMap();
      Map<String, JsonNode> expected = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) {
        map.put("p" + i, IntNode.valueOf(i));
        expected.put("p" + i, IntNode.valueOf(i));
      }
      // A repeated name keeps its place and takes the new value, as in a LinkedHashMap.
      if (size > 0) {
        assertThat(map.put("p0", IntNode.valueOf(-1))).isEqualTo(IntNode.valueOf(0));
        expected.put("p0", IntNode.valueOf(-1));
      }
      assertSameAs(map, expected);
    }
  }

  @Test
  void removesByNameAndThroughItsIterators() {
    PropertyMap map = new PropertyMap();
    Map<String, JsonNode> expected = new LinkedHashMap<>();
    for (int i = 0; i < 2 * PropertyMap.SCAN_UP_TO; i++) {
      map.put("p" + i, IntNode.valueOf(i));
      expected.put("p" + i, IntNode.valueOf(i));
    }
    assertThat(map.remove("p3")).isEqualTo(IntNode.valueOf(3));
    expected.remove("p3");
    assertThat(map.remove("p3")).isNull();
    assertSameAs(map, expected);

    Iterator<Map.Entry<String, JsonNode>> entries = map.entrySet().iterator();
    while (entries.hasNext()) {
      if (entries.next().getKey().endsWith("1")) {
        entries.remove();
      }
    }
    expected.keySet().removeIf(name -> name.endsWith("1"));
    assertSameAs(map, expected);

    map.keySet().retainAll(java.util.List.of("p0", "p2", "p12"));
    expected.keySet().retainAll(java.util.List.of("p0", "p2", "p12"));
    assertSameAs(map, expected);

    map.clear();
    expected.clear();
    assertSameAs(map, expected);
  }

  @Test
  void anEntryWritesThroughToTheMap() {
    PropertyMap map = new PropertyMap();
    map.put("a", IntNode.valueOf(1));
    map.entrySet().iterator().next().setValue(IntNode.valueOf(2));
    assertThat(map.get("a")).isEqualTo(IntNode.valueOf(2));
  }

  @Test
  void parsedObjectsEqualTheMappersAndChangeAsItsDo() throws Exception {
    String json = "{\"b\": 1, \"a\": {\"x\": [1, 2], \"y\": null}, \"c\": \"text\", \"b\": 2}";
    JsonNode parsed = new JsonTreeReader(TreeNodeFactory.INSTANCE).read(json.getBytes(StandardCharsets.UTF_8));
    JsonNode mapped = new ObjectMapper().readTree(json);
    assertThat(parsed).isEqualTo(mapped);
    assertThat(mapped).isEqualTo(parsed);
    assertThat(parsed.toString()).isEqualTo(mapped.toString());
    assertThat(parsed.hashCode()).isEqualTo(mapped.hashCode());

    ((ObjectNode) parsed).remove("a");
    ((ObjectNode) mapped).remove("a");
    ((ObjectNode) parsed).put("d", true);
    ((ObjectNode) mapped).put("d", true);
    assertThat(parsed.toString()).isEqualTo(mapped.toString());
    assertThat((JsonNode) parsed.deepCopy()).isEqualTo(mapped);
  }
}
