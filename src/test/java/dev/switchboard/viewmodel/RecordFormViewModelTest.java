package dev.switchboard.viewmodel;

import static dev.switchboard.testing.TicketForms.TICKETS;
import static dev.switchboard.testing.TicketForms.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.ApiProblem.FieldError;
import dev.switchboard.data.ApiProblem.FieldError.Location;
import dev.switchboard.data.Record;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.testing.UnsupportedRecordClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class RecordFormViewModelTest {

  /** Keeps each create and update, answered when the test says. */
  static final class SavingClient extends UnsupportedRecordClient {
    final List<Map<String, ?>> bodies = new ArrayList<>();
    final List<CompletableFuture<Record>> answers = new ArrayList<>();

    @Override
    public CompletableFuture<Record> create(ResourceDef resource, Map<String, ?> values) {
      return remember(values);
    }

    @Override
    public CompletableFuture<Record> update(ResourceDef resource, Record current, Map<String, ?> changes) {
      return remember(changes);
    }

    private CompletableFuture<Record> remember(Map<String, ?> body) {
      bodies.add(body);
      CompletableFuture<Record> answer = new CompletableFuture<>();
      answers.add(answer);
      return answer;
    }

    CompletableFuture<Record> last() {
      return answers.get(answers.size() - 1);
    }
  }

  private final SavingClient client = new SavingClient();
  private final FieldRules rules = new FieldRules(Locale.UK);

  private RecordFormViewModel edit() {
    return RecordFormViewModel.forEdit(TICKETS, ticket(), client, Runnable::run, rules);
  }

  private static Record stored(Map<String, Object> changes) {
    Map<String, Object> values = new LinkedHashMap<>(ticket().values());
    values.putAll(changes);
    return Record.of(values);
  }

  private static ApiProblem unprocessable(FieldError... errors) {
    return new ApiProblem(ApiProblem.Kind.VALIDATION, OptionalInt.of(422),
        "The server rejected the change: see the marked fields.", List.of(errors), Optional.empty(), null);
  }

  @Test
  void anEditFormShowsTheRecordInDocumentOrderWithFieldsTheUpdateLacksReadOnly() {
    RecordFormViewModel form = edit();

    assertThat(form.fields()).extracting(FieldViewModel::path).containsExactly("id", "title", "notes", "priority",
        "status", "urgent", "due", "email", "address.city", "address.zip", "tags", "created_at", "password");
    assertThat(form.field("id").orElseThrow().editable()).isFalse();
    assertThat(form.field("email").orElseThrow().editable()).as("not in the update body").isFalse();
    assertThat(form.field("created_at").orElseThrow().editable()).isFalse();
    assertThat(form.field("address.city").orElseThrow().valueProperty().get()).isEqualTo("Berlin");
    assertThat(form.field("password").orElseThrow().valueProperty().get()).as("write-only: empty").isNull();
    assertThat(form.isDirty()).isFalse();
    assertThat(form.validProperty().get()).isTrue();
  }

  @Test
  void aChangeMakesItsFieldAndTheFormDirtyAndChangingItBackCleansBoth() {
    RecordFormViewModel form = edit();
    FieldViewModel priority = form.field("priority").orElseThrow();

    priority.valueProperty().set(4L);
    assertThat(priority.isDirty()).isTrue();
    assertThat(form.isDirty()).isTrue();

    priority.valueProperty().set(2L); // the record holds the Integer 2: the same number
    assertThat(priority.isDirty()).isFalse();
    assertThat(form.isDirty()).isFalse();
  }

  @Test
  void typingIntoAnEmptyFieldAndEmptyingItAgainIsNoChange() {
    FieldViewModel notes = edit().field("notes").orElseThrow();

    notes.valueProperty().set("x");
    notes.valueProperty().set("");

    assertThat(notes.isDirty()).isFalse();
  }

  @Test
  void patchSendsOnlyTheChangedFieldsAndANestedChangeWithTheRestOfItsObject() {
    RecordFormViewModel form = edit();
    form.field("notes").orElseThrow().valueProperty().set("Smoke seen at 9:30");
    form.field("address.city").orElseThrow().valueProperty().set("Hamburg");

    form.save();

    assertThat(client.bodies).containsExactly(Map.of("notes", "Smoke seen at 9:30",
        "address", Map.of("city", "Hamburg", "zip", "10115")));
  }

  @Test
  void aPasswordIsSentOnlyWhenTypedAndIsEmptyAndCleanAgainAfterTheSave() {
    RecordFormViewModel form = edit();
    FieldViewModel password = form.field("password").orElseThrow();
    password.valueProperty().set("correct horse");

    form.save();
    assertThat(client.bodies).containsExactly(Map.of("password", "correct horse"));
    client.last().complete(ticket());

    assertThat(password.valueProperty().get()).isNull();
    assertThat(form.isDirty()).isFalse();
  }

  @Test
  void afterASaveTheStoredValuesBecomeTheSavedOnesAndRevertGoesBackToThem() {
    RecordFormViewModel form = edit();
    FieldViewModel title = form.field("title").orElseThrow();
    title.valueProperty().set("Printer on fire again");
    form.save();
    client.last().complete(stored(Map.of("title", "Printer on fire again")));

    assertThat(form.isDirty()).isFalse();
    assertThat(form.recordProperty().get().orElseThrow().get("title")).contains("Printer on fire again");
    title.valueProperty().set("Something else");
    form.revert();
    assertThat(title.valueProperty().get()).isEqualTo("Printer on fire again");
  }

  @Test
  void nothingChangedSendsNothing() {
    RecordFormViewModel form = edit();

    Optional<Record> result = form.save().join();

    assertThat(client.bodies).isEmpty();
    assertThat(result).contains(ticket());
  }

  @Test
  void anInvalidFormIsNotSentAndSaysWhichFieldsNeedFixing() {
    RecordFormViewModel form = edit();
    form.field("priority").orElseThrow().valueProperty().set(9);
    form.field("title").orElseThrow().valueProperty().set("x".repeat(81));

    assertThat(form.validProperty().get()).isFalse();
    assertThat(form.save().join()).isEmpty();

    assertThat(client.bodies).isEmpty();
    assertThat(form.formErrorProperty().get()).isEqualTo("Some fields need fixing first: Title, Priority.");
    assertThat(form.field("priority").orElseThrow().shownErrorProperty().get())
        .isEqualTo("Priority must be at most 5.");
  }

  @Test
  void unprocessableErrorsLandOnTheirFieldsIncludingNestedAndListPositions() {
    RecordFormViewModel form = edit();
    form.field("notes").orElseThrow().valueProperty().set("changed");
    form.field("tags").orElseThrow().valueProperty().set(List.of("hardware", "fire"));
    form.save();

    client.last().completeExceptionally(unprocessable(
        new FieldError("notes", Location.BODY, "is too long (10 characters at most)", Optional.empty()),
        new FieldError("address.city", Location.BODY, "is not a city we deliver to", Optional.empty()),
        new FieldError("tags.1", Location.BODY, "is not a known tag", Optional.empty())));

    assertThat(form.field("notes").orElseThrow().shownErrorProperty().get())
        .isEqualTo("Notes is too long (10 characters at most).");
    assertThat(form.field("address.city").orElseThrow().shownErrorProperty().get())
        .isEqualTo("City is not a city we deliver to.");
    assertThat(form.field("tags").orElseThrow().shownErrorProperty().get())
        .isEqualTo("Tags entry 2 is not a known tag.");
    assertThat(form.formErrorProperty().get()).isEqualTo("The server rejected the change: see the marked fields.");
    assertThat(form.retryableProperty().get()).isFalse();
  }

  @Test
  void aServersComplaintGoesAwayWhenTheFieldChanges() {
    RecordFormViewModel form = edit();
    FieldViewModel notes = form.field("notes").orElseThrow();
    notes.valueProperty().set("changed");
    form.save();
    client.last().completeExceptionally(unprocessable(
        new FieldError("notes", Location.BODY, "is not allowed", Optional.empty())));

    notes.valueProperty().set("changed again");

    assertThat(notes.shownErrorProperty().get()).isEmpty();
  }

  @Test
  void aFailedSaveKeepsEveryValueAndRetryingSendsTheSameChanges() {
    RecordFormViewModel form = edit();
    form.field("notes").orElseThrow().valueProperty().set("Smoke seen at 9:30");
    form.save();
    client.last().completeExceptionally(ApiProblem.of(ApiProblem.Kind.TIMEOUT,
        "The server did not answer in time. Your changes are kept: try again."));

    assertThat(form.field("notes").orElseThrow().valueProperty().get()).isEqualTo("Smoke seen at 9:30");
    assertThat(form.isDirty()).isTrue();
    assertThat(form.retryableProperty().get()).isTrue();
    assertThat(form.formErrorProperty().get()).startsWith("The server did not answer in time");

    form.save();
    assertThat(client.bodies).hasSize(2).allSatisfy(body -> assertThat(body)
        .isEqualTo(Map.of("notes", "Smoke seen at 9:30")));
  }

  @Test
  void aSecondSaveWhileOneRunsAnswersTheSameResultAndSendsNothingMore() {
    RecordFormViewModel form = edit();
    form.field("notes").orElseThrow().valueProperty().set("once");

    CompletableFuture<Optional<Record>> first = form.save();
    CompletableFuture<Optional<Record>> second = form.save();

    assertThat(second).isSameAs(first);
    assertThat(client.bodies).hasSize(1);
    assertThat(form.savingProperty().get()).isTrue();
  }

  @Test
  void aNewFormStartsWithTheDefaultsIsCleanAndSendsEveryGivenField() {
    RecordFormViewModel form = RecordFormViewModel.forNew(TICKETS, client, Runnable::run, rules);

    assertThat(form.fields()).extracting(FieldViewModel::path).containsExactly("title", "notes", "priority",
        "status", "urgent", "due", "email", "address.city", "address.zip", "tags");
    assertThat(form.field("priority").orElseThrow().valueProperty().get()).isEqualTo(3);
    assertThat(form.isDirty()).isFalse();
    assertThat(form.validProperty().get()).as("title is required").isFalse();
    assertThat(form.field("title").orElseThrow().shownErrorProperty().get()).as("not before it is touched")
        .isEmpty();

    form.field("title").orElseThrow().valueProperty().set("Desk lamp flickers");
    form.field("address.city").orElseThrow().valueProperty().set("Berlin");
    form.save();

    assertThat(client.bodies).containsExactly(Map.of("title", "Desk lamp flickers", "priority", 3,
        "address", Map.of("city", "Berlin")));
  }

  @Test
  void saveAsNewCopiesTheRecordsValuesIntoANewForm() {
    RecordFormViewModel copy = RecordFormViewModel.copyOf(TICKETS, ticket(), client, Runnable::run, rules);

    assertThat(copy.mode()).isEqualTo(RecordFormViewModel.Mode.CREATE);
    assertThat(copy.field("title").orElseThrow().valueProperty().get()).isEqualTo("Printer on fire");
    assertThat(copy.field("address.zip").orElseThrow().valueProperty().get()).isEqualTo("10115");
    assertThat(copy.field("id")).isEmpty();
    copy.save();
    assertThat(client.bodies.get(0).get("title")).isEqualTo("Printer on fire");
    assertThat(client.bodies.get(0).containsKey("id")).isFalse();
  }
}
