package dev.switchboard.view.shell;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small builders the shell's screens share, so each screen reads as layout rather than setup. */
final class Ui {

  private Ui() {}

  static FontIcon icon(Ikon ikon, String... styleClasses) {
    FontIcon icon = new FontIcon(ikon);
    icon.getStyleClass().addAll(styleClasses);
    return icon;
  }

  static Label label(String text, String... styleClasses) {
    Label label = new Label(text);
    label.getStyleClass().addAll(styleClasses);
    return label;
  }

  static Label wrapped(String text, String... styleClasses) {
    Label label = label(text, styleClasses);
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    return label;
  }

  static Region grow() {
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    return spacer;
  }

  /** A text field with a search icon inside, on the left. */
  static javafx.scene.layout.StackPane searchField(javafx.scene.control.TextField field) {
    field.getStyleClass().add("search-field");
    FontIcon glass = icon(org.kordamp.ikonli.feather.Feather.SEARCH, "search-icon");
    glass.setMouseTransparent(true);
    javafx.scene.layout.StackPane box = new javafx.scene.layout.StackPane(field, glass);
    javafx.scene.layout.StackPane.setAlignment(glass, javafx.geometry.Pos.CENTER_LEFT);
    javafx.scene.layout.StackPane.setMargin(glass, new javafx.geometry.Insets(0, 0, 0, 9));
    return box;
  }

  /** Shows and lays out {@code node} only while {@code shown} holds. */
  static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue shown) {
    node.visibleProperty().bind(shown);
    node.managedProperty().bind(node.visibleProperty());
  }

  /** A node id from a name that may hold characters CSS selectors do not take ({@code calls:read}). */
  static String idPart(String name) {
    return name.replaceAll("[^A-Za-z0-9_-]", "-");
  }
}
