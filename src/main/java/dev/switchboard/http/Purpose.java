package dev.switchboard.http;

import java.util.Map;
import java.util.function.Function;

/**
 * What a request was for, in the words an error message needs: {@code doing} is the verb phrase ("save the
 * change", "load the Calls list"), {@code what} the thing ("the change", "the record"), {@code change} whether
 * it writes, and {@code labels} turns a field path or query parameter into the label people see ("notes" to
 * "Notes").
 */
record Purpose(String doing, String what, boolean change, Function<String, String> labels) {

  static Purpose write(String doing, String what, Map<String, String> labels) {
    return new Purpose(doing, what, true, path -> labels.getOrDefault(path, FieldLabels.humanize(path)));
  }

  static Purpose read(String doing, String what, Map<String, String> labels) {
    return new Purpose(doing, what, false, path -> labels.getOrDefault(path, FieldLabels.humanize(path)));
  }
}
