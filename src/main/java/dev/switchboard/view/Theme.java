package dev.switchboard.view;

import javafx.application.Application;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import javafx.css.PseudoClass;
import javafx.scene.Scene;

/**
 * The look of every window: AtlantaFX Primer (light or dark) as the user-agent stylesheet, and the app's one
 * stylesheet on top. Whether the OS prefers dark is for the app to find out; this only applies the answer.
 *
 * <p>AtlantaFX 2.0.1 (2.1.0 is compiled for Java 21; Switchboard runs on 17). The style class names below are
 * AtlantaFX's {@link Styles} constants, named here once so views share them.
 */
public final class Theme {

  /** The stylesheet every scene of the app uses. */
  public static final String STYLESHEET = Theme.class.getResource("switchboard.css").toExternalForm();

  /** The accent (primary) button. */
  public static final String ACCENT = Styles.ACCENT;
  /** A button without a border or background until hovered. */
  public static final String FLAT = Styles.FLAT;
  /** A button that shows only its icon. */
  public static final String BUTTON_ICON = Styles.BUTTON_ICON;
  /** A smaller control. */
  public static final String SMALL = Styles.SMALL;
  /** Tighter rows and tabs. */
  public static final String DENSE = Styles.DENSE;

  private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

  private Theme() {}

  /** The AtlantaFX Primer stylesheet's URL, light or dark. */
  public static String userAgentStylesheet(boolean dark) {
    return dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
  }

  /**
   * Sets the theme for the whole application (JavaFX has one user-agent stylesheet per application) and adds
   * the app's stylesheet to {@code scene} once. Call on the JavaFX thread.
   */
  public static void apply(Scene scene, boolean dark) {
    Application.setUserAgentStylesheet(userAgentStylesheet(dark));
    if (!scene.getStylesheets().contains(STYLESHEET)) {
      scene.getStylesheets().add(STYLESHEET);
    }
    if (scene.getRoot() != null) {
      scene.getRoot().pseudoClassStateChanged(DARK, dark);
    }
  }
}
