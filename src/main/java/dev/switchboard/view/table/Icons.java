package dev.switchboard.view.table;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small icon buttons in the AtlantaFX style the table's toolbars share. */
final class Icons {

  private Icons() {}

  static FontIcon icon(Ikon ikon) {
    FontIcon icon = new FontIcon(ikon);
    icon.getStyleClass().add("table-icon");
    return icon;
  }

  /** A flat button with only an icon; the tooltip says what it does, for people and for screen readers. */
  static Button iconButton(String id, Ikon ikon, String tip) {
    Button button = new Button(null, icon(ikon));
    button.setId(id);
    button.getStyleClass().addAll(Css.BUTTON_ICON, Css.FLAT);
    button.setTooltip(new Tooltip(tip));
    button.setAccessibleText(tip);
    return button;
  }
}
