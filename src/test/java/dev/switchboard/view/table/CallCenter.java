package dev.switchboard.view.table;

import dev.switchboard.data.Record;
import dev.switchboard.model.AdminApi;
import dev.switchboard.model.Constraints;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.FieldType;
import dev.switchboard.model.FilterDef;
import dev.switchboard.model.FilterOp;
import dev.switchboard.model.ListCapabilities;
import dev.switchboard.model.OperationDef;
import dev.switchboard.model.OperationKind;
import dev.switchboard.model.Pagination;
import dev.switchboard.model.PagingStyle;
import dev.switchboard.model.Reference;
import dev.switchboard.model.ResourceDef;
import dev.switchboard.model.SecurityRequirements;
import dev.switchboard.model.SortDef;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A call center as the model sees it (calls that refer to users), and its records: the shape of the demo
 * backend, built by hand so view tests need no document and no server.
 */
public final class CallCenter {

  public static final List<String> STATUSES = List.of("ringing", "in_progress", "completed", "missed",
      "voicemail", "follow_up");
  public static final String[][] AGENTS = {{"1", "Dana Scully"}, {"2", "Fox Mulder"}, {"3", "Walter Skinner"},
      {"4", "Monica Reyes"}, {"5", "John Doggett"}, {"6", "Jeffrey Spender"}};

  public static final FieldDef CALLER = field("caller", "Caller", FieldType.OBJECT, true)
      .fields(List.of(field("name", "Name", FieldType.STRING, false).def(), field("company", "Company",
          FieldType.STRING, false).def(), field("country", "Country", FieldType.STRING, false).def()));

  public static final ResourceDef USERS = resource("users", "Users", List.of(
      field("id", "Id", FieldType.INTEGER, false).readOnly().def(),
      field("username", "Username", FieldType.STRING, false).def(),
      field("full_name", "Full name", FieldType.STRING, true).def(),
      field("email", "Email", FieldType.EMAIL, false).def(),
      field("role", "Role", FieldType.ENUM, false).values(List.of("admin", "agent", "viewer")).def(),
      field("is_active", "Is active", FieldType.BOOLEAN, false).def()), Optional.of(new ListCapabilities(
          new Pagination(PagingStyle.SKIP_LIMIT, Map.of("skip", "skip", "limit", "limit"), Optional.empty(),
              Optional.empty(), Optional.empty()),
          Optional.empty(), Optional.of("q"), List.of())));

  public static final ResourceDef CALLS = resource("calls", "Calls", List.of(
      field("id", "Id", FieldType.STRING, false).readOnly().def(),
      field("direction", "Direction", FieldType.ENUM, false).values(List.of("inbound", "outbound")).def(),
      field("caller_number", "Caller number", FieldType.STRING, false).def(),
      field("agent_id", "Agent", FieldType.INTEGER, true).reference("users").def(),
      field("queue", "Queue", FieldType.STRING, false).def(),
      field("status", "Status", FieldType.ENUM, false).values(STATUSES).def(),
      field("started_at", "Started at", FieldType.DATE_TIME, false).def(),
      field("ended_at", "Ended at", FieldType.DATE_TIME, true).def(),
      field("duration_s", "Duration", FieldType.INTEGER, true).def(),
      field("notes", "Notes", FieldType.TEXT, true).def(),
      field("tags", "Tags", FieldType.ARRAY, false).items(field("tags", "Tags", FieldType.STRING, false).def())
          .def(),
      field("recording_url", "Recording", FieldType.URI, true).def(),
      field("satisfaction", "Satisfaction", FieldType.INTEGER, true).def(),
      CALLER,
      field("access_code", "Access code", FieldType.PASSWORD, true).writeOnly().def(),
      field("created_at", "Created at", FieldType.DATE_TIME, false).readOnly().def()),
      Optional.of(new ListCapabilities(
          new Pagination(PagingStyle.PAGE_SIZE, Map.of("page", "page", "size", "size"), Optional.of("items"),
              Optional.of("total"), Optional.empty()),
          Optional.of(new SortDef("order_by", SortDef.Style.MINUS_PREFIX, true, Optional.empty(),
              List.of("id", "direction", "caller_number", "agent_id", "queue", "status", "started_at", "ended_at",
                  "duration_s", "satisfaction", "created_at"))),
          Optional.of("search"),
          List.of(
              new FilterDef("status", "status", FilterOp.EQ, FieldType.ENUM, STATUSES, false, false),
              new FilterDef("status__in", "status", FilterOp.IN, FieldType.ENUM, STATUSES, true, false),
              new FilterDef("direction", "direction", FilterOp.EQ, FieldType.ENUM, List.of("inbound", "outbound"),
                  false, false),
              new FilterDef("agent_id", "agent_id", FilterOp.EQ, FieldType.INTEGER, List.of(), false, false),
              new FilterDef("queue", "queue", FilterOp.EQ, FieldType.STRING, List.of(), false, false),
              new FilterDef("satisfaction__gte", "satisfaction", FilterOp.GTE, FieldType.INTEGER, List.of(), false,
                  false),
              new FilterDef("started_at__gte", "started_at", FilterOp.GTE, FieldType.DATE_TIME, List.of(), false,
                  false),
              new FilterDef("started_at__lte", "started_at", FilterOp.LTE, FieldType.DATE_TIME, List.of(), false,
                  false)))));

