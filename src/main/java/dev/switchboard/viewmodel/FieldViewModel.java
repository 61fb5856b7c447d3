package dev.switchboard.viewmodel;

import dev.switchboard.model.FieldDef;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One field of a record form. It keeps three values: what the editor holds now ({@link #valueProperty()}, a
 * plain JSON-like Java value, or {@link Unparsed} text the editor could not read), the last value that passed
 * the schema's rules ({@link #lastValidProperty()}), and the value last saved on the server. It is dirty while
 * the first differs from the last, and its {@link #errorProperty()} says what is wrong: the schema's rule the
 * value breaks, else what the server said about it on the last save (until the value changes).
 *
 * <p>Lives on the UI thread, like the form that owns it.
 */
public final class FieldViewModel {

  /**
   * Text an editor could not turn into a value ("12,5x" for a number), kept so nothing typed is lost.
   *
   * @param problem the end of a sentence after the label: "must be a whole number"
   */
  public record Unparsed(String text, String problem) {}

  private final FieldDef def;
  private final String path;
  private final boolean editable;
  private final FieldRules rules;
  private final ObjectProperty<Object> value = new SimpleObjectProperty<>(this, "value");
  private final ReadOnlyObjectWrapper<Object> lastValid = new ReadOnlyObjectWrapper<>(this, "lastValid");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final ReadOnlyStringWrapper shownError = new ReadOnlyStringWrapper(this, "shownError", "");
  private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
  private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
  private final StringProperty hint = new SimpleStringProperty(this, "hint", "");
  private Object saved;
  private String serverError = "";
  private boolean revealed;

  FieldViewModel(FieldDef def, String path, boolean editable, Object initial, FieldRules rules) {
    this.def = def;
    this.path = path;
    this.editable = editable;
    this.rules = rules;
    this.saved = initial;
    value.set(initial);
    value.addListener((obs, old, now) -> {
      serverError = "";
      update();
    });
    update();
  }

  /** A field on its own, not part of a record form (the value a bulk edit sets on every record). */
  public static FieldViewModel standalone(FieldDef def, Object initial, FieldRules rules) {
    return new FieldViewModel(def, def.name(), true, initial, rules);
  }

  /**
   * A live note under the editor, set by whatever links this field to others ("Supervisor gives calls:read,
   * calls:write, users:read."); empty for none.
   */
  public StringProperty hintProperty() {
    return hint;
  }

  public FieldDef def() {
    return def;
  }

  /** The dotted path into the body: {@code notes}, or {@code address.city} for a nested field. */
  public String path() {
    return path;
  }

  /** False for read-only fields, shown but never sent. */
  public boolean editable() {
    return editable;
  }

  /** What the editor holds: set it from the editor. */
  public ObjectProperty<Object> valueProperty() {
    return value;
  }

  public ReadOnlyObjectProperty<Object> lastValidProperty() {
    return lastValid.getReadOnlyProperty();
  }

  /** The value last saved on the server (what Revert goes back to). */
  public Object savedValue() {
    return saved;
  }

  /** A whole sentence ("Satisfaction must be at most 5."), or empty. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /**
   * The error to show next to the editor: a rule is only shown once the person changed the value (a new form
   * does not open covered in "is required") or tried to save; the server's complaint always is.
   */
  public ReadOnlyStringProperty shownErrorProperty() {
    return shownError.getReadOnlyProperty();
  }

  /** Shows this field's broken rule even though it was not touched (after an attempt to save or apply). */
  public void revealError() {
    revealed = true;
    update();
  }

  public ReadOnlyBooleanProperty dirtyProperty() {
    return dirty.getReadOnlyProperty();
  }

  /** Whether the schema's rules accept the value (the server's complaints do not count: it may be fixed now). */
  public ReadOnlyBooleanProperty validProperty() {
    return valid.getReadOnlyProperty();
  }

  public boolean isDirty() {
    return dirty.get();
  }

  /** Puts the saved value back into the editor. */
  public void revert() {
    value.set(saved);
    revealed = false;
    update();
  }

  /** Shows what the server said about this field on a save; it stays until the value changes. */
  void showServerError(String sentence) {
    serverError = sentence;
    update();
  }

  /** The server stored {@code stored}: it becomes the saved value and what the editor shows. */
  void markSaved(Object stored) {
    saved = stored;
    serverError = "";
    if (FormValues.same(value.get(), stored)) {
      update();
    } else {
      value.set(stored);
    }
  }

  private void update() {
    Optional<String> broken = editable ? rules.problem(def, value.get()) : Optional.empty();
    valid.set(broken.isEmpty());
    if (broken.isEmpty()) {
      lastValid.set(value.get());
    }
    error.set(broken.orElse(serverError));
    dirty.set(editable && !FormValues.same(value.get(), saved));
    if (dirty.get()) {
      revealed = true; // once changed, its rules show even if it is changed back
    }
    shownError.set(revealed ? error.get() : serverError);
  }

  @Override
  public String toString() {
    return path + "=" + value.get() + (isDirty() ? " (changed)" : "");
  }
}
