package dev.switchboard.view.record;

import static dev.switchboard.testing.TicketForms.TICKETS;
import static dev.switchboard.testing.TicketForms.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.ApiProblem.FieldError;
import dev.switchboard.data.ApiProblem.FieldError.Location;
import dev.switchboard.data.Record;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.testing.TicketForms;
import dev.switchboard.testing.UnsupportedRecordClient;
import dev.switchboard.view.Theme;
import dev.switchboard.view.cell.CellContext;
import dev.switchboard.view.cell.CellRegistry;
import dev.switchboard.view.editor.EditorContext;
import dev.switchboard.view.editor.EditorRegistry;
import dev.switchboard.view.table.Screens;
import dev.switchboard.viewmodel.FieldRules;
import dev.switchboard.viewmodel.RecordFormViewModel;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A ticket's edit and new forms: the right editor per field, changes marked, errors on their fields. */
@ExtendWith(ApplicationExtension.class)
class RecordFormPaneTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Keeps what each save sent; answers when the test says. */
  static final class SavingClient extends UnsupportedRecordClient {
    final List<Map<String, ?>> bodies = new ArrayList<>();
    final List<CompletableFuture<Record>> answers = new ArrayList<>();

    @Override
    public CompletableFuture<Record> update(ResourceDef resource, Record current, Map<String, ?> changes) {
      bodies.add(changes);
      CompletableFuture<Record> answer = new CompletableFuture<>();
      answers.add(answer);
      return answer;
    }

    @Override
    public CompletableFuture<Record> create(ResourceDef resource, Map<String, ?> values) {
      return update(resource, null, values);
    }
  }

  private final SavingClient client = new SavingClient();
  private final List<String> asked = new ArrayList<>();
  private Stage stage;
  private RecordFormPane pane;
  private boolean closed;

  @BeforeAll
  static void britishFormats() {
    Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Screens.light();
    show(RecordFormViewModel.forEdit(TICKETS, ticket(), client, Runnable::run, new FieldRules(Locale.UK)));
  }

  private void show(RecordFormViewModel form) {
    CellRegistry cells = CellRegistry.standard(CellContext.of(BERLIN, Locale.UK));
    pane = new RecordFormPane(form, EditorRegistry.standard(new EditorContext(BERLIN, Locale.UK, cells)));
    pane.setConfirm(question -> {
      asked.add(question);
      return true;
    });
    pane.setOnClose(() -> closed = true);
    Scene scene = new Scene(pane, 1000, 900);
    scene.getStylesheets().add(Theme.STYLESHEET);
    stage.setScene(scene);
    stage.show();
  }

  private String text(FxRobot robot, String query) {
    return byId(robot, query).queryAs(Label.class).getText();
  }

  /**
   * A node by its id: nested fields have dotted ids ({@code field-address.city}, as issue 6 names them), which a
   * CSS selector would read as a style class.
   */
  private static org.testfx.service.query.NodeQuery byId(FxRobot robot, String hashId) {
    String id = hashId.substring(1);
    return robot.lookup((javafx.scene.Node n) -> id.equals(n.getId()));
  }

  @Test
  void eachFieldGetsTheEditorItsTypeNeedsAndReadOnlyFieldsAreShownAsInTheTable(FxRobot robot) throws IOException {
    assertThat((Object) robot.lookup("#field-title").query()).isInstanceOf(TextField.class);
    assertThat((Object) robot.lookup("#field-notes").query()).isInstanceOf(TextArea.class);
    assertThat(robot.lookup("#field-priority").queryAs(TextField.class).getText()).isEqualTo("2");
    assertThat(robot.lookup("#field-status").queryAs(ComboBox.class).getValue()).hasToString("open");
    assertThat(robot.lookup("#field-urgent").queryAs(CheckBox.class).isIndeterminate()).isFalse();
    assertThat(robot.lookup("#field-urgent").queryAs(CheckBox.class).isSelected()).isTrue();
    assertThat((Object) robot.lookup("#field-due").queryAs(DatePicker.class).getValue())
        .isEqualTo(LocalDate.of(2026, 11, 26));
    assertThat(robot.lookup("#field-due-time").queryAs(TextField.class).getText()).as("16:00 UTC in Berlin")
        .isEqualTo("17:00");
    assertThat(text(robot, "#field-created_at")).isEqualTo("24 Nov 2026, 10:30");
    assertThat(text(robot, "#field-email")).as("not in the update body: read-only").isEqualTo("ada@example.com");
    assertThat(byId(robot, "#field-address.city").queryAs(TextField.class).getText()).isEqualTo("Berlin");
    assertThat(robot.lookup("#field-password-set").queryButton().getText()).as("a new password is a step of its own")
        .isEqualTo("Set new password…");
    assertThat(robot.lookup("#save").queryAs(Button.class).isDisabled()).as("nothing changed yet").isTrue();
    Screens.shoot(robot, stage, "form-edit-ticket");
  }

  @Test
  void typingMarksTheChangeAndSaveSendsOnlyIt(FxRobot robot) {
    robot.clickOn("#field-notes").write("Smoke seen at 9:30");

    assertThat(robot.lookup("#form-dirty").query().isVisible()).isTrue();
    robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);

    assertThat(client.bodies).containsExactly(Map.of("notes", "Smoke seen at 9:30"));
  }

  @Test
  void aBrokenRuleShowsUnderItsFieldAndTurnsSaveOff(FxRobot robot) throws IOException {
    robot.doubleClickOn("#field-priority").write("9");

    assertThat(text(robot, "#field-error-priority")).isEqualTo("Priority must be at most 5.");
    assertThat(robot.lookup("#save").queryAs(Button.class).isDisabled()).isTrue();
    robot.doubleClickOn("#field-priority").write("4x");
    assertThat(text(robot, "#field-error-priority")).isEqualTo("Priority must be a whole number.");
    Screens.shoot(robot, stage, "form-edit-invalid");
  }

  @Test
  void theServersComplaintsLandOnTheirFieldsAndTheRestAtTheTop(FxRobot robot) throws IOException {
    robot.clickOn("#field-notes").write("Smoke");
    robot.clickOn("#save");
    robot.interact(() -> client.answers.get(0).completeExceptionally(new ApiProblem(ApiProblem.Kind.VALIDATION,
        OptionalInt.of(422), "The server rejected the change: Notes is not allowed while the ticket is open.",
        List.of(new FieldError("notes", Location.BODY, "is not allowed while the ticket is open", Optional.empty()),
            new FieldError("address.city", Location.BODY, "is not a city we serve", Optional.empty())),
        Optional.empty(), null)));

    assertThat(text(robot, "#field-error-notes")).isEqualTo("Notes is not allowed while the ticket is open.");
    assertThat(text(robot, "#field-error-address.city")).isEqualTo("City is not a city we serve.");
    assertThat(text(robot, "#form-error")).startsWith("The server rejected the change");
    assertThat(robot.lookup("#field-notes").queryAs(TextArea.class).getText()).isEqualTo("Smoke");
    Screens.shoot(robot, stage, "form-edit-server-errors");
  }

  @Test
  void aFailedSaveKeepsTheTextAndRetrySendsItAgain(FxRobot robot) {
    robot.clickOn("#field-notes").write("Smoke");
    robot.clickOn("#save");
    robot.interact(() -> client.answers.get(0).completeExceptionally(ApiProblem.of(ApiProblem.Kind.TIMEOUT,
        "The server did not answer within 30 s. Your changes are kept: try again.")));

    assertThat(robot.lookup("#form-retry").query().isVisible()).isTrue();
    robot.clickOn("#form-retry");

    assertThat(client.bodies).hasSize(2);
    assertThat(robot.lookup("#field-notes").queryAs(TextArea.class).getText()).isEqualTo("Smoke");
  }

  @Test
  void revertPutsTheSavedValuesBack(FxRobot robot) {
    robot.doubleClickOn("#field-title").write("Another title");
    robot.clickOn("#revert");

    assertThat(robot.lookup("#field-title").queryAs(TextField.class).getText()).isEqualTo("Printer on fire");
    assertThat(robot.lookup("#form-dirty").query().isVisible()).isFalse();
  }

  @Test
  void aChangedFieldCanBeRevertedOnItsOwn(FxRobot robot) {
    robot.doubleClickOn("#field-title").write("Another title");
    robot.clickOn("#field-notes").write("Smoke");

    robot.clickOn("#revert-title");

    assertThat(robot.lookup("#field-title").queryAs(TextField.class).getText()).isEqualTo("Printer on fire");
    assertThat(robot.lookup("#field-notes").queryAs(TextArea.class).getText()).isEqualTo("Smoke");
    assertThat(robot.lookup("#revert-title").query().isVisible()).isFalse();
  }

  @Test
  void escapeWithChangesAsksBeforeClosing(FxRobot robot) {
    robot.clickOn("#field-notes").write("Smoke");
    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

    assertThat(asked).containsExactly("Discard your changes to Printer on fire?");
    assertThat(closed).isTrue();
  }

  @Test
  void aNewFormMarksRequiredFieldsAndSendsWhatWasGiven(FxRobot robot) throws IOException {
    robot.interact(() -> show(RecordFormViewModel.forNew(TICKETS, client, Runnable::run,
        new FieldRules(Locale.UK))));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#form-title-tickets").queryAs(Label.class).getText()).isEqualTo("New ticket");
    assertThat(robot.lookup("#save").queryAs(Button.class).isDisabled()).as("title is required").isTrue();
    assertThat(robot.lookup("#field-error-title").query().isVisible()).as("not shouted before typing").isFalse();
    Screens.shoot(robot, stage, "form-new-ticket");

    robot.clickOn("#field-title").write("Desk lamp flickers");
    robot.clickOn("#field-tags-input").write("hardware").type(KeyCode.ENTER);
    robot.clickOn("#save");

    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("title", "Desk lamp flickers");
    expected.put("priority", 3);
    expected.put("tags", List.of("hardware"));
    assertThat(client.bodies).containsExactly(expected);
  }

  /** Clicks into a field, selects what it holds and types over it. */
  private static void retype(FxRobot robot, String hashId, String text) {
    robot.clickOn(byId(robot, hashId).queryAs(TextField.class));
    robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
    robot.write(text);
  }

  @Test
  void aListOfObjectsIsAnInlineTableWithAddMoveAndRemove(FxRobot robot) throws IOException {
    robot.interact(() -> show(RecordFormViewModel.forEdit(TicketForms.TICKETS_WITH_STEPS, TicketForms.ticketWithSteps(),
        client, Runnable::run, new FieldRules(Locale.UK))));
    assertThat(byId(robot, "#field-steps.1.action").queryAs(TextField.class).getText()).isEqualTo("Call the vendor");
    assertThat(byId(robot, "#field-steps.0.minutes").queryAs(TextField.class).getText()).isEqualTo("1");
    assertThat(byId(robot, "#field-steps.0.done").queryAs(CheckBox.class).isSelected()).isTrue();

    robot.clickOn("#field-steps-add");
    assertThat(byId(robot, "#field-steps.2.minutes").queryAs(TextField.class).getText()).as("the default")
        .isEqualTo("15");
    assertThat(byId(robot, "#field-steps.2.action").queryAs(TextField.class).isFocused()).as("caret in the new row")
        .isTrue();
    robot.write("Replace the fuser");
    retype(robot, "#field-steps.2.minutes", "900");
    assertThat(text(robot, "#field-error-steps")).isEqualTo("Steps entry 3: Minutes must be at most 600.");
    assertThat(byId(robot, "#field-steps.2.minutes").query().getStyleClass()).contains("form-invalid");
    assertThat(robot.lookup("#save").queryAs(Button.class).isDisabled()).isTrue();
    Screens.shoot(robot, stage, "form-inline-table-invalid");

    retype(robot, "#field-steps.2.minutes", "45");
    robot.clickOn("#field-steps-up-2");
    assertThat(byId(robot, "#field-steps.1.action").queryAs(TextField.class).getText()).isEqualTo("Replace the fuser");
    robot.clickOn("#field-steps-remove-0");
    assertThat(byId(robot, "#field-steps.0.action").queryAs(TextField.class).getText()).isEqualTo("Replace the fuser");
    Screens.shoot(robot, stage, "form-inline-table");

    robot.clickOn("#save");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> sent = (List<Map<String, Object>>) client.bodies.get(0).get("steps");
    assertThat(sent).extracting(step -> step.get("action")).containsExactly("Replace the fuser", "Call the vendor");
    assertThat(sent.get(0)).containsEntry("minutes", 45L);
  }

  @Test
  void aNewPasswordIsTypedTwiceWithAStrengthHintAndSentOnlyWhenBothAgree(FxRobot robot) throws IOException {
    robot.clickOn("#field-password-set");
    robot.clickOn("#field-password").write("Tr0mbone-Lamp");
    assertThat(robot.lookup("#field-password-strength").queryAs(Label.class).getText()).isEqualTo("Strength: fair");
    robot.clickOn("#field-password-confirm").write("Tr0mbone-Lam");
    assertThat(text(robot, "#field-error-password")).isEqualTo("Password does not match the second entry.");
    assertThat(robot.lookup("#save").queryAs(Button.class).isDisabled()).isTrue();
    Screens.shoot(robot, stage, "form-password-mismatch");

    robot.clickOn("#field-password-confirm").write("p");
    assertThat(text(robot, "#field-error-password")).isEmpty();
    robot.clickOn("#save");

    assertThat(client.bodies).containsExactly(Map.of("password", "Tr0mbone-Lamp"));
  }
}
