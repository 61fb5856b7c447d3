package dev.switchboard.model;

import java.util.Locale;

/** Human labels for names the document gives no title for. */
public final class Labels {

  private Labels() {}

  /** {@code follow_up}, {@code FOLLOW_UP}, {@code followUp}, {@code follow-up} → "Follow up". */
  public static String humanize(String raw) {
    String spaced = raw.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').trim()
        .replaceAll(" +", " ");
    if (spaced.isEmpty()) {
      return raw;
    }
    String lower = spaced.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
