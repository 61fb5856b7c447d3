package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.switchboard.data.Record;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.view.table.CallCenter;
import dev.switchboard.view.table.MemoryClient;
import dev.switchboard.view.table.Screens;
import dev.switchboard.view.table.TableHarness;
import dev.switchboard.viewmodel.ListStateStore;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A table's column order, widths and visibility, remembered in the profile's file of table setups: they come
 * back when the same profile opens the same resource again (after a restart: the file is read afresh), and
 * nowhere else.
 */
@ExtendWith(ApplicationExtension.class)
class ColumnLayoutMemoryTest {

  @TempDir
  Path tables;

  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Screens.light();
  }

  private TableHarness open(FxRobot robot, ListStateStore store, ResourceDef resource) {
    TableHarness harness = new TableHarness(MemoryClient.callCenter(30), store, resource, CallCenter.API);
    robot.interact(() -> harness.show(stage));
    return harness;
  }

  @Test
  void reorderedResizedAndHiddenColumnsComeBackForTheSameProfileAndResourceOnly(FxRobot robot) {
    TableSetups setups = new TableSetups(tables, Runnable::run);
    TableHarness work = open(robot, setups.forProfile("work"), CallCenter.CALLS);
    TableView<Record> table = work.pane.table();
    List<String> defaults = order(table);
    double defaultQueueWidth = column(table, "queue").getWidth();

    robot.interact(() -> {
      TableColumn<Record, ?> status = column(table, "status");
      table.getColumns().remove(status); // what dragging its header to the second place does
      table.getColumns().add(1, status);
      table.resizeColumn(column(table, "queue"), 64); // what dragging its header's edge does
    });
    robot.clickOn("#columns-calls");
    robot.clickOn("#column-toggle-calls-caller_number");
    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS); // widths are remembered once resizing settles
    WaitForAsyncUtils.waitForFxEvents();
    List<String> arranged = order(table);
    double queueWidth = column(table, "queue").getWidth();
    assertThat(arranged.subList(0, 2)).containsExactly("id", "status");
    assertThat(queueWidth).isCloseTo(defaultQueueWidth + 64, offset(1.0));
    robot.interact(work.vm::close); // the tab closes

    TableSetups restarted = new TableSetups(tables, Runnable::run);
    TableView<Record> reopened = open(robot, restarted.forProfile("work"), CallCenter.CALLS).pane.table();
    assertThat(order(reopened)).isEqualTo(arranged);
    assertThat(column(reopened, "queue").getWidth()).isCloseTo(queueWidth, offset(1.0));
    assertThat(column(reopened, "caller_number").isVisible()).isFalse();

    TableView<Record> otherProfile = open(robot, restarted.forProfile("home"), CallCenter.CALLS).pane.table();
    assertThat(order(otherProfile)).isEqualTo(defaults);
    assertThat(column(otherProfile, "caller_number").isVisible()).isTrue();
    assertThat(column(otherProfile, "queue").getWidth()).isCloseTo(defaultQueueWidth,
        offset(1.0));

    TableView<Record> otherResource = open(robot, restarted.forProfile("work"), CallCenter.USERS).pane.table();
    assertThat(order(otherResource)).containsExactly("id", "username", "full_name", "email", "role", "is_active");
    assertThat(otherResource.getColumns()).allSatisfy(c -> assertThat(c.isVisible()).isTrue());
  }

  private static List<String> order(TableView<Record> table) {
    return table.getColumns().stream().map(c -> (String) c.getUserData()).toList();
  }

  private static TableColumn<Record, ?> column(TableView<Record> table, String field) {
    return table.getColumns().stream().filter(c -> field.equals(c.getUserData())).findFirst().orElseThrow();
  }
}
