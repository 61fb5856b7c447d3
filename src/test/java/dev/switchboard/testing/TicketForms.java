package dev.switchboard.testing;

import dev.switchboard.data.Record;
import dev.switchboard.model.Constraints;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.ResourceDef;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A small "tickets" resource with one field of each kind a form meets: required and optional text with
 * lengths, a bounded integer, an enum, an email, a nested address, a list of tags, a read-only timestamp and
 * (on update only) a write-only password.
 */
public final class TicketForms {

  private TicketForms() {}

  public static FieldDef field(String name, String label, FieldType type, boolean required, Constraints constraints) {
    return new FieldDef(name, label, type, Optional.empty(), !required, required, false, false, List.of(),
        Optional.empty(), List.of(), constraints, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static Constraints maxLength(int max) {
    return new Constraints(Optional.empty(), Optional.empty(), false, false, Optional.empty(), OptionalInt.empty(),
        OptionalInt.of(max), Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), false);
  }

  public static Constraints between(int min, int max) {
    return new Constraints(Optional.of(BigDecimal.valueOf(min)), Optional.of(BigDecimal.valueOf(max)), false, false,
        Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), OptionalInt.empty(),
        OptionalInt.empty(), false);
  }

  public static final FieldDef ID = field("id", "ID", FieldType.INTEGER, true, Constraints.NONE);
  public static final FieldDef TITLE = field("title", "Title", FieldType.STRING, true, maxLength(80));
  public static final FieldDef NOTES = new FieldDef("notes", "Notes", FieldType.TEXT, Optional.empty(), true, false,
      false, false, List.of(), Optional.empty(), List.of(), maxLength(2000), Optional.empty(),
      Optional.of("What happened, for whoever picks the ticket up next."), Optional.empty());
  public static final FieldDef DUE = field("due", "Due", FieldType.DATE_TIME, false, Constraints.NONE);
  public static final FieldDef URGENT = field("urgent", "Urgent", FieldType.BOOLEAN, false, Constraints.NONE);
  public static final FieldDef PRIORITY = new FieldDef("priority", "Priority", FieldType.INTEGER, Optional.empty(), true,
      false, false, false, List.of(), Optional.empty(), List.of(), between(1, 5), Optional.of(3), Optional.empty(),
      Optional.empty());
  public static final FieldDef STATUS = field("status", "Status", FieldType.ENUM, false, Constraints.NONE)
      .withEnumValues(List.of("open", "closed"));
  public static final FieldDef EMAIL = field("email", "Reporter email", FieldType.EMAIL, false, Constraints.NONE);
  public static final FieldDef ADDRESS = new FieldDef("address", "Address", FieldType.OBJECT, Optional.empty(), true, false,
      false, false, List.of(), Optional.empty(), List.of(field("city", "City", FieldType.STRING, true, maxLength(40)),
      field("zip", "Zip", FieldType.STRING, false, Constraints.NONE)), Constraints.NONE, Optional.empty(),
      Optional.empty(), Optional.empty());
  public static final FieldDef TAGS = new FieldDef("tags", "Tags", FieldType.ARRAY, Optional.empty(), false, false, false,
      false, List.of(), Optional.of(field("tag", "Tag", FieldType.STRING, true, maxLength(10))), List.of(),
      new Constraints(Optional.empty(), Optional.empty(), false, false, Optional.empty(), OptionalInt.empty(),
          OptionalInt.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.of(3), true),
      Optional.empty(), Optional.empty(), Optional.empty());
  public static final FieldDef CREATED = new FieldDef("created_at", "Created at", FieldType.DATE_TIME, Optional.empty(),
      false, true, true, false, List.of(), Optional.empty(), List.of(), Constraints.NONE, Optional.empty(),
      Optional.empty(), Optional.empty());
  public static final FieldDef PASSWORD = new FieldDef("password", "Password", FieldType.PASSWORD, Optional.empty(), false,
      false, false, true, List.of(), Optional.empty(), List.of(), Constraints.NONE, Optional.empty(),
      Optional.empty(), Optional.empty());

