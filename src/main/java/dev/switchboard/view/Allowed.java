package dev.switchboard.view;

import dev.switchboard.viewmodel.Permissions;
import dev.switchboard.viewmodel.Permissions.Verdict;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * Controls that follow what the person may do, and change when {@link Permissions} learns more (a 403):
 * hidden where their absence confuses no one (New, bulk buttons), or greyed with the reason where it would (Edit,
 * Delete, an action on a record view).
 */
public final class Allowed {

  private static final String LISTENER = "switchboard.allowed";

  private Allowed() {}

  /** Shows {@code node} only while the verdict allows. */
  public static void hideUnless(Node node, Permissions permissions, Supplier<Verdict> verdict) {
    Runnable apply = () -> {
      boolean allowed = verdict.get().allowed();
      node.setVisible(allowed);
      node.setManaged(allowed);
    };
    follow(node, permissions, apply);
  }

  /**
   * Greys {@code button} while the verdict refuses, saying why ("Needs the calls:write permission") in a tooltip.
   * Answers the node to place instead of the button: a disabled control shows no tooltip, so its holder does.
   */
  public static Node greyUnless(ButtonBase button, Permissions permissions, Supplier<Verdict> verdict) {
    // The inner pane is what is disabled (the button keeps any disable binding of its own); the outer one is
    // not, so it still gets the mouse and shows why.
    StackPane inner = new StackPane(button);
    StackPane holder = new StackPane(inner);
    holder.getStyleClass().add("allowed-holder");
    holder.setId(button.getId() == null ? null : button.getId() + "-holder");
    Tooltip why = new Tooltip();
    Runnable apply = () -> {
      Verdict now = verdict.get();
      inner.setDisable(!now.allowed());
      if (now.allowed()) {
        Tooltip.uninstall(holder, why);
      } else {
        why.setText(now.reason());
        Tooltip.install(holder, why);
      }
      button.getProperties().put("switchboard.refusal", now.allowed() ? "" : now.reason());
    };
    follow(holder, permissions, apply);
    return holder;
  }

  /** The reason {@code button} is greyed, as its tooltip says it; "" while it is allowed. For tests. */
  public static String refusal(ButtonBase button) {
    return String.valueOf(button.getProperties().getOrDefault("switchboard.refusal", ""));
  }

  private static void follow(Node node, Permissions permissions, Runnable apply) {
    apply.run();
    InvalidationListener listener = obs -> apply.run();
    node.getProperties().put(LISTENER, listener); // held by the node: the permissions outlive the view
    permissions.changesProperty().addListener(new WeakInvalidationListener(listener));
  }
}
