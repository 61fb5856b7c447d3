package dev.switchboard.view.record;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.Record;
import dev.switchboard.view.table.CallCenter;
import dev.switchboard.view.table.MemoryClient;
import dev.switchboard.view.table.Screens;
import dev.switchboard.view.table.TableHarness;
import dev.switchboard.viewmodel.ListStateStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Enter on a call in the table opens it read-only: every field, grouped, formatted, agents as links. */
@ExtendWith(ApplicationExtension.class)
class RecordViewTest {

  private TableHarness harness;
  private Stage stage;
  private final List<String> openedReferences = new ArrayList<>();

  @BeforeAll
  static void britishNumbers() {
    Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Screens.light();
    harness = new TableHarness(MemoryClient.callCenter(40), ListStateStore.NONE);
    harness.pane.setOnOpen(this::open);
    harness.show(stage);
  }

  private void open(Record record) {
    RecordView view = new RecordView(CallCenter.CALLS, record, harness.cells, harness.references);
    view.setOnOpenReference((resource, id) -> openedReferences.add(resource + ":" + id));
    stage.getScene().setRoot(view);
  }

  @Test
  void enterOnARowOpensItsRecordWithEveryFieldReadable(FxRobot robot) throws IOException {
    TableCell<?, ?> queue = robot.lookup(".table-cell").match((TableCell<?, ?> c) -> c.getIndex() == 4
        && c.getTableColumn() != null && "queue".equals(c.getTableColumn().getUserData())).query();
    robot.clickOn(queue);
    robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

    assertThat(robot.lookup("#record-calls").tryQuery()).isPresent();
    assertThat(text(robot, "#record-calls-status")).isEqualTo("Voicemail");
    assertThat(text(robot, "#record-calls-started_at")).isEqualTo("24 Nov 2026, 14:37");
    assertThat(text(robot, "#record-calls-duration_s")).isEqualTo("7 min 28 s");
    assertThat(text(robot, "#record-calls-notes")).startsWith("Customer asked").contains("\n");
    assertThat(text(robot, "#record-calls-direction")).isEqualTo("Inbound");
    assertThat(text(robot, "#record-calls-caller-name")).isEqualTo("Ada Lovelace");
    assertThat(robot.lookup("#record-calls-access_code").tryQuery()).as("write-only is never shown").isEmpty();
    assertThat(robot.lookup("#record-calls-tags").queryAs(VBox.class).getChildren()).hasSize(1);

    Hyperlink agent = robot.lookup("#record-calls-agent_id").queryAs(Hyperlink.class);
    assertThat(agent.getText()).isEqualTo("John Doggett");
    robot.clickOn(agent);
    assertThat(openedReferences).containsExactly("users:5");
    Hyperlink recording = robot.lookup("#record-calls-recording_url").queryAs(Hyperlink.class);
    robot.clickOn(recording);
    assertThat(harness.opened).containsExactly("https://recordings.example.com/calls/1004.mp3");
    Screens.shoot(robot, stage, "record-call");
  }

  @Test
  void nullsReadAsADashAndEmptyListsAsNone(FxRobot robot) {
    robot.interact(() -> open(harness.vm.rows().get(1)));
    assertThat(text(robot, "#record-calls-ended_at")).isEqualTo("—");
    assertThat(text(robot, "#record-calls-recording_url")).isEqualTo("—");
    assertThat(text(robot, "#record-calls-tags")).isEqualTo("None");
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }
}
