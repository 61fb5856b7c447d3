package dev.switchboard.app;

import dev.switchboard.http.JsonValues;
import dev.switchboard.view.editor.JsonCodec;
import java.io.IOException;

/** The forms' JSON editor reads and writes JSON with the data layer's streaming reader and writer. */
final class JsonText implements JsonCodec {

  private final JsonValues values = new JsonValues();

  @Override
  public Object parse(String text) {
    try {
      return values.read(text);
    } catch (IOException e) {
      // Jackson's message names the line and column; its first line is the reason
      String reason = e.getMessage() == null ? "unreadable" : e.getMessage().lines().findFirst().orElse("");
      throw new IllegalArgumentException(reason, e);
    }
  }

  @Override
  public String print(Object value) {
    try {
      return values.writePretty(value);
    } catch (IOException e) {
      return String.valueOf(value);
    }
  }
}
