package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.Record;
import dev.switchboard.view.table.Screens;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Bulk work against the embedded demo, as an agent: close twenty calls at once, then set the queue of three. */
class DesktopBulkTest {

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
    app.waitUntil(what, 60, condition);
  }

  private boolean showing(String query) {
    return app.showing(query);
  }

  private Stage window() {
    return app.windowOf("#shell");
  }

  private Stage windowOf(String query) {
    return app.windowOf(query);
  }

  private TableView<Record> calls() {
    return robot.lookup("#table-calls").queryTableView();
  }
  @Test
  void anAgentClosesTwentyCallsAtOnceAndSetsTheQueueOfThree() throws Exception {
    robot.clickOn("#demo-account-agent").clickOn("#open-demo");
    waitUntil("the main window shows", () -> showing("#nav-calls"));
    SteadyClicks.clickOn(robot, "#nav-calls");
    waitUntil("the calls show", () -> robot.lookup("#table-calls").tryQuery().isPresent()
        && calls().getItems().size() >= 20);

    // read on the JavaFX thread: a new table still gets its page's rows a few per frame (ProgressiveRows)
    List<String> chosen = new java.util.ArrayList<>();
    robot.interact(() -> calls().getItems().subList(0, 20).forEach(r -> chosen.add(r.id("id").orElseThrow())));
    robot.interact(() -> calls().getSelectionModel().selectRange(0, 20));
    waitUntil("the bulk bar shows", () -> showing("#bulk-bar-calls"));
    assertThat(robot.lookup("#bulk-count-calls").queryAs(Label.class).getText()).isEqualTo("20 calls selected");
    Screens.shoot(robot, windowOf("#shell"), "app-bulk-selected");

    robot.clickOn("#bulk-action-close");
    waitUntil("the close form asks for the outcome", () -> showing("#action-dialog-close"));
    robot.interact(() -> robot.lookup("#field-outcome").queryAs(ComboBox.class).getSelectionModel()
        .select("resolved"));
    robot.clickOn("#action-run");
    waitUntil("the confirmation shows", () -> showing("#confirm-dialog"));
    assertThat(robot.lookup("#confirm-dialog .content").queryAs(Label.class).getText())
        .isEqualTo("Close Call on 20 calls?");
    robot.clickOn("Yes");

    waitUntil("the bulk close finishes", () -> showing("#bulk-dialog")
        && !robot.lookup("#bulk-close").query().isDisabled());
    String summary = robot.lookup("#bulk-summary").queryAs(Label.class).getText();
    assertThat(summary).startsWith("20 of 20 calls done (Close Call)");
    Screens.shoot(robot, windowOf("#bulk-dialog"), "app-bulk-closed");
    robot.clickOn("#bulk-close");

    waitUntil("the table shows the closed calls", () -> calls().getItems().stream()
        .filter(r -> chosen.contains(r.id("id").orElseThrow())).allMatch(r -> "completed".equals(r.get("status")
            .orElse(null))));

    robot.interact(() -> {
      calls().getSelectionModel().clearSelection();
      calls().getSelectionModel().selectRange(0, 3);
    });
    robot.clickOn("#bulk-edit-calls");
    waitUntil("the bulk edit form shows", () -> showing("#bulk-edit-dialog"));
    robot.interact(() -> {
      @SuppressWarnings("unchecked")
      ComboBox<dev.switchboard.model.FieldDef> field = robot.lookup("#bulk-edit-field").queryAs(ComboBox.class);
      field.getSelectionModel().select(field.getItems().stream().filter(f -> f.name().equals("queue")).findFirst()
          .orElseThrow());
    });
    robot.interact(() -> robot.lookup("#field-queue").queryAs(TextInputControl.class).setText("billing"));
    Screens.shoot(robot, windowOf("#bulk-edit-dialog"), "app-bulk-edit");
    robot.clickOn("#bulk-edit-apply");
    waitUntil("the bulk edit finishes", () -> showing("#bulk-dialog")
        && !robot.lookup("#bulk-close").query().isDisabled());
    assertThat(robot.lookup("#bulk-summary").queryAs(Label.class).getText()).isEqualTo("3 of 3 calls changed");
    robot.clickOn("#bulk-close");
  }

  @Test
  void anAgentClosesStaleCallsFromTheTableToolbar() throws Exception {
    robot.clickOn("#demo-account-agent").clickOn("#open-demo");
    waitUntil("the main window shows", () -> showing("#nav-calls"));
    SteadyClicks.clickOn(robot, "#nav-calls");
    waitUntil("the calls show", () -> robot.lookup("#table-calls").tryQuery().isPresent()
        && !calls().getItems().isEmpty());

    robot.clickOn("#action-close-stale");
    waitUntil("the form asks how old and how", () -> showing("#action-dialog-close-stale"));
    assertThat(robot.lookup("#field-older_than_minutes").queryAs(TextInputControl.class).getText()).isEqualTo("120");
    assertThat(robot.lookup("#field-outcome").queryAs(ComboBox.class).getValue()).isEqualTo("no_answer");
    robot.interact(() -> robot.lookup("#field-older_than_minutes").queryAs(TextInputControl.class).setText("1"));
    Screens.shoot(robot, windowOf("#action-dialog-close-stale"), "app-collection-action");
    robot.clickOn("#action-run");

    waitUntil("what it did shows over the table", () -> showing("#table-notice-calls"));
    assertThat(robot.lookup("#table-notice-calls").queryAs(Label.class).getText())
        .matches("Close Stale Calls is done\\. Closed: \\d+\\.");
    Instant cutoff = Instant.now().minus(Duration.ofMinutes(2));
    waitUntil("the table shows no unfinished call older than the cutoff", () -> calls().getItems().stream()
        .filter(r -> List.of("ringing", "active").contains(r.get("status").orElse("")))
        .noneMatch(r -> Instant.parse(String.valueOf(r.get("started_at").orElseThrow())).isBefore(cutoff)));
    Screens.shoot(robot, window(), "app-collection-action-done");
    robot.clickOn("#table-notice-close-calls");
    assertThat(showing("#table-notice-calls")).isFalse();
  }
}
