package dev.switchboard.view.shell;

import javafx.scene.Node;

/**
 * The content of one tab and the commands the main window's menu and shortcuts send to it. Commands a tab
 * cannot do are left as they are (doing nothing).
 */
public interface TabContent {

  /** The node shown in the tab. */
  Node node();

  /** Ctrl+R: loads the current page again. */
  default void refresh() {}

  /** Ctrl+F: puts the focus in the tab's search box. */
  default void focusSearch() {}

  /** Alt+Left, Ctrl+PageUp. */
  default void previousPage() {}

  /** Alt+Right, Ctrl+PageDown. */
  default void nextPage() {}

  /** Enter: opens the selected record. */
  default void openSelected() {}

  /** The tab was closed: stop its requests and timers. */
  default void close() {}
}
