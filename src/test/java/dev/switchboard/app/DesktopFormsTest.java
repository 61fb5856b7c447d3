package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.view.table.Screens;
import dev.switchboard.viewmodel.ReferenceSearch;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Editing against the embedded demo, as an agent: create a call (its agent picked by name), edit its status and
 * notes, transfer it (the agent picked by name too; the server refuses the agent who has the call already, on that
 * field, and nothing typed is lost), then delete
 * it after confirming.
 */
class DesktopFormsTest {

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

  private boolean showing(String query) {
    return app.showing(query);
  }

  private Stage window() {
    return app.windowOf("#shell");
  }

  private Stage windowOf(String query) {
    return app.windowOf(query);
  }

  private void set(String query, String text) {
    TextInputControl input = robot.lookup(query).queryAs(TextInputControl.class);
    robot.interact(() -> input.setText(text));
  }

  /**
   * Types {@code text} into a reference picker and chooses the first match not named {@code avoid} (none when
   * empty); answers the chosen name.
   */
  private String choose(String query, String text, String avoid) throws Exception {
    TextInputControl input = robot.lookup(query).queryAs(TextInputControl.class);
    robot.interact(input::clear);
    robot.clickOn(query).write(text);
    waitUntil("matches for '" + text + "' are offered", () -> showing(query + "-choices")
        && robot.lookup(query + "-choices").queryListView().getItems().stream()
            .anyMatch(c -> !((ReferenceSearch.Choice) c).title().equals(avoid)));
    List<?> choices = robot.lookup(query + "-choices").queryListView().getItems();
    int index = 0;
    while (((ReferenceSearch.Choice) choices.get(index)).title().equals(avoid)) {
      index++;
    }
    for (int i = 0; i < index; i++) {
      robot.type(KeyCode.DOWN);
    }
    robot.type(KeyCode.ENTER);
    return input.getText();
  }

  @Test
  void anAgentCreatesEditsTransfersAndDeletesACall() throws Exception {
    robot.clickOn("#demo-account-agent").clickOn("#open-demo");
    waitUntil("the main window shows", () -> showing("#nav-calls"));
    SteadyClicks.clickOn(robot, "#nav-calls");
    waitUntil("the calls table shows", () -> showing("#new-calls"));

    robot.clickOn("#new-calls");
    waitUntil("the new call form shows", () -> showing("#form-calls"));
    robot.interact(() -> {
      robot.lookup("#field-direction").queryAs(ComboBox.class).getSelectionModel().select("inbound");
      robot.lookup("#field-started_at").queryAs(DatePicker.class).setValue(LocalDate.now());
    });
    set("#field-caller_number", "+49 30 1234567");
    set("#field-queue", "support");
    set("#field-started_at-time", "09:30");
    robot.clickOn("#field-agent_id").write("Sam");
    waitUntil("agents named Sam are offered", () -> showing("#field-agent_id-choices")
        && !robot.lookup("#field-agent_id-choices").queryListView().getItems().isEmpty());
    Screens.shoot(robot, window(), "app-form-new-call-agent-picker");
    // taking the screenshot closed the list: Down opens it again on the same matches
    robot.type(KeyCode.DOWN);
    waitUntil("the agents are offered again", () -> showing("#field-agent_id-choices"));
    robot.type(KeyCode.ENTER);
    String agent = robot.lookup("#field-agent_id").queryAs(TextInputControl.class).getText();
    assertThat(agent).startsWith("Sam");
    robot.clickOn("#save");
    waitUntil("the created call opens", () -> showing("#record-calls"));
    assertThat(robot.lookup("#record-calls-queue").queryAs(Label.class).getText()).isEqualTo("support");
    Screens.shoot(robot, window(), "app-record-created");

    robot.clickOn("#edit-calls");
    waitUntil("the edit form shows", () -> showing("#form-calls"));
    robot.interact(() -> robot.lookup("#field-status").queryAs(ComboBox.class).getSelectionModel()
        .select("completed"));
    robot.clickOn("#field-notes").write("Called back, all sorted.");
    Screens.shoot(robot, window(), "app-form-edit-call");
    robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
    waitUntil("the saved call shows again", () -> showing("#record-calls") && !showing("#form-calls"));
    assertThat(robot.lookup("#record-calls-status").queryAs(Label.class).getText()).isEqualTo("Completed");
    assertThat(robot.lookup("#record-calls-notes").queryAs(Label.class).getText())
        .isEqualTo("Called back, all sorted.");

    robot.clickOn("#action-transfer");
    waitUntil("the transfer form shows", () -> showing("#action-dialog-transfer"));
    // the agent is a picker here too; the one who has the call already is refused by the server, on that field
    String sameAgent = choose("#field-agent_id", "Sam", "");
    assertThat(sameAgent).isEqualTo(agent);
    set("#field-reason", "Billing question");
    robot.clickOn("#action-run");
    waitUntil("the server's refusal shows on the agent field", () -> showing("#field-error-agent_id"));
    assertThat(robot.lookup("#field-error-agent_id").queryAs(Label.class).getText())
        .startsWith("Agent: the call is already with this agent");
    assertThat(robot.lookup("#field-reason").queryAs(TextInputControl.class).getText()).isEqualTo("Billing question");
    assertThat(robot.lookup("#field-agent_id").queryAs(TextInputControl.class).getText()).isEqualTo(agent);
    Screens.shoot(robot, (Stage) robot.lookup("#action-dialog-transfer").query().getScene().getWindow(),
        "app-action-transfer-refused");
    String otherAgent = choose("#field-agent_id", "a", agent);
    assertThat(otherAgent).isNotEqualTo(agent);
    waitUntil("the refusal goes once another agent is chosen", () -> !showing("#field-error-agent_id"));
    Screens.shoot(robot, (Stage) robot.lookup("#action-dialog-transfer").query().getScene().getWindow(),
        "app-action-transfer");
    robot.clickOn("#action-run");
    waitUntil("the transfer is reported", () -> showing("#record-notice-calls"));
    assertThat(robot.lookup("#record-notice-calls").queryAs(Label.class).getText())
        .startsWith("Transfer Call is done");
    assertThat(robot.lookup("#record-calls-agent_id").queryAs(Node.class)).isNotNull();
    Screens.shoot(robot, window(), "app-record-transferred");

    robot.clickOn("#edit-calls");
    waitUntil("the edit form shows", () -> showing("#delete"));
    robot.clickOn("#delete");
    waitUntil("the confirmation shows", () -> showing("#confirm-dialog"));
    Screens.shoot(robot, (Stage) robot.lookup("#confirm-dialog").query().getScene().getWindow(),
        "app-confirm-delete");
    robot.clickOn("Yes");
    waitUntil("the call's tab closes", () -> robot.lookup("#record-calls").tryQuery().isEmpty()
        && robot.lookup("#form-calls").tryQuery().isEmpty());
  }

