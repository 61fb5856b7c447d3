package dev.switchboard.demo;

import java.sql.SQLException;

/** Answers one operation. Throws {@link ApiException} for 4xx answers; anything else becomes a logged 500. */
@FunctionalInterface
interface Handler {

  Response handle(Request request) throws SQLException;
}
