package dev.switchboard.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The one stylesheet parses cleanly. JavaFX skips what it cannot read without failing: a lost closing brace
 * silently swallows every rule after it (it once hid the whole table and record-view section).
 */
class StylesheetTest {

  @Test
  void theStylesheetHasBalancedBracesAndNoParseErrors() throws IOException {
    URL url = new URL(Theme.STYLESHEET);
    String text;
    try (var in = url.openStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int depth = 0;
    for (char c : text.replaceAll("(?s)/\\*.*?\\*/", "").toCharArray()) {
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      assertThat(depth).as("brace depth").isBetween(0, 1);
    }
    assertThat(depth).as("unclosed rule at the end").isZero();

    CssParser.errorsProperty().clear();
    Stylesheet sheet = new CssParser().parse(url);
    List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
    assertThat(errors).isEmpty();
    assertThat(sheet.getRules()).as("rules read").hasSizeGreaterThan(80);
  }
}
