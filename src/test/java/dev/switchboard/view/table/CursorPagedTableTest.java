package dev.switchboard.view.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.viewmodel.ListStateStore;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The calls table over an API that pages by cursor and never says how many calls there are (137 here). */
@ExtendWith(ApplicationExtension.class)
class CursorPagedTableTest {

  private TableHarness harness;

  @BeforeAll
  static void britishNumbers() {
    Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
  }

  @Start
  void start(Stage stage) {
    Screens.light();
    harness = new TableHarness(MemoryClient.callCenter(137), ListStateStore.NONE, CallCenter.CURSOR_CALLS,
        CallCenter.API);
    harness.show(stage);
  }

  @Test
  void nextFollowsTheServersCursorAndPreviousReturnsToExactlyTheEarlierPages(FxRobot robot) {
    List<String> first = ids();
    assertThat(first).hasSize(50);
    assertThat(pageInfo(robot)).as("no total: there is more").isEqualTo("Page 1 · more…");
    assertThat(button(robot, "#page-prev-calls").isDisabled()).isTrue();

    robot.clickOn("#page-next-calls");
    assertThat(harness.client.last().cursor()).hasValue("50");
    List<String> second = ids();
    assertThat(second).hasSize(50).doesNotContainAnyElementsOf(first);
    assertThat(pageInfo(robot)).isEqualTo("Page 2 · more…");

    robot.clickOn("#page-next-calls");
    assertThat(harness.client.last().cursor()).hasValue("100");
    assertThat(ids()).hasSize(37);
    assertThat(pageInfo(robot)).as("the last page has no more").isEqualTo("Page 3");
    assertThat(button(robot, "#page-next-calls").isDisabled()).isTrue();

    robot.clickOn("#page-prev-calls");
    assertThat(harness.client.last().cursor()).as("the cursor that gave page 2").hasValue("50");
    assertThat(ids()).isEqualTo(second);
    assertThat(pageInfo(robot)).isEqualTo("Page 2 · more…");

    robot.clickOn("#page-prev-calls");
    assertThat(harness.client.last().cursor()).as("page 1 has no cursor").isEmpty();
    assertThat(ids()).isEqualTo(first);
    assertThat(pageInfo(robot)).isEqualTo("Page 1 · more…");
    assertThat(button(robot, "#page-prev-calls").isDisabled()).isTrue();
  }

  @Test
  void aNewSortStartsAgainFromTheFirstCursorlessPage(FxRobot robot) {
    robot.clickOn("#page-next-calls");
    robot.clickOn("#page-next-calls");
    robot.interact(() -> harness.vm.sortBy("started_at", false));
    assertThat(harness.client.last().cursor()).isEmpty();
    assertThat(pageInfo(robot)).isEqualTo("Page 1 · more…");
    assertThat(button(robot, "#page-prev-calls").isDisabled()).isTrue();
  }

  /** The rows shown, once all of the page is in: a page given to an empty table arrives over a few frames. */
  private List<String> ids() {
    try {
      org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
          () -> harness.pane.showsAllRows());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("the page never finished arriving in the table", e);
    }
    return harness.pane.table().getItems().stream().map(r -> r.id("id").orElseThrow()).toList();
  }

  private static String pageInfo(FxRobot robot) {
    return robot.lookup("#page-info-calls").queryAs(Label.class).getText();
  }

  private static Button button(FxRobot robot, String id) {
    return robot.lookup(id).queryButton();
  }
}
