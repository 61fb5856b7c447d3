package dev.switchboard.view.table;

/**
 * The AtlantaFX style classes the table uses. AtlantaFX 2.1's classes are compiled for Java 21 and this app
 * runs on 17, so only its stylesheets are used: these names match them, and mean nothing without them.
 */
final class Css {

  static final String DENSE = "dense";
  static final String STRIPED = "striped";
  static final String EDGE_TO_EDGE = "edge-to-edge";
  static final String BUTTON_ICON = "button-icon";
  static final String FLAT = "flat";
  static final String SMALL = "small";

  private Css() {}
}
