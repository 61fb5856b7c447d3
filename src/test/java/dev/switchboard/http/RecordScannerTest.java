package dev.switchboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which records are taken byte for byte: exactly those Jackson would write back unchanged. */
class RecordScannerTest {

  private static int scan(String record) {
    return new RecordScanner(record.getBytes(StandardCharsets.UTF_8)).scan(0);
  }

  private static boolean plain(String record) {
    int end = scan(record);
    return end == record.getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  void compactRecordsOfWholeNumbersAndPlainStringsAreTakenAsTheyAre() {
    assertThat(plain("{}")).isTrue();
    assertThat(plain("{\"id\":\"6b05d070\",\"agent_id\":13,\"n\":-7,\"zero\":0,\"big\":999999999999999999,"
        + "\"notes\":null,\"tags\":[],\"ok\":true,\"no\":false,\"nested\":{\"a\":[1,{\"a\":2}]},\"e\":\"\"}"))
        .isTrue();
    assertThat(plain("{\"name\":\"Jos\u00e9 \u00c5ngstr\u00f6m \u260e \ud83d\ude00\",\"del\":\"/~\"}")).isTrue();
  }

  @Test
  void theRecordEndsAtItsClosingBrace() {
    assertThat(scan("{\"a\":1},{\"b\":2}]")).isEqualTo(7);
  }

  @Test
  void whatJacksonWouldWriteOtherwiseIsNotPlain() {
    String[] others = {
        "{ \"a\":1}", "{\"a\": 1}", "{\"a\":1 }", "{\"a\":[1, 2]}",              // whitespace
        "{\"a\":1.0}", "{\"a\":1e3}", "{\"a\":-0}", "{\"a\":1234567890123456789}", // numbers
        "{\"a\":\"\\n\"}", "{\"a\":\"\\/\"}", "{\"a\":\"\\u00e9\"}", "{\"k\\u0065y\":1}", // escapes
        "{\"a\":\"\u007f\"}", "{\"a\":\"\u0001\"}",                               // DEL, control
        "{\"a\":1,\"a\":2}", "{\"a\":{\"b\":1,\"c\":2,\"b\":3}}",                 // repeated keys
    };
    for (String other : others) {
      assertThat(scan(other)).as(other).isEqualTo(RecordScanner.NOT_PLAIN);
    }
    assertThat(plain("{\"a\":{\"b\":1},\"b\":{\"b\":2}}")).as("the same key in different objects").isTrue();
  }

  @Test
  void malformedJsonIsNotPlain() {
    String[] malformed = {"{", "{\"a\"", "{\"a\":}", "{\"a\":01}", "{\"a\":tru}", "{\"a\":nul}", "{\"a\":1,}",
        "{\"a\":[1,]}", "{\"a\":\"open}", "{a:1}", "{\"a\":-}", "{\"a\":1]"};
    for (String bad : malformed) {
      assertThat(scan(bad)).as(bad).isEqualTo(RecordScanner.NOT_PLAIN);
    }
  }

  @Test
  void onlyWellFormedUtf8IsPlain() {
    byte[][] bad = {
        {'{', '"', 'a', '"', ':', '"', (byte) 0xc3, '"', '}'},                          // cut short
        {'{', '"', 'a', '"', ':', '"', (byte) 0xc0, (byte) 0xaf, '"', '}'},              // overlong
        {'{', '"', 'a', '"', ':', '"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"', '}'}, // surrogate
        {'{', '"', 'a', '"', ':', '"', (byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"', '}'}, // > U+10FFFF
        {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'},
    };
    for (byte[] record : bad) {
      assertThat(new RecordScanner(record).scan(0)).isEqualTo(RecordScanner.NOT_PLAIN);
    }
  }

  @Test
  void nestingPast32IsLeftToTheParser() {
    // the record's object and 31 arrays in it: 32 deep
    assertThat(plain("{\"a\":" + "[".repeat(31) + "]".repeat(31) + "}")).isTrue();
    assertThat(scan("{\"a\":" + "[".repeat(32) + "]".repeat(32) + "}")).isEqualTo(RecordScanner.NOT_PLAIN);
  }
}
