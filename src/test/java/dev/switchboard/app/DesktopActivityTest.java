package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.Record;
import dev.switchboard.view.activity.ActivityPane;
import dev.switchboard.view.table.Screens;
import dev.switchboard.viewmodel.ActivityEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The activity log against the embedded demo, as an agent: edit a call's notes, see the change in the call's
 * History, then in View > Activity log with its fields before and after, filtered to calls, and exported as CSV.
 */
class DesktopActivityTest {

  private static final String NOTES = "Customer called back about the invoice, all sorted.";

  @TempDir
  static Path config;

  private final FxRobot robot = new FxRobot();
  private RunningApp app;

  @BeforeEach
  void startTheApp() throws Exception {
    app = RunningApp.start(robot, config, "--demo-in-memory", "--theme", "light");
  }

  @AfterEach
  void stopTheApp() throws Exception {
    app.stop();
  }

  private void waitUntil(String what, BooleanSupplier condition) throws Exception {
    app.waitUntil(what, 30, condition);
  }

  private Stage window() {
    return app.windowOf("#shell");
  }

  private String text(String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  @Test
  void anAgentsEditShowsInTheCallsHistoryAndInTheActivityLogWithItsDiff() throws Exception {
    robot.clickOn("#demo-account-agent").clickOn("#open-demo");
    waitUntil("the main window shows", () -> app.showing("#nav-calls"));
    SteadyClicks.clickOn(robot, "#nav-calls");
    waitUntil("the calls show", () -> robot.lookup("#table-calls").tryQuery().isPresent()
        && !robot.lookup("#table-calls").queryTableView().getItems().isEmpty());
    TableView<?> calls = robot.lookup("#table-calls").queryTableView();
    Record call = (Record) calls.getItems().get(0);
    String oldNotes = call.get("notes").map(String::valueOf).orElse("");
    robot.interact(() -> {
      calls.requestFocus();
      calls.getSelectionModel().select(0);
    });
    robot.type(KeyCode.ENTER);
    waitUntil("the call opens with its (empty) history", () -> app.showing("#record-history-calls"));

    robot.clickOn("#edit-calls");
    waitUntil("the edit form shows", () -> app.showing("#form-calls"));
    TextInputControl notes = robot.lookup("#field-notes").queryAs(TextInputControl.class);
    robot.interact(() -> notes.setText(NOTES));
    robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
    waitUntil("the saved call shows its change in its history", () -> app.showing("#record-calls")
        && !app.showing("#form-calls") && robot.lookup("#record-history-calls #change-notes-after").tryQuery()
            .isPresent());
    assertThat(text("#record-history-calls #change-notes-after")).isEqualTo(NOTES);
    assertThat(text("#record-history-calls #change-notes-before")).isEqualTo(oldNotes.isEmpty() ? "(empty)"
        : oldNotes);
    assertThat(robot.lookup("#record-history-calls .record-history-heading").queryAs(Label.class).getText())
        .endsWith("Update by agent");
    robot.interact(() -> robot.lookup("#record-calls").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
    Screens.shoot(robot, window(), "app-record-history");

    robot.clickOn("View").clickOn("Activity log");
    waitUntil("the activity log lists the change", () -> app.showing("#activity-table")
        && !robot.lookup("#activity-table").queryTableView().getItems().isEmpty());
    ActivityEntry entry = (ActivityEntry) robot.lookup("#activity-table").queryTableView().getItems().get(0);
    assertThat(entry.user()).isEqualTo("agent");
    assertThat(entry.resource()).isEqualTo("calls");
    assertThat(entry.recordId()).isEqualTo(call.id("id").orElseThrow());
    assertThat(entry.ok()).isTrue();
    waitUntil("the change's fields show below the table", () -> app.showing("#activity-detail #change-notes-after"));
    assertThat(text("#activity-detail #change-notes-after")).isEqualTo(NOTES);
    assertThat(text("#activity-detail-title")).startsWith("Calls: ");

    ComboBox<?> resources = robot.lookup("#activity-filter-resource").queryComboBox();
    waitUntil("calls are a resource to filter by", () -> resources.getItems().contains("calls"));
    robot.interact(() -> ((ComboBox<String>) (ComboBox<?>) resources).setValue("calls"));
    waitUntil("the filtered log still lists the change",
        () -> robot.lookup("#activity-table").queryTableView().getItems().size() == 1);
    Screens.shoot(robot, window(), "app-activity-log");

    Path csv = config.resolve("activity.csv");
    robot.interact(() -> robot.lookup("#activity").queryAs(ActivityPane.class)
        .setFileChooser(owner -> Optional.of(csv)));
    robot.clickOn("#activity-export");
    waitUntil("the export is reported", () -> text("#activity-message").startsWith("Exported 1 change"));
    String written = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(written).contains("time,backend,user,resource,record id,record,operation,changes,result")
        .contains(",agent,calls," + entry.recordId() + ",").contains("Notes: ").contains(NOTES).contains(",ok");
  }
}
