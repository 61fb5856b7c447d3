package dev.switchboard.view.shell;

import static dev.switchboard.view.shell.Ui.icon;
import static dev.switchboard.view.shell.Ui.label;

import dev.switchboard.model.ResourceDef;
import dev.switchboard.viewmodel.NavigatorViewModel;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The main window's left side: the resources grouped by tag, with a filter box. Enter in the box opens the
 * first match; Down moves into the list. The resource of the tab in front is marked.
 */
final class Navigator extends VBox {

  private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

  private final NavigatorViewModel model;
  private final Consumer<ResourceDef> open;
  private final VBox items = new VBox(1);
  private Optional<String> current = Optional.empty();

  Navigator(NavigatorViewModel model, Consumer<ResourceDef> open) {
    this.model = model;
    this.open = open;
    setId("nav");
    getStyleClass().add("nav");

    TextField filter = new TextField();
    filter.setId("nav-filter");
    filter.setPromptText("Filter resources");
    filter.textProperty().bindBidirectional(model.filterProperty());
    filter.setOnAction(e -> model.visible().stream().findFirst().ifPresent(open));
    filter.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.DOWN) {
        items.getChildren().stream().filter(n -> n instanceof Button).findFirst().ifPresent(Node::requestFocus);
        e.consume();
      }
    });

    items.getStyleClass().add("nav-items");
    ScrollPane scroller = new ScrollPane(items);
    scroller.setFitToWidth(true);
    scroller.getStyleClass().add("nav-scroller");
    VBox.setVgrow(scroller, Priority.ALWAYS);
    getChildren().addAll(Ui.searchField(filter), scroller, hiddenToggle());
    model.groups().addListener((ListChangeListener<NavigatorViewModel.Group>) c -> rebuild());
    // No matches for "z" and for "zz" are the same (empty) groups, yet the message names the text.
    model.filterProperty().addListener((obs, old, text) -> {
      if (model.groups().isEmpty()) {
        rebuild();
      }
    });
    rebuild();
  }

  /** "Show 2 hidden": resources the person may not list, shown greyed with the reason; only when there are any. */
  private Node hiddenToggle() {
    CheckBox toggle = new CheckBox();
    toggle.setId("nav-show-hidden");
    toggle.getStyleClass().add("nav-show-hidden");
    toggle.selectedProperty().bindBidirectional(model.showHiddenProperty());
    toggle.textProperty().bind(Bindings.createStringBinding(() -> "Show " + model.hiddenCountProperty().get()
        + " hidden", model.hiddenCountProperty()));
    toggle.setTooltip(new Tooltip("Resources you may not list are hidden. Show them, with the permission each needs."));
    toggle.visibleProperty().bind(model.hiddenCountProperty().greaterThan(0));
    toggle.managedProperty().bind(toggle.visibleProperty());
    return toggle;
  }

  /** Marks the resource whose tab is in front (or none). */
  void markCurrent(Optional<String> resourceName) {
    current = resourceName;
    items.getChildren().forEach(n -> n.pseudoClassStateChanged(CURRENT,
        resourceName.isPresent() && ("nav-" + Ui.idPart(resourceName.get())).equals(n.getId())));
  }

  private void rebuild() {
    items.getChildren().clear();
    if (model.groups().isEmpty()) {
      Label none = Ui.wrapped(model.filterProperty().get().isBlank() ? "This API has no resources with a list."
          : "Nothing matches “" + model.filterProperty().get().strip() + "”.", "muted", "nav-empty");
      items.getChildren().add(none);
      return;
    }
    for (NavigatorViewModel.Group group : model.groups()) {
      items.getChildren().add(label(group.tag(), "nav-group"));
      for (ResourceDef resource : group.resources()) {
        Button item = new Button(resource.label());
        item.setId("nav-" + Ui.idPart(resource.name()));
        item.getStyleClass().add("nav-item");
        item.setMaxWidth(Double.MAX_VALUE);
        item.setMnemonicParsing(false);
        Optional<String> refusal = model.refusal(resource);
        if (refusal.isPresent()) {
          // shown on request only: greyed, saying why, and not opened (its list would only answer 403)
          item.getStyleClass().add("nav-item-refused");
          item.setTooltip(new Tooltip("Hidden: " + refusal.get() + "."));
          item.setOnAction(e -> { });
        } else {
          item.setTooltip(new Tooltip(resource.collectionPath().orElse(resource.name())));
          item.setOnAction(e -> open.accept(resource));
        }
        items.getChildren().add(item);
      }
    }
    markCurrent(current);
  }
}
