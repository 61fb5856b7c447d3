package dev.switchboard.viewmodel;

import dev.switchboard.model.Constraints;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The schema's rules for one field's value, checked as the person types, each broken rule said as the server
 * would say it ("Notes is too long (2,000 characters at most)"), so a message does not change its wording when
 * the server repeats it after a save.
 *
 * <p>Checked here, from the model's {@link FieldDef} and {@link Constraints}: required, lengths, ranges
 * (inclusive and exclusive), multiples, pattern, formats (email, URI, UUID, date, date-time, time), enum
 * membership, item counts and unique items, each item of a list of plain values, and each column of each row of a
 * list of objects. The server stays the judge: whatever it still refuses comes back as a 422 onto the same field.
 */
public final class FieldRules {

  /** Email as the HTML living standard checks it: a local part, an @, a host with at least one dot. */
  private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$");

  private final Locale locale;

  public FieldRules(Locale locale) {
    this.locale = locale;
  }

  /** What is wrong with {@code value} for {@code field}, as a whole sentence; empty when nothing is. */
  public Optional<String> problem(FieldDef field, Object value) {
    if (value instanceof FieldViewModel.Unparsed unparsed) {
      return Optional.of(field.displayLabel() + " " + unparsed.problem() + ".");
    }
    if (isEmpty(value)) {
      return field.required() && !field.nullable() ? sentence(field, "is required") : Optional.empty();
    }
    return phrase(field, value).map(p -> field.displayLabel() + " " + p + ".");
  }

  /** Whether a value counts as not given: null, blank text, or (for a required list) nothing in it. */
  static boolean isEmpty(Object value) {
    return value == null || value instanceof String s && s.isBlank();
  }

  private Optional<String> sentence(FieldDef field, String phrase) {
    return Optional.of(field.displayLabel() + " " + phrase + ".");
  }

  private Optional<String> phrase(FieldDef field, Object value) {
    if (value instanceof List<?> list) {
      return listPhrase(field, list);
    }
    if (value instanceof Number number) {
      return numberPhrase(field.constraints(), number);
    }
    if (value instanceof String text) {
      return textPhrase(field, text);
    }
    return Optional.empty(); // booleans, and objects (checked by their own fields or the JSON editor)
  }

  private Optional<String> textPhrase(FieldDef field, String text) {
    Constraints c = field.constraints();
    int length = text.codePointCount(0, text.length());
    if (c.maxLength().isPresent() && length > c.maxLength().getAsInt()) {
      return Optional.of("is too long (" + count(c.maxLength().getAsInt()) + " characters at most)");
    }
    if (c.minLength().isPresent() && length < c.minLength().getAsInt()) {
      return Optional.of("is too short (at least " + count(c.minLength().getAsInt()) + " characters)");
    }
    if (field.type() == FieldType.ENUM && !field.enumValues().isEmpty() && !field.enumValues().contains(text)) {
      return Optional.of("must be one of " + String.join(", ", field.enumValues()));
    }
    Optional<String> format = formatPhrase(field.type(), text);
    if (format.isPresent()) {
      return format;
    }
    if (c.pattern().isPresent() && !matches(c.pattern().get(), text)) {
      return Optional.of("does not have the expected format (" + c.pattern().get() + ")");
    }
    return Optional.empty();
  }

  private static boolean matches(String pattern, String text) {
    try {
      // JSON Schema patterns are unanchored: "search", not "match".
      return Pattern.compile(pattern).matcher(text).find();
    } catch (PatternSyntaxException unsupported) {
      return true; // a pattern Java cannot read is left to the server
    }
  }