  public static final AdminApi API = new AdminApi("Call center", "1.0", "3.1.0", Optional.empty(), List.of(),
      List.of(CALLS, USERS), List.of());

  /** The calls list of an API that pages by cursor and does not count (the model's paging, nothing else, differs). */
  public static final ResourceDef CURSOR_CALLS = withList(CALLS, new ListCapabilities(
      new Pagination(PagingStyle.CURSOR, Map.of("cursor", "cursor", "limit", "limit"), Optional.of("items"),
          Optional.empty(), Optional.of("next_page")), CALLS.list().orElseThrow().sort(),
      CALLS.list().orElseThrow().searchParam(), CALLS.list().orElseThrow().filters()));

  /** A call center whose users cannot be listed (only read one by one): nothing to pick an agent from. */
  public static final AdminApi UNLISTED_USERS = new AdminApi("Call center", "1.0", "3.1.0", Optional.empty(),
      List.of(), List.of(CALLS, withList(USERS, null)), List.of());

  private CallCenter() {}

  /** {@code count} calls, newest first, with every kind of value (and some nulls, and an agent who left: 99). */
  public static List<Record> calls(int count) {
    String[] queues = {"billing", "support", "sales", "technical"};
    String[] numbers = {"+44 20 7946 0018", "+1 415 555 0142", "+49 30 901820", "+33 1 70 36 39 50"};
    Instant latest = Instant.parse("2026-11-24T16:45:00Z");
    List<Record> calls = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Map<String, Object> call = new LinkedHashMap<>();
      Instant started = latest.minus(i * 47L, ChronoUnit.MINUTES);
      String status = STATUSES.get(i % STATUSES.size());
      boolean ended = !status.equals("ringing") && !status.equals("in_progress");
      long duration = status.equals("missed") ? 0 : 60 + (i * 97L) % 1500;
      call.put("id", String.format("65f0c0ffee%014x", 0x1a2b3c + i));
      call.put("direction", i % 3 == 0 ? "outbound" : "inbound");
      call.put("caller_number", numbers[i % numbers.length]);
      call.put("agent_id", i % 11 == 7 ? null : i % 13 == 5 ? 99L : (long) (1 + i % 6));
      call.put("queue", queues[i % queues.length]);
      call.put("status", status);
      call.put("started_at", started.toString());
      call.put("ended_at", ended ? started.plusSeconds(duration).toString() : null);
      call.put("duration_s", ended ? duration : null);
      call.put("notes", i % 4 == 0 ? "Customer asked about the invoice of last month.\nWill call back tomorrow." : null);
      call.put("tags", i % 5 == 0 ? List.of("vip", "escalated") : i % 2 == 0 ? List.of("callback") : List.of());
      call.put("recording_url", ended ? "https://recordings.example.com/calls/" + (1000 + i) + ".mp3" : null);
      call.put("satisfaction", ended && i % 3 != 1 ? (long) (1 + i % 5) : null);
      call.put("caller", Map.of("name", i % 2 == 0 ? "Ada Lovelace" : "Grace Hopper", "company",
          "Analytical Engines Ltd", "country", "GB"));
      call.put("created_at", started.toString());
      calls.add(Record.wrap(call));
    }
    return calls;
  }

  public static List<Record> users() {
    List<Record> users = new ArrayList<>();
    for (String[] agent : AGENTS) {
      Map<String, Object> user = new LinkedHashMap<>();
      user.put("id", Long.parseLong(agent[0]));
      user.put("username", agent[1].toLowerCase().replace(' ', '.'));
      user.put("full_name", agent[1]);
      user.put("email", agent[1].toLowerCase().replace(' ', '.') + "@example.com");
      user.put("role", "agent");
      user.put("is_active", true);
      users.add(Record.wrap(user));
    }
    return users;
  }

  /** {@code resource} with another list, or none when {@code list} is null. */
  public static ResourceDef withList(ResourceDef r, ListCapabilities list) {
    Map<OperationKind, OperationDef> operations = new LinkedHashMap<>(r.operations());
    if (list == null) {
      operations.remove(OperationKind.LIST);
    }
    return new ResourceDef(r.name(), r.label(), r.tag(), r.collectionPath(), r.itemPath(), r.idParam(), r.idField(),
        r.parentParams(), operations, r.actions(), Optional.ofNullable(list), r.fields(), r.createFields(),
        r.updateFields());
  }

  public static ResourceDef resource(String name, String label, List<FieldDef> fields,
      Optional<ListCapabilities> list) {
    Map<OperationKind, OperationDef> operations = new LinkedHashMap<>();
    operations.put(OperationKind.LIST, new OperationDef(OperationKind.LIST, "GET", "/api/v1/" + name + "/",
        Optional.empty(), Optional.empty(), SecurityRequirements.NONE));
    operations.put(OperationKind.GET, new OperationDef(OperationKind.GET, "GET", "/api/v1/" + name + "/{id}",
        Optional.empty(), Optional.empty(), SecurityRequirements.NONE));
    return new ResourceDef(name, label, name, Optional.of("/api/v1/" + name + "/"),
        Optional.of("/api/v1/" + name + "/{id}"), Optional.of("id"), Optional.of("id"), List.of(), operations,
        List.of(), list, fields, List.of(), List.of());
  }

  /** A field, built in a line per test instead of fifteen constructor arguments. */
  public static Field field(String name, String label, FieldType type, boolean nullable) {
    return new Field(new FieldDef(name, label, type, Optional.empty(), nullable, !nullable, false, false, List.of(),
        Optional.empty(), List.of(), Constraints.NONE, Optional.empty(), Optional.empty(), Optional.empty()));
  }

  public record Field(FieldDef def) {
    Field readOnly() {
      return new Field(new FieldDef(def.name(), def.label(), def.type(), def.format(), def.nullable(),
          def.required(), true, false, def.enumValues(), def.items(), def.fields(), def.constraints(),
          def.defaultValue(), def.description(), def.reference()));
    }

    Field writeOnly() {
      return new Field(new FieldDef(def.name(), def.label(), def.type(), def.format(), def.nullable(),
          def.required(), false, true, def.enumValues(), def.items(), def.fields(), def.constraints(),
          def.defaultValue(), def.description(), def.reference()));
    }

    public Field values(List<String> values) {
      return new Field(def.withEnumValues(values));
    }

    public Field reference(String resource) {
      return new Field(def.withReference(new Reference(resource, "id", Reference.Rule.USER_ROLE_NAME)));
    }

    public Field items(FieldDef items) {
      return new Field(new FieldDef(def.name(), def.label(), def.type(), def.format(), def.nullable(),
          def.required(), def.readOnly(), def.writeOnly(), def.enumValues(), Optional.of(items), def.fields(),
          def.constraints(), def.defaultValue(), def.description(), def.reference()));
    }

    public FieldDef fields(List<FieldDef> nested) {
      return new FieldDef(def.name(), def.label(), def.type(), def.format(), def.nullable(), def.required(),
          def.readOnly(), def.writeOnly(), def.enumValues(), def.items(), nested, def.constraints(),
          def.defaultValue(), def.description(), def.reference());
    }
  }
}
