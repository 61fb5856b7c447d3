package dev.switchboard.view.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.Filter;
import dev.switchboard.data.ListQuery;
import dev.switchboard.viewmodel.ListState;
import dev.switchboard.viewmodel.ListStateStore;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The calls table's agent filter: an agent is picked by name, never typed as an id. */
@ExtendWith(ApplicationExtension.class)
class ReferenceFilterTest {

  private Stage stage;
  private TableHarness harness;

  @BeforeAll
  static void britishNumbers() {
    Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Screens.light();
    harness = new TableHarness(MemoryClient.callCenter(137), ListStateStore.NONE);
    harness.show(stage);
  }

  @Test
  void typingPartOfANameOffersTheAgentsAndChoosingOneFiltersByTheirId(FxRobot robot) throws IOException {
    TextField agent = robot.lookup("#filter-calls-agent_id").queryAs(TextField.class);
    assertThat(agent.getStyleClass()).contains("filter-reference");
    assertThat(agent.getPromptText()).isEqualTo("Agent");
    int before = harness.client.asked.size();
    robot.clickOn(agent).write("mu");
    assertThat(harness.client.asked).as("nothing sent while typing").hasSize(before);
    robot.interact(harness.time::pause);
    ListQuery asked = harness.client.last();
    assertThat(asked.search()).as("the users' own search parameter").hasValue("mu");
    assertThat(choices(robot)).containsExactly("Fox Mulder");
    Screens.shoot(robot, stage, "table-calls-agent-picker");
    // the screenshot borrows the scene's root for a moment, which closes the list; Down opens it again
    robot.clickOn(agent).press(KeyCode.DOWN).release(KeyCode.DOWN);
    assertThat(agent.getText()).isEqualTo("mu");
    assertThat(choices(robot)).containsExactly("Fox Mulder");
    robot.clickOn(choiceCell(robot, "Fox Mulder"));
    assertThat(harness.vm.filtersProperty().get()).containsEntry("agent_id", Filter.eq("agent_id", 2L));
    assertThat(harness.client.last().filters()).containsExactly(Filter.eq("agent_id", 2L));
    assertThat(agent.getText()).isEqualTo("Fox Mulder");
    assertThat(chips(robot)).containsExactly("Agent: Fox Mulder");
    assertThat(harness.vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.get("agent_id")).hasValue(2L));
    assertThat(popupShowing(robot)).isFalse();
  }

  @Test
  void theKeyboardAloneChoosesAnAgent(FxRobot robot) {
    robot.clickOn("#filter-calls-agent_id").write("s");
    robot.interact(harness.time::pause);
    List<String> offered = choices(robot);
    assertThat(offered).contains("Dana Scully", "Walter Skinner");
    robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
    robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    String second = offered.get(1);
    assertThat(robot.lookup("#filter-calls-agent_id").queryAs(TextField.class).getText()).isEqualTo(second);
    assertThat(chips(robot)).containsExactly("Agent: " + second);
  }

  @Test
  void emptyingTheFieldRemovesTheFilterAndRemovingTheChipEmptiesTheField(FxRobot robot) {
    TextField agent = robot.lookup("#filter-calls-agent_id").queryAs(TextField.class);
    robot.clickOn(agent).write("dana");
    robot.interact(harness.time::pause);
    robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    assertThat(chips(robot)).containsExactly("Agent: Dana Scully");
    robot.interact(() -> agent.setText(""));
    assertThat(harness.vm.filtersProperty().get()).doesNotContainKey("agent_id");

    robot.clickOn(agent).write("dana");
    robot.interact(harness.time::pause);
    robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    robot.clickOn("#chip-remove-calls-agent_id");
    assertThat(harness.vm.filtersProperty().get()).doesNotContainKey("agent_id");
    assertThat(agent.getText()).isEmpty();
  }

  @Test
  void aRememberedAgentFilterShowsTheAgentsNameEvenBeforeAnyRowArrives(FxRobot robot) {
    MemoryStore store = new MemoryStore();
    store.save("calls", new ListState(50, List.of(), List.of(Filter.eq("agent_id", 3L)), Optional.empty(),
        List.of(), List.of(), Map.of()));
    TableHarness restored = new TableHarness(MemoryClient.callCenter(137), store);
    restored.client.hold(); // no page, so no name can come from the rows
    robot.interact(() -> restored.show(stage));
    assertThat(restored.vm.rows()).isEmpty();
    assertThat(restored.client.lookedUp).containsExactly(List.of("3"));
    assertThat(chips(robot)).containsExactly("Agent: Walter Skinner");
    assertThat(robot.lookup("#filter-calls-agent_id").queryAs(TextField.class).getText())
        .isEqualTo("Walter Skinner");
    robot.interact(restored.client::releaseAll);
  }

  @Test
  void whenTheAgentsCannotBeListedTheFilterIsAPlainFieldForTheIdAndTheChipStillNamesThem(FxRobot robot) {
    TableHarness plain = new TableHarness(MemoryClient.callCenter(137), ListStateStore.NONE, CallCenter.CALLS,
        CallCenter.UNLISTED_USERS);
    robot.interact(() -> plain.show(stage));
    TextField agent = robot.lookup("#filter-calls-agent_id").queryAs(TextField.class);
    assertThat(agent.getStyleClass()).contains("filter-number").doesNotContain("filter-reference");
    robot.clickOn(agent).write("1");
    robot.interact(plain.time::pause);
    assertThat(plain.vm.filtersProperty().get()).containsEntry("agent_id", Filter.eq("agent_id", 1L));
    assertThat(chips(robot)).containsExactly("Agent: Dana Scully");
  }

  @Test
  void theListOfAgentsReadsWellInTheDarkTheme(FxRobot robot) throws IOException {
    robot.interact(Screens::dark);
    robot.clickOn("#filter-calls-agent_id").press(KeyCode.DOWN).release(KeyCode.DOWN);
    assertThat(choices(robot)).as("Down with nothing typed lists the first agents").hasSize(6);
    Screens.shoot(robot, stage, "table-calls-agent-picker-dark");
  }

  @AfterEach
  void lightAgain() {
    Screens.light();
  }

  @SuppressWarnings("unchecked")
  private static ListView<Object> choiceList(FxRobot robot) {
    return robot.lookup("#filter-calls-agent_id-choices").queryAs(ListView.class);
  }

  private static boolean popupShowing(FxRobot robot) {
    return robot.lookup("#filter-calls-agent_id-choices").tryQuery().map(n -> n.getScene().getWindow().isShowing())
        .orElse(false);
  }

  private static List<String> choices(FxRobot robot) {
    assertThat(popupShowing(robot)).as("the list of agents is open").isTrue();
    return choiceList(robot).getItems().stream()
        .map(c -> ((dev.switchboard.viewmodel.ReferenceSearch.Choice) c).title()).toList();
  }

  private static ListCell<?> choiceCell(FxRobot robot, String title) {
    return robot.lookup(".reference-choices .list-cell").match((ListCell<?> c) -> title.equals(c.getText())).query();
  }

  private static List<String> chips(FxRobot robot) {
    return robot.lookup(".filter-chip-text").queryAllAs(Label.class).stream().map(Label::getText).toList();
  }
}
