package dev.switchboard.view.activity;

import dev.switchboard.viewmodel.ActivityEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** How the activity views word an entry: its time in the user's zone and locale, a one-line summary of changes. */
final class ActivityText {

  private final DateTimeFormatter time;
  private final DateTimeFormatter shortTime;

  ActivityText(ZoneId zone, Locale locale) {
    this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
    this.shortTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
        .withZone(zone);
  }

  /** With seconds, for the detail and a record's history. */
  String time(ActivityEntry entry) {
    return time.format(entry.time());
  }

  /** To the minute, for the table's column. */
  String shortTime(ActivityEntry entry) {
    return shortTime.format(entry.time());
  }

  /** "Status: open → closed; Notes" for the table: the first changes with values, then only names. */
  static String summary(ActivityEntry entry) {
    if (entry.changes().isEmpty()) {
      return entry.operation().startsWith("Delete") ? "Record deleted" : "No fields sent";
    }
    return entry.changes().stream().map(c -> c.label() + ": " + shown(c.before()) + " → " + shown(c.after()))
        .map(line -> line.replace('\n', ' ')).collect(Collectors.joining("; "));
  }

  /** An absent value, as the views show it. */
  static String shown(String value) {
    return value.isEmpty() ? "(empty)" : value;
  }

  /** "Update by agent", "Create by admin": who did what. */
  static String operationBy(ActivityEntry entry) {
    return entry.user().isBlank() ? entry.operation() : entry.operation() + " by " + entry.user();
  }

  /** The record as a person reads it: "Calls: Sam Lee's call"; the labelling of the resource is the caller's. */
  static String record(ActivityEntry entry, UnaryOperator<String> resourceLabels) {
    String name = entry.recordName();
    String resource = resourceLabels.apply(entry.resource());
    return name.isBlank() ? resource : resource + ": " + name;
  }
}
