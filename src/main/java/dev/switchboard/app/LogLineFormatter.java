package dev.switchboard.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.TimeZone;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One log line, {@code 2026-11-24 23:04:10.923 INFO    dev.switchboard.http.ExchangeLog - message}, then the
 * stack trace if any: what {@code SimpleFormatter} with {@code %1$tF %1$tT.%1$tL %4$-7s %3$s - %5$s%6$s%n}
 * writes, character for character, built by hand.
 *
 * <p>Why not that format string: {@code SimpleFormatter} checks a configured format by running it once
 * through {@link String#format} when it is made, which loads java.time's zone rules, the locale data and
 * {@code java.util.Formatter} (a tenth of a second of a cold command line), and then formats every line
 * with it. A {@code records list --all} logs two lines per page, so that cost came back on every page.
 */
final class LogLineFormatter extends Formatter {

  private static final String NEWLINE = System.lineSeparator();

  @Override
  public String format(LogRecord record) {
    StringBuilder line = new StringBuilder(160);
    long millis = record.getMillis();
    int offsetSeconds = TimeZone.getDefault().getOffset(millis) / 1000;
    LocalDateTime at = LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000L),
        (int) Math.floorMod(millis, 1000L) * 1_000_000, ZoneOffset.ofTotalSeconds(offsetSeconds));
    digits(line, at.getYear(), 4).append('-');
    digits(line, at.getMonthValue(), 2).append('-');
    digits(line, at.getDayOfMonth(), 2).append(' ');
    digits(line, at.getHour(), 2).append(':');
    digits(line, at.getMinute(), 2).append(':');
    digits(line, at.getSecond(), 2).append('.');
    digits(line, at.getNano() / 1_000_000, 3).append(' ');
    String level = record.getLevel().getLocalizedName();
    line.append(level);
    for (int i = level.length(); i < 7; i++) {
      line.append(' ');
    }
    line.append(' ').append(record.getLoggerName()).append(" - ").append(formatMessage(record));
    if (record.getThrown() != null) {
      StringWriter trace = new StringWriter();
      PrintWriter out = new PrintWriter(trace);
      out.println();
      record.getThrown().printStackTrace(out);
      out.close();
      line.append(trace);
    }
    return line.append(NEWLINE).toString();
  }

  /** {@code value} with leading zeros to {@code width} digits (a year past 9999 keeps all its digits). */
  private static StringBuilder digits(StringBuilder line, int value, int width) {
    String text = Integer.toString(value);
    for (int i = text.length(); i < width; i++) {
      line.append('0');
    }
    return line.append(text);
  }
}
