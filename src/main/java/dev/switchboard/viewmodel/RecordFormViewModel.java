package dev.switchboard.viewmodel;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.Record;
import dev.switchboard.data.RecordClient;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.ResourceDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A form to create or edit one record, generated from the model.
 *
 * <ul>
 *   <li><b>Fields.</b> New: the create body's fields, with the schema's defaults. Edit: the record's fields in
 *       the document's order, editable where the update body has them, read-only otherwise; then update-only
 *       fields (a password: empty unless typed). Nested objects become their leaves ({@code address.city}).
 *       "Save as new" is a new form filled from a record.
 *   <li><b>Saving.</b> Only while every field passes its rules. New sends every field given; Edit sends only
 *       the changed ones (the client turns them into a PATCH, or a PUT of the whole record where the API only
 *       replaces), a changed nested field with the rest of its object.
 *   <li><b>Failures lose nothing.</b> Every value stays as typed. A 422's field errors land on their fields
 *       (nested and list positions too: {@code tags.2} on Tags, "entry 3"); the problem's sentence goes to
 *       {@link #formErrorProperty()}; a failure worth trying again (timeout, dropped connection, 5xx) sets
 *       {@link #retryableProperty()}, and {@link #save()} is the retry.
 *   <li>After a save the stored record's values become the saved values, and the form is clean.
 * </ul>
 *
 * <p>Lives on the UI thread: answers come back through the {@code ui} executor.
 */
public final class RecordFormViewModel {

  public enum Mode { CREATE, EDIT }

  private final ResourceDef resource;
  private final Mode mode;
  private final RecordClient client;
  private final Executor ui;
  private final List<FieldViewModel> fields;
  private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
  private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
  private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
  private final ReadOnlyBooleanWrapper retryable = new ReadOnlyBooleanWrapper(this, "retryable", false);
  private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
  private final ReadOnlyObjectWrapper<Optional<Record>> record;
  private CompletableFuture<Optional<Record>> inFlight = CompletableFuture.completedFuture(Optional.empty());

  private RecordFormViewModel(ResourceDef resource, Mode mode, Optional<Record> record, List<FieldViewModel> fields,
      RecordClient client, Executor ui) {
    this.resource = resource;
    this.mode = mode;
    this.record = new ReadOnlyObjectWrapper<>(this, "record", record);
    this.fields = List.copyOf(fields);
    this.client = client;
    this.ui = ui;
    for (FieldViewModel field : this.fields) {
      field.validProperty().addListener((obs, was, is) -> updateState());
      field.dirtyProperty().addListener((obs, was, is) -> updateState());
    }
    updateState();
  }

  /** A form for a new record, filled with the create schema's defaults. */
  public static RecordFormViewModel forNew(ResourceDef resource, RecordClient client, Executor ui, FieldRules rules) {
    List<FieldViewModel> fields = new ArrayList<>();
    for (FieldDef def : resource.createFields()) {
      addLeaves(fields, def, def.name(), !def.readOnly(), (leaf, path) -> leaf.defaultValue().orElse(null), rules);
    }
    return new RecordFormViewModel(resource, Mode.CREATE, Optional.empty(), fields, client, ui);
  }

  /** "Save as new": a new record's form filled from {@code source}, minus secrets. */
  public static RecordFormViewModel copyOf(ResourceDef resource, Record source, RecordClient client, Executor ui,
      FieldRules rules) {
    List<FieldViewModel> fields = new ArrayList<>();
    for (FieldDef def : resource.createFields()) {
      addLeaves(fields, def, def.name(), !def.readOnly(), (leaf, path) -> leaf.writeOnly() ? null
          : source.get(path).orElse(leaf.defaultValue().orElse(null)), rules);
    }
    return new RecordFormViewModel(resource, Mode.CREATE, Optional.empty(), fields, client, ui);
  }

  /** A form to change {@code current}. */
  public static RecordFormViewModel forEdit(ResourceDef resource, Record current, RecordClient client, Executor ui,
      FieldRules rules) {
    Map<String, FieldDef> updatable = new LinkedHashMap<>();
    resource.updateFields().forEach(f -> updatable.put(f.name(), f));
    BiFunction<FieldDef, String, Object> stored = (leaf, path) -> leaf.writeOnly() ? null
        : current.get(path).orElse(null);
    List<FieldViewModel> fields = new ArrayList<>();
    java.util.Set<String> carriers = CarriedNames.carriers(resource.fields());
    for (FieldDef read : resource.fields()) {
      if (carriers.contains(read.name()) && !updatable.containsKey(read.name())) {
        continue; // "Agent name" is what the Agent field already shows
      }
      FieldDef update = updatable.remove(read.name());
      FieldDef def = update != null ? update : read;
      addLeaves(fields, def, def.name(), update != null && !update.readOnly(), stored, rules);
    }
    updatable.values().forEach(def -> addLeaves(fields, def, def.name(), !def.readOnly(), stored, rules));
    return new RecordFormViewModel(resource, Mode.EDIT, Optional.of(current), fields, client, ui);
  }

  /** Adds a field, or the leaves of a nested object (an object with known properties), in document order. */
  private static void addLeaves(List<FieldViewModel> into, FieldDef def, String path, boolean editable,
      BiFunction<FieldDef, String, Object> initial, FieldRules rules) {
    if (def.type() == FieldType.OBJECT && !def.fields().isEmpty()) {
      boolean optional = !def.required() || def.nullable();
      for (FieldDef child : def.fields()) {
        // Inside an optional object nothing is required until the object is given; the server says if it is.
        addLeaves(into, optional ? child.asOptional() : child, path + "." + child.name(),
            editable && !child.readOnly(), initial, rules);
      }
      return;
    }
    into.add(new FieldViewModel(def, path, editable, initial.apply(def, path), rules));
  }

  public ResourceDef resource() {
    return resource;
  }

  public Mode mode() {
    return mode;
  }

  public List<FieldViewModel> fields() {
    return fields;
  }

  public Optional<FieldViewModel> field(String path) {
    return fields.stream().filter(f -> f.path().equals(path)).findFirst();
  }

  /** The record as the server last stored it: empty for a new record until it is created. */
  public ReadOnlyObjectProperty<Optional<Record>> recordProperty() {
    return record.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty validProperty() {
    return valid.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty dirtyProperty() {
    return dirty.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty savingProperty() {
    return saving.getReadOnlyProperty();
  }

  /** Whether the last save failed in a way trying again may fix. */
  public ReadOnlyBooleanProperty retryableProperty() {
    return retryable.getReadOnlyProperty();
  }

  /** What went wrong with the last save that is not about one field, as a sentence; empty when nothing did. */
  public ReadOnlyStringProperty formErrorProperty() {
    return formError.getReadOnlyProperty();
  }

  public boolean isDirty() {
    return dirty.get();
  }

  /** What Save sends now: every given field of a new record, or only the changes to an existing one. */
  public Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    for (FieldViewModel field : fields) {
      if (!field.editable()) {
        continue;
      }
      if (mode == Mode.CREATE) {
        FormValues.putGiven(body, field);
      } else if (field.isDirty()) {
        putWithItsObject(body, field);
      }
    }
    return body;
  }

  /** A nested field goes with the rest of its object: a PATCH replaces an object, it does not merge into it. */
  private void putWithItsObject(Map<String, Object> body, FieldViewModel changed) {
    int dot = changed.path().indexOf('.');
    if (dot < 0) {
      body.put(changed.path(), sendable(changed.valueProperty().get()));
      return;
    }
    String top = changed.path().substring(0, dot + 1);
    for (FieldViewModel sibling : fields) {
      if (sibling.path().startsWith(top)) {
        FormValues.put(body, sibling.path(), sendable(sibling.valueProperty().get()));
      }
    }
  }

  private static Object sendable(Object value) {
    return FieldRules.isEmpty(value) ? null : value;
  }

  /**
   * Saves: creates the record, or sends the changes. Answers the stored record, or empty when nothing was sent
   * (the form is invalid) or the save failed (the reason is on the fields and in {@link #formErrorProperty()}).
   * While a save runs, a second call answers the same result.
   */
  public CompletableFuture<Optional<Record>> save() {
    if (saving.get()) {
      return inFlight;
    }
    if (!valid.get()) {
      fields.forEach(FieldViewModel::revealError);
      formError.set("Some fields need fixing first: " + fields.stream()
          .filter(f -> !f.validProperty().get()).map(f -> f.def().displayLabel()).reduce((a, b) -> a + ", " + b)
          .orElse("") + ".");
      retryable.set(false);
      return CompletableFuture.completedFuture(Optional.empty());
    }
    Map<String, Object> body = body();
    if (mode == Mode.EDIT && body.isEmpty()) {
      formError.set("");
      return CompletableFuture.completedFuture(record.get());
    }
    saving.set(true);
    formError.set("");
    retryable.set(false);
    CompletableFuture<Record> call = mode == Mode.CREATE ? client.create(resource, body)
        : client.update(resource, record.get().orElseThrow(), body);
    CompletableFuture<Optional<Record>> result = new CompletableFuture<>();
    call.whenCompleteAsync((stored, failure) -> {
      saving.set(false);
      if (failure != null) {
        showProblem(failure);
        result.complete(Optional.empty());
      } else {
        accept(stored);
        result.complete(Optional.of(stored));
      }
    }, ui);
    inFlight = result;
    return result;
  }

  /**
   * Deletes the record being edited. Answers true once it is gone; on a failure, false, with the reason in
   * {@link #formErrorProperty()} and every value kept.
   */
  public CompletableFuture<Boolean> delete() {
    Optional<String> id = record.get().flatMap(r -> r.id(resource.idField().orElse("id")));
    if (mode != Mode.EDIT || id.isEmpty() || saving.get()) {
      return CompletableFuture.completedFuture(false);
    }
    saving.set(true);
    formError.set("");
    retryable.set(false);
    CompletableFuture<Boolean> result = new CompletableFuture<>();
    client.delete(resource, id.get()).whenCompleteAsync((done, failure) -> {
      saving.set(false);
      if (failure != null) {
        showProblem(failure);
      }
      result.complete(failure == null);
    }, ui);
    return result;
  }

  /** Puts every saved value back and clears the last save's complaints. */
  public void revert() {
    fields.forEach(FieldViewModel::revert);
    formError.set("");
    retryable.set(false);
  }

  private void accept(Record stored) {
    record.set(Optional.of(stored));
    for (FieldViewModel field : fields) {
      if (field.def().writeOnly()) {
        field.markSaved(null); // a password is never shown back: empty again, and clean
      } else if (mode == Mode.EDIT) {
        field.markSaved(stored.get(field.path()).orElse(null));
      } else {
        field.markSaved(field.valueProperty().get());
      }
    }
  }

  private void showProblem(Throwable failure) {
    ApiProblem problem = FieldErrors.problemIn(failure, "Saving failed");
    if (problem.kind() == ApiProblem.Kind.CANCELLED) {
      return;
    }
    String message = problem.getMessage();
    FieldErrors.show(fields, problem, () -> {
      if (formError.get().equals(message)) {
        formError.set("");
      }
    });
    formError.set(message);
    retryable.set(problem.isTransient());
  }

  private void updateState() {
    valid.set(fields.stream().allMatch(f -> f.validProperty().get()));
    dirty.set(fields.stream().anyMatch(FieldViewModel::isDirty));
  }
}
