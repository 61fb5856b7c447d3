package dev.switchboard.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a plain {@code records} command line without picocli: {@code records <command> <arguments> [options]},
 * each option written {@code --name value}, {@code --name=value} or {@code -x value}, each single-valued option
 * once. Picocli reads every other line: help, version, mistakes, short options run together, values starting
 * with {@code -}; and it answers them in its own words, as before.
 *
 * <p>Why: a cold {@code records list} spent about 0.4 s of CPU loading picocli and building its model of every
 * command, a quarter of listing 20,000 records. The option names here must be the annotations' names:
 * {@code RecordsLineTest} checks them against picocli's model of each command, and that both read the same
 * lines to the same values.
 */
final class RecordsLine {

  /** Short names and the long names they stand for. */
  private static final Map<String, String> ALIASES = Map.of("-u", "--user", "-p", "--password", "-H",
      "--header", "-d", "--data");
  /** Options that may be repeated, each time adding a value. */
  private static final Set<String> REPEATED = Set.of("--scope", "--header", "--filter", "--sort");
  private static final String FLAG = "--all";

  private final RecordsCommand.Base command;
  private final Set<String> seen = new HashSet<>();

  private RecordsLine(RecordsCommand.Base command) {
    this.command = command;
    command.options = new RecordsOptions();
  }

  /** The command the line asks for, ready to run; empty when picocli is to read the line. */
  static Optional<RecordsCommand.Base> read(String[] args) {
    if (args.length < 2 || !args[0].equals("records")) {
      return Optional.empty();
    }
    RecordsCommand.Base command = switch (args[1]) {
      case "list" -> new RecordsCommand.ListRecords();
      case "get" -> new RecordsCommand.GetRecord();
      case "create" -> new RecordsCommand.CreateRecord();
      case "update" -> new RecordsCommand.UpdateRecord();
      case "delete" -> new RecordsCommand.DeleteRecord();
      case "action" -> new RecordsCommand.RunAction();
      default -> null;
    };
    if (command == null) {
      return Optional.empty();
    }
    return new RecordsLine(command).readRest(args) ? Optional.of(command) : Optional.empty();
  }

  private boolean readRest(String[] args) {
    List<String> positional = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("-")) {
        positional.add(arg);
        continue;
      }
      String name = arg;
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 2) {
        name = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      name = ALIASES.getOrDefault(name, name);
      if (name.equals(FLAG)) {
        if (value != null || !(command instanceof RecordsCommand.ListRecords list) || !seen.add(name)) {
          return false;
        }
        list.all = true;
        continue;
      }
      if (value == null) {
        if (i + 1 == args.length || args[i + 1].startsWith("-")) {
          return false;
        }
        value = args[++i];
      }
      if (!REPEATED.contains(name) && !seen.add(name) || !option(name, value)) {
        return false;
      }
    }
    return positional(positional);
  }

  /** Sets one option; false when the command has no such option or picocli would refuse the value. */
  private boolean option(String name, String value) {
    RecordsOptions options = command.options;
    switch (name) {
      case "--user" -> options.user = value;
      case "--password" -> options.password = value;
      case "--password-env" -> options.passwordEnv = value;
      case "--scope" -> options.scopes = added(options.scopes, value);
      case "--token" -> options.token = value;
      case "--api-key" -> options.apiKey = value;
      case "--header" -> options.headers = added(options.headers, value);
      case "--timeout" -> {
        Integer seconds = number(value);
        if (seconds == null) {
          return false;
        }
        options.timeoutSeconds = seconds;
      }
      default -> {
        return command instanceof RecordsCommand.ListRecords list ? listOption(list, name, value)
            : singleOption(name, value);
      }
    }
    return true;
  }

  private boolean singleOption(String name, String value) {
    if (name.equals("--format") && command instanceof RecordsCommand.SingleBase single) {
      RecordWriter.Format format = format(value);
      single.format = format;
      return format != null;
    }
    if (name.equals("--data") && command instanceof RecordsCommand.WithData withData) {
      withData.data = value;
      return true;
    }
    return false;
  }

  private static boolean listOption(RecordsCommand.ListRecords list, String name, String value) {
    switch (name) {
      case "--filter" -> list.filters = added(list.filters, value);
      case "--sort" -> list.sorts = added(list.sorts, value);
      case "--search" -> list.search = value;
      case "--format" -> {
        list.format = format(value);
        return list.format != null;
      }
      case "--size", "--prefetch" -> {
        Integer n = number(value);
        if (n == null) {
          return false;
        }
        if (name.equals("--size")) {
          list.size = n;
        } else {
          list.prefetch = n;
        }
      }
      case "--page", "--cursor" -> {
        // The two exclude each other: picocli says so when both are given.
        if (list.position != null) {
          return false;
        }
        list.position = new RecordsCommand.ListRecords.Position();
        if (name.equals("--cursor")) {
          list.position.cursor = value;
          return true;
        }
        list.position.page = number(value);
        return list.position.page != null;
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /** The arguments in their order; any other count is picocli's to explain. */
  private boolean positional(List<String> values) {
    int count = values.size();
    boolean itemCommand = !(command instanceof RecordsCommand.ListRecords
        || command instanceof RecordsCommand.CreateRecord);
    int needed = itemCommand ? 3 : 2;
    boolean optionalLast = command instanceof RecordsCommand.RunAction;
    if (count != needed && !(optionalLast && count == needed + 1)) {
      return false;
    }
    command.url = values.get(0);
    command.resourceName = values.get(1);
    if (command instanceof RecordsCommand.GetRecord get) {
      get.id = values.get(2);
    } else if (command instanceof RecordsCommand.UpdateRecord update) {
      update.id = values.get(2);
    } else if (command instanceof RecordsCommand.DeleteRecord delete) {
      delete.id = values.get(2);
    } else if (command instanceof RecordsCommand.RunAction action) {
      action.actionName = values.get(2);
      action.id = count > 3 ? values.get(3) : null;
    }
    return true;
  }

  private static List<String> added(List<String> values, String value) {
    List<String> more = new ArrayList<>(values);
    more.add(value);
    return more;
  }

  /** A whole number as picocli reads one; null for anything but plain digits (picocli reads those itself). */
  private static Integer number(String text) {
    if (text.isEmpty() || text.length() > 9) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return null;
      }
    }
    return Integer.valueOf(text);
  }

  private static RecordWriter.Format format(String text) {
    for (RecordWriter.Format format : RecordWriter.Format.values()) {
      if (format.name().equalsIgnoreCase(text)) {
        return format;
      }
    }
    return null;
  }
}
