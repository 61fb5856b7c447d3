package dev.switchboard.view.editor;

/** JSON text to plain values and back, for the free-form JSON editor (the app gives it the data layer's). */
public interface JsonCodec {

  /** The value the text holds; throws {@link IllegalArgumentException} with the parser's reason when it is not JSON. */
  Object parse(String text);

  /** Indented JSON for a person to read. */
  String print(Object value);
}
