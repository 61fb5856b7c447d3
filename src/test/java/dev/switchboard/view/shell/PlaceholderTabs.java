package dev.switchboard.view.shell;

import dev.switchboard.model.ResourceDef;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Stands in for the generated table: a label and a search box per tab, and a log of the commands received. */
final class PlaceholderTabs implements ResourceTabs {

  final List<String> log = new ArrayList<>();

  @Override
  public TabContent open(ResourceDef resource) {
    log.add("open " + resource.name());
    TextField search = new TextField();
    search.setId("search-" + resource.name());
    search.setPromptText("Search " + resource.label().toLowerCase(java.util.Locale.ROOT));
    VBox box = new VBox(12, search, new Label("The " + resource.label() + " table shows here."));
    box.setPadding(new javafx.geometry.Insets(16));
    box.setId("table-" + resource.name());
    box.getStyleClass().add("placeholder-tab");
    return new TabContent() {
      @Override
      public Node node() {
        return box;
      }

      @Override
      public void refresh() {
        log.add("refresh " + resource.name());
      }

      @Override
      public void focusSearch() {
        search.requestFocus();
        log.add("search " + resource.name());
      }

      @Override
      public void previousPage() {
        log.add("previous " + resource.name());
      }

      @Override
      public void nextPage() {
        log.add("next " + resource.name());
      }

      @Override
      public void openSelected() {
        log.add("open-selected " + resource.name());
      }

      @Override
      public void close() {
        log.add("close " + resource.name());
      }
    };
  }
}