  /** A list of objects: the steps to fix the ticket, each an action, minutes (1 to 600) and done. */
  public static final FieldDef STEPS = new FieldDef("steps", "Steps", FieldType.ARRAY, Optional.empty(), false, false,
      false, false, List.of(), Optional.of(new FieldDef("steps", "Step", FieldType.OBJECT, Optional.empty(), false,
          false, false, false, List.of(), Optional.empty(), List.of(
              field("action", "Action", FieldType.STRING, true, maxLength(40)),
              new FieldDef("minutes", "Minutes", FieldType.INTEGER, Optional.empty(), false, false, false, false,
                  List.of(), Optional.empty(), List.of(), between(1, 600), Optional.of(15), Optional.empty(),
                  Optional.empty()),
              field("done", "Done", FieldType.BOOLEAN, false, Constraints.NONE).asOptional()),
          Constraints.NONE, Optional.empty(), Optional.empty(), Optional.empty())), List.of(), Constraints.NONE,
      Optional.empty(), Optional.of("What to do, in order"), Optional.empty());

  public static final ResourceDef TICKETS = new ResourceDef("tickets", "Tickets", "tickets", Optional.of("/tickets/"),
      Optional.of("/tickets/{id}"), Optional.of("id"), Optional.of("id"), List.of(), Map.of(), List.of(),
      Optional.empty(),
      List.of(ID, TITLE, NOTES, PRIORITY, STATUS, URGENT, DUE, EMAIL, ADDRESS, TAGS, CREATED),
      List.of(TITLE, NOTES, PRIORITY, STATUS, URGENT, DUE, EMAIL, ADDRESS, TAGS),
      List.of(notRequired(TITLE), NOTES, PRIORITY, STATUS, URGENT, DUE, ADDRESS, TAGS, PASSWORD));

  /** Tickets with {@link #STEPS} too, in every body. */
  public static final ResourceDef TICKETS_WITH_STEPS = new ResourceDef("tickets", "Tickets", "tickets",
      Optional.of("/tickets/"), Optional.of("/tickets/{id}"), Optional.of("id"), Optional.of("id"), List.of(), Map.of(),
      List.of(), Optional.empty(),
      List.of(ID, TITLE, STEPS, CREATED), List.of(TITLE, STEPS), List.of(notRequired(TITLE), STEPS));

  /** A ticket of {@link #TICKETS_WITH_STEPS}: two steps, the first with an id of its own that no column shows. */
  public static Record ticketWithSteps() {
    Map<String, Object> first = new LinkedHashMap<>();
    first.put("id", 101);
    first.put("action", "Unplug it");
    first.put("minutes", 1);
    first.put("done", true);
    Map<String, Object> second = new LinkedHashMap<>();
    second.put("action", "Call the vendor");
    second.put("minutes", 30);
    second.put("done", null);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("id", 8);
    values.put("title", "Printer smokes");
    values.put("steps", List.of(first, second));
    values.put("created_at", "2026-11-24T09:30:00Z");
    return Record.of(values);
  }

  private static FieldDef notRequired(FieldDef f) {
    return new FieldDef(f.name(), f.label(), f.type(), f.format(), f.nullable(), false, f.readOnly(), f.writeOnly(),
        f.enumValues(), f.items(), f.fields(), f.constraints(), f.defaultValue(), f.description(), f.reference());
  }

  public static Record ticket() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("id", 7);
    values.put("title", "Printer on fire");
    values.put("notes", null);
    values.put("priority", 2);
    values.put("status", "open");
    values.put("urgent", true);
    values.put("due", "2026-11-26T16:00:00Z");
    values.put("email", "ada@example.com");
    values.put("address", Map.of("city", "Berlin", "zip", "10115"));
    values.put("tags", List.of("hardware"));
    values.put("created_at", "2026-11-24T09:30:00Z");
    return Record.of(values);
  }
}
