package dev.switchboard.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Human labels and English singular/plural forms for the names APIs use ({@code started_at},
 * {@code callerNumber}, {@code exam-attempts}).
 */
final class Names {

  private static final Set<String> ACRONYMS = Set.of("id", "ids", "url", "uri", "api", "ip", "uuid", "http",
      "https", "json", "sms", "sip", "ivr", "sla", "csv", "pdf", "html", "jwt", "otp", "mfa", "sso", "dns",
      "tls", "ssl", "cpu", "ttl", "utc");
  private static final Set<String> UNITS = Set.of("s", "ms", "us", "ns", "kb", "mb", "gb", "pct");
  /** Singular → plural for nouns the rules below get wrong; matched as word endings ({@code salespeople}). */
  private static final Map<String, String> IRREGULAR = Map.of("person", "people", "child", "children",
      "hero", "heroes", "movie", "movies", "cookie", "cookies", "quiz", "quizzes");

  private Names() {}

  /** Splits on underscores, dashes, dots, spaces and camelCase humps: {@code callerNumber} → caller, number. */
  static List<String> words(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) > 0x7f) {
        return wordsOfAnyText(name);
      }
    }
    // ASCII, where lower-casing is per character: each word is cut from the name once, without a char array,
    // a builder and a lower-cased copy per word (labels are made for every property name of a document).
    List<String> words = new ArrayList<>(4);
    int start = -1;
    boolean upper = false;
    char previous = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean separator = c == '_' || c == '-' || c == '.' || c == ' ' || c == '[' || c == ']';
      boolean hump = c >= 'A' && c <= 'Z' && previous >= 'a' && previous <= 'z';
      if ((separator || hump) && start >= 0) {
        words.add(asciiLower(name, start, i, upper));
        start = -1;
        upper = false;
      }
      if (!separator) {
        if (start < 0) {
          start = i;
        }
        upper |= c >= 'A' && c <= 'Z';
      }
      previous = c;
    }
    if (start >= 0) {
      words.add(asciiLower(name, start, name.length(), upper));
    }
    return words;
  }

  private static String asciiLower(String name, int start, int end, boolean hasUpper) {
    String word = name.substring(start, end);
    return hasUpper ? word.toLowerCase(Locale.ROOT) : word;
  }

  private static List<String> wordsOfAnyText(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char previous = 0;
    for (char c : name.toCharArray()) {
      boolean separator = c == '_' || c == '-' || c == '.' || c == ' ' || c == '[' || c == ']';
      boolean hump = Character.isUpperCase(c) && Character.isLowerCase(previous);
      if ((separator || hump) && word.length() > 0) {
        words.add(word.toString().toLowerCase(Locale.ROOT));
        word.setLength(0);
      }
      if (!separator) {
        word.append(c);
      }
      previous = c;
    }
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  /** {@code started_at} → "Started at", {@code recording_url} → "Recording URL", {@code duration_s} → "Duration (s)". */
  static String label(String name) {
    List<String> words = words(name);
    if (words.isEmpty()) {
      return name;
    }
    StringBuilder label = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      boolean last = i == words.size() - 1;
      if (last && i > 0 && UNITS.contains(w)) {
        label.append(" (").append(w).append(')');
        continue;
      }
      if (i > 0) {
        label.append(' ');
      }
      if (ACRONYMS.contains(w)) {
        label.append(w.equals("ids") ? "IDs" : w.toUpperCase(Locale.ROOT));
      } else if (i == 0) {
        label.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
      } else {
        label.append(w);
      }
    }
    return label.toString();
  }

  /** What pydantic writes as a default title: each word capitalised ({@code started_at} → "Started At"). */
  static boolean isGeneratedTitle(String title, String name) {
    StringBuilder generated = new StringBuilder();
    for (String part : name.split("_")) {
      if (!part.isEmpty()) {
        if (generated.length() > 0) {
          generated.append(' ');
        }
        generated.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return title.equalsIgnoreCase(generated.toString()) || title.equals(name);
  }

  static String singular(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> irregular : IRREGULAR.entrySet()) {
      if (w.endsWith(irregular.getValue())) {
        return word.substring(0, word.length() - irregular.getValue().length()) + irregular.getKey();
      }
    }
    if (w.endsWith("ies") && w.length() > 3) {
      return word.substring(0, word.length() - 3) + "y";
    }
    // "caches", "sizes": the singular ends in e; "beaches", "buzzes": it does not.
    boolean eEnding = (w.endsWith("aches") && w.length() > 5 && !isVowel(w.charAt(w.length() - 6)))
        || (w.endsWith("zes") && !w.endsWith("zzes") && !w.endsWith("tzes"));
    if (!eEnding && (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes")
        || w.endsWith("zes") || w.endsWith("tuses") || w.endsWith("iases"))) {
      return word.substring(0, word.length() - 2); // statuses, aliases
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  static String plural(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> irregular : IRREGULAR.entrySet()) {
      if (w.endsWith(irregular.getKey())) {
        return word.substring(0, word.length() - irregular.getKey().length()) + irregular.getValue();
      }
    }
    if (w.endsWith("y") && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
      return word.substring(0, word.length() - 1) + "ies";
    }
    if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
      return word + "es";
    }
    return word + "s";
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
