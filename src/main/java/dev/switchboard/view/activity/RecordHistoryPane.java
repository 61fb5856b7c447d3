package dev.switchboard.view.activity;

import dev.switchboard.viewmodel.ActivityEntry;
import dev.switchboard.viewmodel.ActivityViewModel;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A record's History section: each change made to it through Switchboard, newest first, with who made it, when,
 * whether the server took it, and its fields before → after.
 */
public final class RecordHistoryPane extends VBox {

  private final ActivityViewModel vm;
  private final ActivityText text;
  private final VBox entries = new VBox();

  public RecordHistoryPane(ActivityViewModel vm, String resourceName, Locale locale) {
    this.vm = vm;
    this.text = new ActivityText(vm.zone(), locale);
    setId("record-history-" + resourceName);
    getStyleClass().add("record-history");
    Label title = new Label("History in Switchboard"); // beside "History on the server", where the API has one
    title.getStyleClass().add("record-section");
    Label message = new Label();
    message.setId("record-history-message-" + resourceName);
    message.getStyleClass().add("muted");
    message.setWrapText(true);
    message.textProperty().bind(vm.messageProperty());
    entries.getStyleClass().add("record-history-entries");
    getChildren().addAll(title, message, entries);
    vm.entries().addListener((ListChangeListener<ActivityEntry>) change -> show());
    show();
  }

  private void show() {
    entries.getChildren().clear();
    for (ActivityEntry entry : vm.entries()) {
      Label heading = new Label(text.time(entry) + " · " + ActivityText.operationBy(entry));
      heading.getStyleClass().add("record-history-heading");
      VBox block = new VBox(heading);
      block.getStyleClass().add("record-history-entry");
      if (!entry.ok()) {
        Label refused = new Label("Not saved: " + entry.result());
        refused.getStyleClass().add("activity-failed");
        refused.setWrapText(true);
        refused.setMinHeight(Region.USE_PREF_SIZE);
        block.getChildren().add(refused);
      }
      block.getChildren().add(new ChangeList(entry));
      entries.getChildren().add(block);
    }
  }
}
