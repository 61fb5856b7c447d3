package dev.switchboard.viewmodel;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One change made through Switchboard, as the activity log keeps it: when, on which backend, by whom, to which
 * record, what was done, the fields it changed and whether the server took it.
 *
 * @param backend the backend's address ({@code http://localhost:8123})
 * @param user the logged-in user name, empty when the backend has no login
 * @param resource the resource's name ({@code calls})
 * @param recordId the record's id, empty for a record the server refused to create and for collection actions
 * @param recordLabel the record's title as the app shows it ({@link RecordTitles}), empty when unknown
 * @param operation what was done, in words: "Create", "Update", "Delete" or the action's label ("Transfer
 *     Call"); bulk runs add " (bulk)"
 * @param changes the fields sent, with the value before and after (secrets masked)
 * @param problem the error's plain sentence when the server refused or could not be reached; empty when it worked
 */
public record ActivityEntry(Instant time, String backend, String user, String resource, String recordId,
    String recordLabel, String operation, List<Change> changes, Optional<String> problem) {

  /** What a secret (a password, a write-only field) reads as on both sides of a change. */
  public static final String MASK = "••••••";

  /**
   * One field's change: {@code before} and {@code after} are the values as text, empty when there was none (a
   * new record's fields have no before).
   */
  public record Change(String field, String label, String before, String after) {}

  public ActivityEntry {
    changes = List.copyOf(changes);
  }

  public boolean ok() {
    return problem.isEmpty();
  }

  /** "ok", or the error's sentence: what the CSV and the table's Result column show. */
  public String result() {
    return problem.orElse("ok");
  }

  /** The record as people name it: its label, else {@code #id}, else empty. */
  public String recordName() {
    if (!recordLabel.isBlank()) {
      return recordLabel;
    }
    return recordId.isBlank() ? "" : "#" + recordId;
  }
}
