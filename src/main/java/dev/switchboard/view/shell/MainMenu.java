package dev.switchboard.view.shell;

import static dev.switchboard.view.shell.Ui.icon;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;

/** The main window's menu: every command with its shortcut, so the shortcuts can be found. */
final class MainMenu extends MenuBar {

  MainMenu(MainWindow window, MainWindow.Commands commands, boolean hasDiagnostics) {
    setId("menu");
    Menu file = new Menu("File", null,
        item("menu-jump", "Jump to resource…", "Shortcut+K", Feather.COMPASS, window::showQuickOpen),
        new SeparatorMenuItem(),
        item("menu-my-account", "My account", null, Feather.USER, commands.myAccount().orElse(() -> { })),
        item("menu-switch-user", "Switch user…", null, Feather.USERS, commands.switchUser()),
        item("menu-logout", "Log out", null, Feather.LOG_OUT, commands.logOut()),
        item("menu-quit", "Quit", "Shortcut+Q", Feather.POWER, commands.quit()));
    file.getItems().stream().filter(i -> "menu-my-account".equals(i.getId()))
        .forEach(i -> i.setVisible(commands.myAccount().isPresent())); // only where the API tells who is logged in
    Menu view = new Menu("View", null,
        item("menu-search", "Search", "Shortcut+F", Feather.SEARCH, () -> window.onCurrent(TabContent::focusSearch)),
        item("menu-refresh", "Refresh", "Shortcut+R", Feather.REFRESH_CW, () -> window.onCurrent(TabContent::refresh)),
        item("menu-close-tab", "Close tab", "Shortcut+W", Feather.X, window::closeCurrentTab),
        new SeparatorMenuItem(),
        item("menu-activity", "Activity log", "Shortcut+Shift+A", Feather.ACTIVITY, window::showActivity),
        item("menu-diagnostics", "What the API document left unclear…", null, Feather.INFO, window::showDiagnostics));
    view.getItems().get(view.getItems().size() - 1).setDisable(!hasDiagnostics);
    Menu go = new Menu("Go", null,
        item("menu-previous", "Previous page", "Alt+Left", Feather.CHEVRON_LEFT,
            () -> window.onCurrent(TabContent::previousPage)),
        item("menu-next", "Next page", "Alt+Right", Feather.CHEVRON_RIGHT,
            () -> window.onCurrent(TabContent::nextPage)),
        item("menu-open-record", "Open selected record", "Enter", Feather.CORNER_DOWN_LEFT, window::openSelected));
    MenuItem newRecord = item("menu-new-record", "New record", "Shortcut+N", Feather.PLUS,
        () -> window.onCurrent(TabContent::newRecord));
    MenuItem editRecord = item("menu-edit-record", "Edit record", "F2", Feather.EDIT_2,
        () -> window.onCurrent(TabContent::edit));
    Menu record = new Menu("Record", null, newRecord, editRecord);
    // what the tab in front allows, and what the person may do there (a viewer gets neither)
    record.setOnShowing(e -> {
      newRecord.setDisable(window.current().map(tab -> !tab.canCreate()).orElse(true));
      editRecord.setDisable(window.current().map(tab -> !tab.canEdit()).orElse(true));
    });
    Menu help = new Menu("Help", null,
        item("menu-about", "About Switchboard", null, Feather.INFO, window::showAbout));
    getMenus().addAll(file, view, record, go, help);
  }

  private static MenuItem item(String id, String text, String shortcut, Feather ikon, Runnable action) {
    MenuItem item = new MenuItem(text, icon(ikon));
    item.setId(id);
    if (shortcut != null) {
      item.setAccelerator(KeyCombination.keyCombination(shortcut));
    }
    item.setOnAction(e -> action.run());
    return item;
  }
}
