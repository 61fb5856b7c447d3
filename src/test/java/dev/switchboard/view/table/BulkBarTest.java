package dev.switchboard.view.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.Record;
import dev.switchboard.model.ActionDef;
import dev.switchboard.model.OperationDef;
import dev.switchboard.model.OperationKind;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.model.SecurityRequirements;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import dev.switchboard.viewmodel.ListStateStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Selecting rows shows the bulk bar; a whole page selected offers every matching record, gathered on demand. */
@ExtendWith(ApplicationExtension.class)
class BulkBarTest {

  private TableHarness harness;
  private Stage stage;
  private final List<List<Record>> deleted = new ArrayList<>();

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Screens.light();
    harness = new TableHarness(MemoryClient.callCenter(137), ListStateStore.NONE, deletable(CallCenter.CALLS),
        CallCenter.API);
    harness.pane.setBulkActions(new ResourceTablePane.BulkActions() {
      @Override
      public void delete(List<Record> records) {
        deleted.add(records);
      }

      @Override
      public void edit(List<Record> records) {}

      @Override
      public void run(ActionDef action, List<Record> records) {}
    });
    harness.show(stage);
  }

  /** The test call center's calls, which the API also lets you delete. */
  private static ResourceDef deletable(ResourceDef calls) {
    Map<OperationKind, OperationDef> operations = new HashMap<>(calls.operations());
    operations.put(OperationKind.DELETE, new OperationDef(OperationKind.DELETE, "DELETE", "/api/v1/calls/{id}",
        Optional.empty(), Optional.empty(), SecurityRequirements.NONE));
    return new ResourceDef(calls.name(), calls.label(), calls.tag(), calls.collectionPath(), calls.itemPath(),
        calls.idParam(), calls.idField(), calls.parentParams(), operations, calls.actions(), calls.list(),
        calls.fields(), calls.createFields(), calls.updateFields());
  }

  private String count(FxRobot robot) {
    return robot.lookup("#bulk-count-calls").queryAs(Label.class).getText();
  }

  private void selectThePage(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.pane.showsAllRows()
        && harness.pane.table().getItems().size() == 50);
    robot.interact(() -> harness.pane.table().getSelectionModel().selectAll());
  }

  @Test
  void aSelectionOfSomeRowsIsWhatBulkWorkGets(FxRobot robot) throws Exception {
    selectThePage(robot);
    robot.interact(() -> {
      harness.pane.table().getSelectionModel().clearSelection();
      harness.pane.table().getSelectionModel().selectRange(0, 3);
    });

    assertThat(count(robot)).isEqualTo("3 calls selected");
    assertThat(robot.lookup("#bulk-select-all-calls").query().isVisible()).as("not the whole page").isFalse();
    robot.clickOn("#bulk-delete-calls");

    assertThat(deleted).hasSize(1);
    assertThat(deleted.get(0)).hasSize(3);
  }

  @Test
  void aWholePageSelectedOffersEveryMatchingRecordAndBulkWorkGetsThemAll(FxRobot robot) throws Exception {
    selectThePage(robot);

    assertThat(count(robot)).isEqualTo("50 calls selected");
    Screens.shoot(robot, stage, "table-calls-bulk-page-selected");
    robot.clickOn("#bulk-select-all-calls");
    assertThat(count(robot)).isEqualTo("All 137 matching calls selected");
    robot.clickOn("#bulk-delete-calls");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !deleted.isEmpty());

    assertThat(deleted.get(0)).hasSize(137).doesNotHaveDuplicates();
  }
}
