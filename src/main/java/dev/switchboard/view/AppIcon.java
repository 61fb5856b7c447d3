package dev.switchboard.view;

import java.util.List;
import javafx.scene.image.Image;

/**
 * Switchboard's own icon (drawn in {@code packaging/icons/switchboard.svg}; {@code packaging/make-icons.sh} makes
 * these PNGs from it), for the window and the About card.
 */
public final class AppIcon {

  private static final int[] WINDOW_SIZES = {16, 24, 32, 48, 64, 128, 256};

  private AppIcon() {}

  /** Every size, so the desktop picks the one it draws at (title bar, task switcher, dock). Any thread. */
  public static List<Image> windowIcons() {
    return java.util.Arrays.stream(WINDOW_SIZES).mapToObj(AppIcon::image).toList();
  }

  public static Image image(int size) {
    return new Image(AppIcon.class.getResource("icons/switchboard-" + size + ".png").toExternalForm());
  }
}
