package dev.switchboard.view.table;

import dev.switchboard.model.ActionDef;
import dev.switchboard.view.Allowed;
import dev.switchboard.view.cell.Formats;
import dev.switchboard.viewmodel.AccountFields;
import dev.switchboard.viewmodel.Permissions;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/**
 * The table toolbar's collection actions ({@code POST /calls/close-stale}): a button each ({@code
 * #action-<name>}) while there are two at most, else one "Actions" menu ({@code #actions-<resource>}), so an
 * API with many of them does not push the filters off the bar. Actions the person may not call are left out.
 */
final class CollectionActions {

  private static final int BUTTONS_AT_MOST = 2;

  private CollectionActions() {}

  /** The controls for {@code resource}'s collection actions; none when it has none. */
  static List<Node> controls(String resource, List<ActionDef> actions, Permissions permissions,
      Consumer<ActionDef> onRun) {
    List<ActionDef> collection = actions.stream().filter(a -> a.target() == ActionDef.Target.COLLECTION)
        // "who am I" and changes to one's own account are My account's, in the File menu
        .filter(a -> !AccountFields.isCurrentUser(a) && !AccountFields.isOwnAccountAction(a))
        .toList();
    if (collection.isEmpty()) {
      return List.of();
    }
    if (collection.size() <= BUTTONS_AT_MOST) {
      return collection.stream().<Node>map(action -> {
        Button button = button(action, onRun);
        Allowed.hideUnless(button, permissions, () -> permissions.check(action));
        return button;
      }).toList();
    }
    MenuButton menu = new MenuButton("Actions", Icons.icon(Feather.PLAY));
    menu.setId("actions-" + resource);
    menu.setMinWidth(Region.USE_PREF_SIZE);
    for (ActionDef action : collection) {
      if (!permissions.check(action).allowed()) {
        continue; // a menu item cannot be hidden later, and a refusal learned later still says why when chosen
      }
      MenuItem item = new MenuItem(action.label() + "…");
      item.setId("action-" + action.name());
      item.setOnAction(e -> onRun.accept(action));
      menu.getItems().add(item);
    }
    return List.of(menu);
  }

  private static Button button(ActionDef action, Consumer<ActionDef> onRun) {
    Button button = new Button(action.label() + "…", Icons.icon(Feather.PLAY));
    button.setId("action-" + action.name());
    button.setMinWidth(Region.USE_PREF_SIZE);
    action.description().ifPresent(d -> button.setTooltip(new Tooltip(Formats.prose(d))));
    button.setOnAction(e -> onRun.accept(action));
    return button;
  }
}
