package dev.switchboard.view.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A card shown over a window, with a scrim that keeps the mouse away from what is behind it. Escape runs
 * {@code onEscape}. Used for the login dialog, the quick-open box and the diagnostics list, so they show in
 * the window's own scene (and in its screenshots).
 */
class Overlay extends StackPane {

  private final VBox card = new VBox();

  Overlay(String id, Pos position, Runnable onEscape) {
    getStyleClass().add("overlay-scrim");
    card.setId(id);
    card.getStyleClass().add("overlay-card");
    card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    StackPane.setAlignment(card, position);
    getChildren().add(card);
    setOnMouseClicked(e -> e.consume());
    addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.ESCAPE) {
        e.consume();
        onEscape.run();
      }
    });
  }

  VBox card() {
    return card;
  }

  void setContent(Node... nodes) {
    card.getChildren().setAll(nodes);
  }
}
