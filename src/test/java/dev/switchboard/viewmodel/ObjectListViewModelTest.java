package dev.switchboard.viewmodel;

import static dev.switchboard.testing.TicketForms.TICKETS_WITH_STEPS;
import static dev.switchboard.testing.TicketForms.ticketWithSteps;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.ApiProblem.FieldError;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ObjectListViewModelTest {

  private final RecordFormViewModelTest.SavingClient client = new RecordFormViewModelTest.SavingClient();
  private final FieldRules rules = new FieldRules(Locale.UK);
  private final RecordFormViewModel form = RecordFormViewModel.forEdit(TICKETS_WITH_STEPS, ticketWithSteps(), client,
      Runnable::run, rules);
  private final FieldViewModel steps = form.field("steps").orElseThrow();
  private final ObjectListViewModel table = new ObjectListViewModel(steps, rules);

  private FieldViewModel cell(int row, String column) {
    return table.rows().get(row).cells().stream().filter(c -> c.def().name().equals(column)).findFirst()
        .orElseThrow();
  }

  @Test
  void eachEntryIsARowOfFieldsNamedByTheirPlace() {
    assertThat(table.columns()).extracting(c -> c.name()).containsExactly("action", "minutes", "done");
    assertThat(table.rows()).hasSize(2);
    assertThat(cell(1, "action").path()).isEqualTo("steps.1.action");
    assertThat(cell(1, "action").valueProperty().get()).isEqualTo("Call the vendor");
    assertThat(steps.isDirty()).isFalse();
  }

  @Test
  void editingACellChangesTheListAndAPatchSendsItWholeWithWhatNoColumnShows() {
    cell(1, "minutes").valueProperty().set(45L);

    assertThat(steps.isDirty()).isTrue();
    assertThat(form.isDirty()).isTrue();
    assertThat(form.body()).containsOnlyKeys("steps");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> sent = (List<Map<String, Object>>) form.body().get("steps");
    assertThat(sent.get(0)).containsEntry("id", 101).containsEntry("action", "Unplug it");
    assertThat(sent.get(1)).containsEntry("minutes", 45L).containsEntry("action", "Call the vendor");
  }

  @Test
  void aNewRowTakesTheColumnsDefaultsAndMustBeFilledBeforeSaving() {
    table.add();

    assertThat(table.rows()).hasSize(3);
    assertThat(cell(2, "minutes").valueProperty().get()).isEqualTo(15);
    assertThat(form.validProperty().get()).isFalse();
    assertThat(steps.shownErrorProperty().get()).isEqualTo("Steps entry 3: Action is required.");

    cell(2, "action").valueProperty().set("Replace the fuser");
    assertThat(form.validProperty().get()).isTrue();
    assertThat(steps.shownErrorProperty().get()).isEmpty();
  }

  @Test
  void aCellBreakingItsRuleNamesTheRowAndTheColumn() {
    cell(0, "minutes").valueProperty().set(900L);

    assertThat(cell(0, "minutes").errorProperty().get()).isEqualTo("Minutes must be at most 600.");
    assertThat(steps.errorProperty().get()).isEqualTo("Steps entry 1: Minutes must be at most 600.");
  }

  @Test
  void rowsMoveAndGoAwayAndTheirPathsFollow() {
    table.move(1, -1);
    assertThat(cell(0, "action").valueProperty().get()).isEqualTo("Call the vendor");
    assertThat(cell(0, "action").path()).isEqualTo("steps.0.action");
    table.move(0, -1); // nothing above the first
    assertThat(cell(0, "action").valueProperty().get()).isEqualTo("Call the vendor");

    table.remove(0);
    assertThat(table.rows()).hasSize(1);
    assertThat(steps.valueProperty().get()).asList().singleElement()
        .satisfies(row -> assertThat(((Map<?, ?>) row).get("id")).isEqualTo(101));
  }

  @Test
  void revertBringsBackTheSavedRows() {
    table.remove(0);
    cell(0, "action").valueProperty().set("Call someone else");

    steps.revert();

    assertThat(table.rows()).hasSize(2);
    assertThat(cell(1, "action").valueProperty().get()).isEqualTo("Call the vendor");
    assertThat(steps.isDirty()).isFalse();
  }

  @Test
  void theServersComplaintAboutACellLandsOnTheListNamingTheEntry() {
    cell(1, "action").valueProperty().set("Call the vendor again");
    form.save();

    client.last().completeExceptionally(new ApiProblem(ApiProblem.Kind.VALIDATION, OptionalInt.of(422),
        "The server rejected the change.", List.of(new FieldError("steps.1.action", FieldError.Location.BODY,
        "is not a known step", Optional.empty())), Optional.empty(), null));

    assertThat(steps.shownErrorProperty().get()).isEqualTo("Steps entry 2 (action) is not a known step.");
    assertThat(cell(1, "action").valueProperty().get()).isEqualTo("Call the vendor again");
  }
}
