package dev.switchboard.viewmodel;

import dev.switchboard.data.ApiProblem;
import java.util.List;
import java.util.Optional;

/** A server's complaints about a body, put on the fields they name (record forms and action forms alike). */
final class FieldErrors {

  private FieldErrors() {}

  /** The problem a failure carries, or one saying {@code what} failed and why. */
  static ApiProblem problemIn(Throwable failure, String what) {
    return ApiProblem.in(failure).orElseGet(() -> ApiProblem.of(ApiProblem.Kind.UNSUPPORTED,
        what + ": " + failure.getMessage()));
  }

  /** Shows each body error on its field: the field itself, or the list field holding the entry. */
  static void show(List<FieldViewModel> fields, ApiProblem problem) {
    for (ApiProblem.FieldError error : problem.fieldErrors()) {
      if (error.location() == ApiProblem.FieldError.Location.BODY
          || error.location() == ApiProblem.FieldError.Location.QUERY) {
        fieldFor(fields, error.field()).ifPresent(field -> field.showServerError(sentence(field, error)));
      }
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
    String sentence = field.def().label() + where + message;
    return sentence.endsWith(".") ? sentence : sentence + ".";
  }
}
