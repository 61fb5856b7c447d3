package dev.switchboard.viewmodel;

import dev.switchboard.data.ApiProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/** A server's complaints about a body, put on the fields they name (record forms and action forms alike). */
final class FieldErrors {

  private FieldErrors() {}

  /** The problem a failure carries, or one saying {@code what} failed and why. */
  static ApiProblem problemIn(Throwable failure, String what) {
    return ApiProblem.in(failure).orElseGet(() -> ApiProblem.of(ApiProblem.Kind.UNSUPPORTED,
        what + ": " + failure.getMessage()));
  }

  /**
   * Shows each body error on its field: the field itself, or the list field holding the entry. When every error
   * of the problem found its field, {@code clearSummary} runs once each of those fields has been changed: the
   * form's own line about the refusal says nothing the fields don't, and would stay behind, stale.
   */
  static void show(List<FieldViewModel> fields, ApiProblem problem, Runnable clearSummary) {
    Set<FieldViewModel> placed = new LinkedHashSet<>();
    boolean all = !problem.fieldErrors().isEmpty();
    for (ApiProblem.FieldError error : problem.fieldErrors()) {
      Optional<FieldViewModel> field = error.location() == ApiProblem.FieldError.Location.BODY
          || error.location() == ApiProblem.FieldError.Location.QUERY ? fieldFor(fields, error.field())
          : Optional.empty();
      field.ifPresent(f -> {
        f.showServerError(sentence(f, error));
        placed.add(f);
      });
      all &= field.isPresent();
    }
    if (all) {
      clearOnceChanged(placed, clearSummary);
    }
  }

  private static void clearOnceChanged(Set<FieldViewModel> placed, Runnable clear) {
    Set<FieldViewModel> waiting = new HashSet<>(placed);
    List<Runnable> detach = new ArrayList<>();
    for (FieldViewModel field : placed) {
      ChangeListener<Object> changed = new ChangeListener<>() {
        @Override
        public void changed(ObservableValue<?> obs, Object old, Object now) {
          field.valueProperty().removeListener(this);
          waiting.remove(field);
          if (waiting.isEmpty()) {
            detach.forEach(Runnable::run);
            clear.run();
          }
        }
      };
      field.valueProperty().addListener(changed);
      detach.add(() -> field.valueProperty().removeListener(changed));
    }
  }

  private static Optional<FieldViewModel> fieldFor(List<FieldViewModel> fields, String path) {
    Optional<FieldViewModel> exact = fields.stream().filter(f -> f.path().equals(path)).findFirst();
    if (exact.isPresent()) {
      return exact;
    }
    return fields.stream().filter(f -> path.startsWith(f.path() + ".")).findFirst();
  }

  private static String sentence(FieldViewModel field, ApiProblem.FieldError error) {
    String rest = error.field().equals(field.path()) ? "" : error.field().substring(field.path().length() + 1);
    String where = "";
    if (!rest.isEmpty()) {
      String[] parts = rest.split("\\.", 2);
      where = parts[0].chars().allMatch(Character::isDigit)
          ? " entry " + (Integer.parseInt(parts[0]) + 1) + (parts.length > 1 ? " (" + parts[1] + ")" : "")
          : " (" + rest + ")";
    }
    // "is too long (…)" follows the label; a server's own words come as ": …", right after it
    String message = error.message().startsWith(":") ? error.message() : " " + error.message();
    String label = field.def().displayLabel();
    String own = error.message().startsWith(":") ? error.message().substring(1).trim() : "";
    // "Current password is not correct" already names its field: not "Current password: Current password …"
    String sentence = where.isEmpty() && own.toLowerCase(Locale.ROOT).startsWith(label.toLowerCase(Locale.ROOT))
        ? own : label + where + message;
    return sentence.endsWith(".") ? sentence : sentence + ".";
  }
}
