package dev.switchboard.viewmodel;

import dev.switchboard.data.ActionResult;
import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.Record;
import dev.switchboard.data.RecordClient;
import dev.switchboard.model.ActionDef;
import dev.switchboard.model.Labels;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.ResourceDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One run of an action ({@code transfer}, {@code close}, {@code reset-password}) on a record or on the whole
 * collection: a field per query parameter and body field, checked by the same rules as record forms, a
 * confirmation for destructive-sounding names, and the outcome said in plain words. Nothing in it knows which
 * action it runs.
 *
 * <p>Lives on the UI thread: answers come back through the {@code ui} executor.
 */
public final class ActionViewModel {

  /** Names that undo, remove or end something: run only after the person confirms. */
  private static final Pattern DESTRUCTIVE = Pattern.compile(
      "\\b(delete|remove|destroy|purge|cancel|close|end|reset|revoke|deactivate|disable|archive|terminate|kill"
          + "|block|ban|suspend|expire|wipe|clear)", Pattern.CASE_INSENSITIVE);

  private final ResourceDef resource;
  private final ActionDef action;
  private final Optional<Record> record;
  private final RecordClient client;
  private final Executor ui;
  private final List<FieldViewModel> fields = new ArrayList<>();
  private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

  public ActionViewModel(ResourceDef resource, ActionDef action, Optional<Record> record, RecordClient client,
      Executor ui, FieldRules rules) {
    this.resource = resource;
    this.action = action;
    this.record = record;
    this.client = client;
    this.ui = ui;
    List<FieldDef> inputs = new ArrayList<>(action.parameters());
    inputs.addAll(action.bodyFields());
    for (FieldDef input : inputs) {
      if (action.path().contains("{" + input.name() + "}") || input.readOnly()) {
        continue; // path parameters come from the record
      }
      FieldViewModel field = new FieldViewModel(input, input.name(), true, input.defaultValue().orElse(null), rules);
      field.validProperty().addListener((obs, was, is) -> valid.set(allValid()));
      fields.add(field);
    }
    valid.set(allValid());
  }

  private boolean allValid() {
    return fields.stream().allMatch(f -> f.validProperty().get());
  }

  public ActionDef action() {
    return action;
  }

  public ResourceDef resource() {
    return resource;
  }

  public Optional<Record> record() {
    return record;
  }

  /** What the person fills in; empty when the action needs nothing. */
  public List<FieldViewModel> fields() {
    return fields;
  }

  /** Whether the action's name says it undoes, removes or ends something. */
  public boolean isDestructive() {
    return DESTRUCTIVE.matcher(action.name().replace('-', ' ').replace('_', ' ')).find()
        || DESTRUCTIVE.matcher(action.label()).find();
  }

  /** The question to ask before a destructive action: "Close Call on +49 30 1234567?". */
  public String confirmation() {
    return action.label() + record.map(r -> " on " + RecordTitles.title(resource, r)).orElse("") + "?";
  }

  public ReadOnlyBooleanProperty validProperty() {
    return valid.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** Why the last run failed, as a sentence; empty when it did not. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** Whether every field passes its rules; shows the broken rules of untouched fields too. */
  public boolean checkInputs() {
    fields.forEach(FieldViewModel::revealError);
    return valid.get();
  }

  /** The parameters and body sent: every given field. */
  public Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    for (FieldViewModel field : fields) {
      FormValues.putGiven(body, field);
    }
    return body;
  }

  /**
   * Runs the action. Answers what it did in a sentence ("Transfer Call is done: the call was updated."), or
   * empty when it failed or the fields break their rules (the reason is on the fields and in
   * {@link #errorProperty()}, and every value stays).
   */
  public CompletableFuture<Optional<Outcome>> run() {
    if (running.get() || !valid.get()) {
      fields.forEach(FieldViewModel::revealError);
      return CompletableFuture.completedFuture(Optional.empty());
    }
    running.set(true);
    error.set("");
    Optional<String> id = record.flatMap(r -> r.id(resource.idField().orElse("id")));
    CompletableFuture<Optional<Outcome>> result = new CompletableFuture<>();
    client.action(resource, action.name(), action.target() == ActionDef.Target.ITEM ? id : Optional.empty(), body())
        .whenCompleteAsync((answer, failure) -> {
          running.set(false);
          if (failure != null) {
            ApiProblem problem = FieldErrors.problemIn(failure, action.label() + " failed");
            String message = problem.getMessage();
            FieldErrors.show(fields, problem, () -> clearIfStill(message));
            error.set(message);
            result.complete(Optional.empty());
          } else {
            result.complete(Optional.of(new Outcome(sentence(answer), answer.record())));
          }
        }, ui);
    return result;
  }

  private void clearIfStill(String message) {
    if (error.get().equals(message)) {
      error.set("");
    }
  }

  /** What a run did: a sentence for the person, and the record as the action left it, when it sent one back. */
  public record Outcome(String message, Optional<Record> record) {}

  private String sentence(ActionResult answer) {
    String done = action.label() + " is done";
    if (answer.record().isPresent()) {
      String title = RecordTitles.title(resource, answer.record().get());
      return action.method().equals("GET") ? done + ": " + title + "." : done + ": " + title + " was updated.";
    }
    Optional<Object> body = answer.body().filter(b -> !(b instanceof Map<?, ?> || b instanceof List<?>));
    if (body.isPresent() && !String.valueOf(body.get()).isBlank()) {
      return done + ". The server said: " + body.get();
    }
    if (answer.body().orElse(null) instanceof Map<?, ?> map && !map.isEmpty() && map.size() <= 4
        && map.values().stream().allMatch(v -> v == null || v instanceof String || v instanceof Number
            || v instanceof Boolean)) {
      // a small answer of plain values ({"closed": 3}) is said, not hidden: "Closed: 3"
      StringBuilder said = new StringBuilder(done).append(". ");
      map.forEach((key, value) -> said.append(Labels.humanize(String.valueOf(key))).append(": ")
          .append(value == null ? "none" : value).append(", "));
      return said.substring(0, said.length() - 2) + ".";
    }
    if (answer.body().orElse(null) instanceof List<?> list) {
      return done + ". The server sent back " + list.size() + " " + (list.size() == 1 ? "entry" : "entries") + ".";
    }
    return done + ".";
  }

  @Override
  public String toString() {
    return action.name().toLowerCase(Locale.ROOT) + " on " + resource.name();
  }
}
