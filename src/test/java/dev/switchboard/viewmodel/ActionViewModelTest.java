package dev.switchboard.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.data.ActionResult;
import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.ApiProblem.FieldError;
import dev.switchboard.data.Record;
import dev.switchboard.model.ActionDef;
import dev.switchboard.model.Constraints;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.model.SecurityRequirements;
import dev.switchboard.testing.TicketForms;
import dev.switchboard.testing.UnsupportedRecordClient;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ActionViewModelTest {

  static final FieldDef AGENT = TicketForms.field("agent_id", "Agent", FieldType.INTEGER, true, Constraints.NONE);
  static final FieldDef REASON = TicketForms.field("reason", "Reason", FieldType.TEXT, false,
      TicketForms.maxLength(20));
  static final FieldDef NOTIFY = TicketForms.field("notify", "Notify", FieldType.BOOLEAN, false, Constraints.NONE);

  static ActionDef action(String name, String label, List<FieldDef> parameters, List<FieldDef> body) {
    return new ActionDef(name, label, "POST", "/tickets/{ticket_id}/" + name, ActionDef.Target.ITEM,
        Optional.empty(), Optional.empty(), parameters, body, SecurityRequirements.NONE);
  }

  static final class ActionClient extends UnsupportedRecordClient {
    final List<String> calls = new ArrayList<>();
    final List<CompletableFuture<ActionResult>> answers = new ArrayList<>();

    @Override
    public CompletableFuture<ActionResult> action(ResourceDef resource, String action, Optional<String> id,
        Map<String, ?> body) {
      calls.add(action + " " + id.orElse("-") + " " + body);
      CompletableFuture<ActionResult> answer = new CompletableFuture<>();
      answers.add(answer);
      return answer;
    }
  }

  private final ActionClient client = new ActionClient();

  private ActionViewModel transfer() {
    FieldDef ticketId = TicketForms.field("ticket_id", "Ticket", FieldType.INTEGER, true, Constraints.NONE);
    return new ActionViewModel(TicketForms.TICKETS, action("transfer", "Transfer Ticket",
        List.of(ticketId, NOTIFY), List.of(AGENT, REASON)), Optional.of(TicketForms.ticket()), client,
        Runnable::run, new FieldRules(Locale.UK));
  }

  @Test
  void itsFieldsAreTheQueryParametersAndBodyFieldsButNotThePathsRecordId() {
    assertThat(transfer().fields()).extracting(FieldViewModel::path).containsExactly("notify", "agent_id", "reason");
  }

  @Test
  void runningSendsTheRecordsIdAndEveryGivenFieldAndSaysWhatHappened() {
    ActionViewModel transfer = transfer();
    transfer.fields().get(1).valueProperty().set(3L);

    CompletableFuture<Optional<ActionViewModel.Outcome>> run = transfer.run();
    client.answers.get(0).complete(ActionResult.ofRecord(200, TicketForms.ticket()));

    assertThat(client.calls).containsExactly("transfer 7 {agent_id=3}");
    assertThat(run.join().orElseThrow().message()).isEqualTo("Transfer Ticket is done: Printer on fire was updated.");
    assertThat(run.join().orElseThrow().record()).contains(TicketForms.ticket());
  }

  @Test
  void aMissingRequiredFieldStopsTheRunAndShowsWhy() {
    ActionViewModel transfer = transfer();

    assertThat(transfer.run().join()).isEmpty();

    assertThat(client.calls).isEmpty();
    assertThat(transfer.fields().get(1).shownErrorProperty().get()).isEqualTo("Agent is required.");
  }

  @Test
  void theServersRefusalLandsOnItsFieldAndKeepsTheValues() {
    ActionViewModel transfer = transfer();
    transfer.fields().get(1).valueProperty().set(99L);
    transfer.run();

    client.answers.get(0).completeExceptionally(new ApiProblem(ApiProblem.Kind.VALIDATION, OptionalInt.of(422),
        "The server rejected Transfer Ticket: Agent: no user with id 99.", List.of(new FieldError("agent_id",
        FieldError.Location.BODY, ": no user with id 99", Optional.empty())), Optional.empty(), null));

    assertThat(transfer.fields().get(1).shownErrorProperty().get()).isEqualTo("Agent: no user with id 99.");
    assertThat(transfer.errorProperty().get()).startsWith("The server rejected Transfer Ticket");
    assertThat(transfer.fields().get(1).valueProperty().get()).isEqualTo(99L);

    transfer.fields().get(2).valueProperty().set("Another reason");
    assertThat(transfer.errorProperty().get()).as("a field the server did not name changed").isNotEmpty();
    transfer.fields().get(1).valueProperty().set(7L);
    assertThat(transfer.errorProperty().get()).as("the refused field changed: the summary goes with it").isEmpty();
    assertThat(transfer.fields().get(1).shownErrorProperty().get()).isEmpty();
  }

  @Test
  void aRefusalNotAboutAFieldStaysAtTheTopWhenFieldsChange() {
    ActionViewModel transfer = transfer();
    transfer.fields().get(1).valueProperty().set(99L);
    transfer.run();

    client.answers.get(0).completeExceptionally(new ApiProblem(ApiProblem.Kind.VALIDATION, OptionalInt.of(422),
        "The server rejected Transfer Ticket: the ticket is closed.", List.of(new FieldError("ticket",
        FieldError.Location.BODY, ": is closed", Optional.empty())), Optional.empty(), null));
    transfer.fields().get(1).valueProperty().set(7L);

    assertThat(transfer.errorProperty().get()).isEqualTo("The server rejected Transfer Ticket: the ticket is closed.");
  }

  @Test
  void namesThatEndOrRemoveSomethingAskFirst() {
    Record ticket = TicketForms.ticket();
    ActionViewModel close = new ActionViewModel(TicketForms.TICKETS, action("close", "Close Ticket", List.of(),
        List.of()), Optional.of(ticket), client, Runnable::run, new FieldRules(Locale.UK));
    ActionViewModel reset = new ActionViewModel(TicketForms.TICKETS, action("reset-password", "Reset Password",
        List.of(), List.of()), Optional.of(ticket), client, Runnable::run, new FieldRules(Locale.UK));

    assertThat(close.isDestructive()).isTrue();
    assertThat(close.confirmation()).isEqualTo("Close Ticket on Printer on fire?");
    assertThat(reset.isDestructive()).isTrue();
    assertThat(transfer().isDestructive()).isFalse();
  }

  @Test
  void anAnswerWithoutARecordIsSaidInPlainWords() {
    ActionViewModel transfer = transfer();
    transfer.fields().get(1).valueProperty().set(3L);
    CompletableFuture<Optional<ActionViewModel.Outcome>> run = transfer.run();

    client.answers.get(0).complete(new ActionResult(200, Optional.empty(), Optional.of("queued for agent 3")));

    assertThat(run.join().orElseThrow().message()).isEqualTo(
        "Transfer Ticket is done. The server said: queued for agent 3");
  }

  @Test
  void aSmallAnswerOfPlainValuesIsSaidEntryByEntry() {
    ActionViewModel transfer = transfer();
    transfer.fields().get(1).valueProperty().set(3L);
    CompletableFuture<Optional<ActionViewModel.Outcome>> run = transfer.run();

    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("closed", 3);
    answer.put("skippedCount", 0);
    client.answers.get(0).complete(new ActionResult(200, Optional.empty(), Optional.of(answer)));

    assertThat(run.join().orElseThrow().message()).isEqualTo("Transfer Ticket is done. Closed: 3, Skipped count: 0.");
  }
}
