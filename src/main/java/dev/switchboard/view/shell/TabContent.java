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

  /** Ctrl+N: a form for a new record of the tab's resource. */
  default void newRecord() {}

  /** F2: edits the record the tab shows. */
  default void edit() {}

  /** Whether New (Ctrl+N) can do something here: the resource can be created and the person may. */
  default boolean canCreate() {
    return false;
  }

  /** Whether Edit (F2) can do something here: a record is shown that the person may change. */
  default boolean canEdit() {
    return false;
  }

  /** Whether the tab may close now; a form with unsaved changes asks the person first. */
  default boolean mayClose() {
    return true;
  }

  /** The tab was closed: stop its requests and timers. */
  default void close() {}
}
