package dev.switchboard.view.shell;

import dev.switchboard.model.ResourceDef;

/**
 * What fills a resource's tab in the main window. The app implements it with the generated table; the main
 * window only asks for a tab and forwards the menu's commands to the tab in front.
 */
@FunctionalInterface
public interface ResourceTabs {

  /** Builds the content of a new tab for {@code resource}; called on the JavaFX thread. */
  TabContent open(ResourceDef resource);

  /** Builds the content of the Activity tab (the log of changes made through Switchboard), when there is one. */
  default java.util.Optional<TabContent> activity() {
    return java.util.Optional.empty();
  }
}
