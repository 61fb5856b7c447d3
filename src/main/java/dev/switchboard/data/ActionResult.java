package dev.switchboard.data;

import java.util.Optional;

/**
 * What an action answered: the changed record when it sent one back (a transferred call), else the plain body
 * (text, a list, a number) or nothing at all (204).
 */
public record ActionResult(int status, Optional<Record> record, Optional<Object> body) {

  public static ActionResult ofRecord(int status, Record record) {
    return new ActionResult(status, Optional.of(record), Optional.of(record.values()));
  }
}