  private static Optional<String> formatPhrase(FieldType type, String text) {
    return switch (type) {
      case EMAIL -> EMAIL.matcher(text).matches() ? Optional.empty() : Optional.of("is not a valid email address");
      case URI -> isWebAddress(text) ? Optional.empty()
          : Optional.of("must be a web address starting with http:// or https://");
      case UUID -> isUuid(text) ? Optional.empty()
          : Optional.of("must be a UUID (such as 3f2b8c1e-9a4d-4e57-b6a1-0c2d3e4f5a6b)");
      case DATE -> parses(() -> LocalDate.parse(text)) ? Optional.empty()
          : Optional.of("must be a date (such as 2026-11-24)");
      case DATE_TIME -> parses(() -> OffsetDateTime.parse(text)) ? Optional.empty()
          : Optional.of("must be a date and time (such as 2026-11-24T09:30:00Z)");
      case TIME -> parses(() -> LocalTime.parse(text)) ? Optional.empty()
          : Optional.of("must be a time (such as 09:30)");
      default -> Optional.empty();
    };
  }

  private static boolean isWebAddress(String text) {
    try {
      URI uri = new URI(text);
      return uri.getScheme() != null && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return false;
    }
  }

  private Optional<String> numberPhrase(Constraints c, Number number) {
    BigDecimal value = new BigDecimal(number.toString());
    if (c.minimum().isPresent()) {
      int compared = value.compareTo(c.minimum().get());
      if (c.exclusiveMinimum() ? compared <= 0 : compared < 0) {
        return Optional.of((c.exclusiveMinimum() ? "must be more than " : "must be at least ")
            + number(c.minimum().get()));
      }
    }
    if (c.maximum().isPresent()) {
      int compared = value.compareTo(c.maximum().get());
      if (c.exclusiveMaximum() ? compared >= 0 : compared > 0) {
        return Optional.of((c.exclusiveMaximum() ? "must be less than " : "must be at most ")
            + number(c.maximum().get()));
      }
    }
    if (c.multipleOf().isPresent() && c.multipleOf().get().signum() > 0
        && value.remainder(c.multipleOf().get()).signum() != 0) {
      return Optional.of("must be a multiple of " + number(c.multipleOf().get()));
    }
    return Optional.empty();
  }

  private Optional<String> listPhrase(FieldDef field, List<?> list) {
    Constraints c = field.constraints();
    if (c.maxItems().isPresent() && list.size() > c.maxItems().getAsInt()) {
      return Optional.of("has too many entries (" + count(c.maxItems().getAsInt()) + " at most)");
    }
    if (c.minItems().isPresent() && list.size() < c.minItems().getAsInt()) {
      return Optional.of("has too few entries (at least " + count(c.minItems().getAsInt()) + ")");
    }
    if (c.uniqueItems() && new HashSet<>(list).size() != list.size()) {
      return Optional.of("lists an entry twice");
    }
    if (field.items().isPresent()) {
      FieldDef item = field.items().get();
      for (int i = 0; i < list.size(); i++) {
        Object element = list.get(i);
        if (element instanceof Map<?, ?> row) {
          Optional<String> wrong = rowPhrase(item, row);
          if (wrong.isPresent()) {
            return Optional.of("entry " + (i + 1) + ": " + wrong.get());
          }
          continue;
        }
        if (element == null) {
          continue;
        }
        Optional<String> wrong = phrase(item, element);
        if (wrong.isPresent()) {
          return Optional.of("entry " + (i + 1) + " (" + element + ") " + wrong.get());
        }
      }
    }
    return Optional.empty();
  }

  /** The first column of a row (an object in a list) that breaks its rules: "Starts must be a time…". */
  private Optional<String> rowPhrase(FieldDef item, Map<?, ?> row) {
    for (FieldDef column : item.fields()) {
      if (column.readOnly()) {
        continue;
      }
      Optional<String> wrong = problem(column, row.get(column.name()));
      if (wrong.isPresent()) {
        String sentence = wrong.get();
        return Optional.of(sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence);
      }
    }
    return Optional.empty();
  }

  private String count(int n) {
    return NumberFormat.getIntegerInstance(locale).format(n);
  }

  private String number(BigDecimal n) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(10);
    return format.format(n.stripTrailingZeros());
  }

  private static boolean isUuid(String text) {
    try {
      return UUID.fromString(text).toString().equalsIgnoreCase(text);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