  @Test
  void anAdminAddsAMemberToATeamByNameAndSeesEveryMemberByName() throws Exception {
    robot.clickOn("#demo-account-admin").clickOn("#open-demo");
    waitUntil("the main window shows", () -> showing("#nav-teams"));
    SteadyClicks.clickOn(robot, "#nav-teams");
    waitUntil("the teams show", () -> robot.lookup("#table-teams").tryQuery().isPresent()
        && !robot.lookup("#table-teams").queryTableView().getItems().isEmpty());
    javafx.scene.control.TableView<?> teams = robot.lookup("#table-teams").queryTableView();
    robot.interact(() -> {
      teams.requestFocus();
      teams.getSelectionModel().select(0);
    });
    robot.type(KeyCode.ENTER);
    waitUntil("the team opens", () -> showing("#edit-teams"));
    robot.clickOn("#edit-teams");
    waitUntil("its members show by name", () -> showing("#form-teams")
        && !robot.lookup(".tag-chip .label").queryAll().isEmpty()
        && robot.lookup(".tag-chip .label").queryAllAs(Label.class).stream()
            .noneMatch(l -> l.getText().startsWith("#")));
    int before = robot.lookup(".tag-chip").queryAll().size();

    robot.clickOn("#field-member_ids-input").write("Sam");
    waitUntil("agents named Sam are offered", () -> showing("#field-member_ids-input-choices"));
    robot.type(KeyCode.ENTER);
    waitUntil("the new member shows as a chip", () -> robot.lookup(".tag-chip").queryAll().size() == before + 1);
    Screens.shoot(robot, window(), "app-form-team-members");
    robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);

    waitUntil("the saved team shows", () -> showing("#record-teams") && !showing("#form-teams"));
    java.util.List<String> shown = robot.from(robot.lookup("#record-teams-member_ids").<Node>query())
        .lookup((Node n) -> n instanceof javafx.scene.control.Labeled).queryAllAs(javafx.scene.control.Labeled.class)
        .stream().map(javafx.scene.control.Labeled::getText).filter(t -> t != null && !t.isBlank()).toList();
    assertThat(shown).hasSize(before + 1).noneMatch(t -> t.startsWith("#")).anyMatch(t -> t.startsWith("Sam"));
  }

  @Test
  void renamingAUserRenamesThemWhereverTheyAreShownByName() throws Exception {
    robot.clickOn("#demo-account-admin").clickOn("#open-demo");
    waitUntil("the main window shows", () -> showing("#nav-calls"));
    SteadyClicks.clickOn(robot, "#nav-calls");
    waitUntil("calls with agents show", () -> robot.lookup("#table-calls").tryQuery().isPresent()
        && robot.lookup("#table-calls").queryTableView().getItems().stream()
            .anyMatch(r -> ((dev.switchboard.data.Record) r).get("agent_id").isPresent()));
    javafx.scene.control.TableView<?> calls = robot.lookup("#table-calls").queryTableView();
    int row = 0;
    while (((dev.switchboard.data.Record) calls.getItems().get(row)).get("agent_id").isEmpty()) {
      row++;
    }
    int withAgent = row;
    robot.interact(() -> {
      calls.requestFocus();
      calls.getSelectionModel().clearAndSelect(withAgent);
    });
    robot.type(KeyCode.ENTER);
    waitUntil("the call opens", () -> showing("#record-calls-agent_id"));
    robot.clickOn("#record-calls-agent_id");
    waitUntil("its agent opens", () -> showing("#edit-users"));
    robot.clickOn("#edit-users");
    waitUntil("the user's form shows", () -> showing("#form-users"));
    set("#field-full_name", "Renamed Agent");
    robot.clickOn("#field-full_name");
    robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
    waitUntil("the user is saved", () -> showing("#record-users") && !showing("#form-users"));

    robot.clickOn("#tab-calls");
    waitUntil("the calls table names the agent by the new name", () -> robot.lookup(".record-cell")
        .queryAllAs(javafx.scene.control.Labeled.class).stream().anyMatch(c -> "Renamed Agent".equals(c.getText())));
  }
}
