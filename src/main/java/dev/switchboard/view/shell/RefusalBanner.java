package dev.switchboard.view.shell;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A line over the tabs saying, once, that the server refused something and that it is now turned off ("Deleting
 * Calls records is turned off for this session: …"), until dismissed or replaced by the next such news.
 * Ids: {@code refusal-banner}, {@code refusal-text}, {@code refusal-close}.
 */
final class RefusalBanner extends HBox {

  private final Label text = new Label();

  RefusalBanner(ObservableStringValue news) {
    super(8);
    setId("refusal-banner");
    getStyleClass().addAll("record-notice", "record-notice-problem", "refusal-banner");
    setAlignment(Pos.CENTER_LEFT);
    text.setId("refusal-text");
    text.setGraphic(new FontIcon(Feather.LOCK));
    text.setWrapText(true);
    text.setMinHeight(Region.USE_PREF_SIZE);
    text.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(text, Priority.ALWAYS);
    Button close = new Button(null, new FontIcon(Feather.X));
    close.setId("refusal-close");
    close.getStyleClass().add("flat");
    close.setAccessibleText("Dismiss");
    close.setOnAction(e -> setShown(false));
    getChildren().addAll(text, close);
    setShown(false);
    news.addListener((obs, old, now) -> {
      text.setText(now);
      setShown(!now.isEmpty());
    });
  }

  private void setShown(boolean shown) {
    setVisible(shown);
    setManaged(shown);
  }
}
