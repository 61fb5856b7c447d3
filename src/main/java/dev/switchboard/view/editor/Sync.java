package dev.switchboard.view.editor;

import dev.switchboard.viewmodel.FieldViewModel;
import java.util.function.Consumer;

/**
 * Two-way binding between a control and a field without echoes: the control writes the field as the person
 * edits; the field's own changes (Revert, a save's stored value) are shown in the control, but not the values
 * the control itself just wrote, so the caret and half-typed text stay put.
 */
final class Sync {

  private final FieldViewModel field;
  private boolean writing;
  /** While a value is being shown, the control's own change events are not the person's input. */
  private boolean showing;

  /** {@code show} puts a value into the control; it runs now for the current value, then on outside changes. */
  Sync(FieldViewModel field, Consumer<Object> show) {
    this.field = field;
    Consumer<Object> quietly = value -> {
      showing = true;
      try {
        show.accept(value);
      } finally {
        showing = false;
      }
    };
    quietly.accept(field.valueProperty().get());
    field.valueProperty().addListener((obs, old, now) -> {
      if (!writing && !(now instanceof FieldViewModel.Unparsed)) {
        quietly.accept(now);
      }
    });
  }

  /** Called by the control: what the person entered. */
  void write(Object value) {
    if (showing) {
      return;
    }
    writing = true;
    try {
      field.valueProperty().set(value);
    } finally {
      writing = false;
    }
  }
}
