package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

/** The hand-built log line is the line the log always had, written by SimpleFormatter with its format. */
class LogLineFormatterTest {

  private static final String FORMAT = "%1$tF %1$tT.%1$tL %4$-7s %3$s - %5$s%6$s%n";

  private static SimpleFormatter simpleFormatter() {
    String before = System.getProperty("java.util.logging.SimpleFormatter.format");
    System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
    try {
      return new SimpleFormatter();
    } finally {
      if (before == null) {
        System.clearProperty("java.util.logging.SimpleFormatter.format");
      } else {
        System.setProperty("java.util.logging.SimpleFormatter.format", before);
      }
    }
  }

  private static LogRecord record(Level level, String message, long millis) {
    LogRecord record = new LogRecord(level, message);
    record.setLoggerName("dev.switchboard.http.ExchangeLog");
    record.setInstant(java.time.Instant.ofEpochMilli(millis));
    return record;
  }

  @Test
  void linesMatchTheFormatTheLogHadForEveryLevelAndTime() {
    SimpleFormatter expected = simpleFormatter();
    LogLineFormatter actual = new LogLineFormatter();
    long[] times = {0L, 1_795_648_650_923L, 1_795_648_650_005L, 1_711_846_799_999L, 946_684_799_000L};
    for (Level level : new Level[] {Level.FINE, Level.INFO, Level.WARNING, Level.SEVERE, Level.FINEST}) {
      for (long millis : times) {
        LogRecord record = record(level, "<-- 200 GET http://127.0.0.1:8123/api/v1/calls/ (5 ms)\n    Date: x", millis);
        assertThat(actual.format(record)).isEqualTo(expected.format(record));
      }
    }
  }

  @Test
  void aFailureIsFollowedByItsStackTraceAsBefore() {
    LogRecord record = record(Level.INFO, "<-- GET http://api.example/calls/ failed", 1_795_648_650_923L);
    record.setThrown(new IOException("Connection reset"));
    assertThat(new LogLineFormatter().format(record)).isEqualTo(simpleFormatter().format(record))
        .contains("java.io.IOException: Connection reset");
  }
}
