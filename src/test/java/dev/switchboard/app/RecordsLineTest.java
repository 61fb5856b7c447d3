package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** RecordsLine reads what picocli reads, to the same values, and leaves picocli everything else. */
class RecordsLineTest {

  private static final Set<String> PICOCLIS_OWN = Set.of("-h", "--help", "-V", "--version");

  /** The arguments each command needs before its options. */
  private static final Map<String, List<String>> ARGUMENTS = Map.of(
      "list", List.of("http://127.0.0.1:8123", "calls"),
      "get", List.of("http://127.0.0.1:8123", "calls", "42"),
      "create", List.of("http://127.0.0.1:8123", "calls"),
      "update", List.of("http://127.0.0.1:8123", "calls", "42"),
      "delete", List.of("http://127.0.0.1:8123", "calls", "42"),
      "action", List.of("http://127.0.0.1:8123", "calls", "transfer", "42"));

  private static CommandLine picocli() {
    return new CommandLine(new RecordsCommand()).setCaseInsensitiveEnumValuesAllowed(true).setExpandAtFiles(false);
  }

  /** The command picocli makes of a line (without the leading "records"), as field values. */
  private static Map<String, Object> byPicocli(List<String> line) {
    CommandLine.ParseResult parsed = picocli().parseArgs(line.subList(1, line.size()).toArray(String[]::new));
    return values(parsed.subcommand().commandSpec().userObject());
  }

  private static Optional<Map<String, Object>> byRecordsLine(List<String> line) {
    return RecordsLine.read(line.toArray(String[]::new)).map(RecordsLineTest::values);
  }

  /** Every field picocli fills, through the class hierarchy, the options mixin and the --page/--cursor group. */
  private static Map<String, Object> values(Object command) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Class<?> type = command.getClass(); type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.getName().equals("spec")) {
          continue;
        }
        try {
          field.setAccessible(true);
          Object value = field.get(command);
          boolean nested = value instanceof RecordsOptions || value instanceof RecordsCommand.ListRecords.Position;
          values.put(type.getSimpleName() + "." + field.getName(), nested ? values(value) : value);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return values;
  }

  private static List<String> line(String command, String... options) {
    List<String> line = new ArrayList<>(List.of("records", command));
    line.addAll(ARGUMENTS.get(command));
    line.addAll(List.of(options));
    return line;
  }

  private static String sampleValue(OptionSpec option) {
    Class<?> type = option.type();
    if (type == int.class || type == Integer.class) {
      return "7";
    }
    return type == RecordWriter.Format.class ? "Csv" : "value-of" + option.longestName();
  }

  @Test
  void everyOptionOfEveryCommandIsReadAsPicocliReadsIt() {
    Set<String> everyName = new TreeSet<>();
    Map<String, CommandSpec> commands = picocli().getCommandSpec().subcommands().entrySet().stream()
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getCommandSpec()));
    commands.values().forEach(spec -> spec.options().forEach(o -> everyName.addAll(List.of(o.names()))));
    everyName.removeAll(PICOCLIS_OWN);
    assertThat(commands.keySet()).containsExactlyInAnyOrderElementsOf(ARGUMENTS.keySet());

    for (Map.Entry<String, CommandSpec> command : commands.entrySet()) {
      for (String name : everyName) {
        OptionSpec option = command.getValue().findOption(name);
        String[] written = option == null ? new String[] {name, "x"}
            : option.arity().max() == 0 ? new String[] {name} : new String[] {name, sampleValue(option)};
        List<String> line = line(command.getKey(), written);
        if (option == null) {
          assertThat(byRecordsLine(line)).as("%s is not an option of %s", name, command.getKey()).isEmpty();
        } else {
          assertThat(byRecordsLine(line)).as(String.join(" ", line)).contains(byPicocli(line));
        }
      }
    }
  }

  @Test
  void plainLinesComeOutAsPicocliMakesThem() {
    List<List<String>> lines = List.of(
        line("list"),
        line("list", "--all", "--size", "100", "--format", "json", "--user", "admin", "--password", "pw"),
        line("list", "--filter", "status=missed", "--filter=agent_id:isnull=true", "--sort", "started_at",
            "--sort=-status", "--search", "late", "--page", "3", "-u", "agent", "-p", "x", "--scope", "calls:read",
            "--scope", "users:read", "-H", "X-Tenant: 4", "--header=X-Trace: on", "--timeout", "5"),
        line("list", "--cursor", "abc", "--prefetch=2", "--format=CSV", "--token", "t"),
        List.of("records", "list", "--api-key", "k", "http://h/openapi.json", "--size", "9", "users"),
        line("get", "--format", "table", "--password-env", "PW", "--user", "u"),
        line("create", "--data", "{\"notes\": \"-\"}"),
        line("create", "-d", "@call.json", "--format", "csv"),
        line("update", "--data=@-"),
        line("delete", "--timeout=60"),
        line("action"),
        List.of("records", "action", "http://h", "calls", "close-all", "--data", "{}"));
    for (List<String> line : lines) {
      assertThat(byRecordsLine(line)).as(String.join(" ", line)).contains(byPicocli(line));
    }
  }

  @Test
  void everyOtherLineIsLeftToPicocli() {
    List<List<String>> lines = List.of(
        List.of("records"),
        List.of("records", "list"),
        List.of("records", "show", "http://h", "calls"),
        List.of("describe", "http://h"),
        List.of("--theme", "dark", "records", "list", "http://h", "calls"),
        line("list", "--help"),
        line("get", "-h"),
        line("list", "-V"),
        List.of("records", "get", "http://h", "calls"),
        List.of("records", "list", "http://h", "calls", "extra"),
        line("list", "--sort", "-started_at"),
        line("list", "--size", "10", "--size", "20"),
        line("list", "--page", "2", "--cursor", "c"),
        line("list", "--page", "two"),
        line("list", "--size", "+5"),
        line("list", "--format", "xml"),
        line("list", "--all=true"),
        line("list", "--all", "--all"),
        line("list", "-uadmin"),
        line("list", "--user"),
        line("list", "--", "x"),
        line("get", "--all"),
        line("delete", "--format", "json"),
        line("list", "--data", "{}"),
        List.of("records", "list", "-", "calls"));
    for (List<String> line : lines) {
      assertThat(RecordsLine.read(line.toArray(String[]::new))).as(String.join(" ", line)).isEmpty();
    }
  }
}
