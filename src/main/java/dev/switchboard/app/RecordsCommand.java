package dev.switchboard.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.data.ActionResult;
import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.Filter;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Page;
import dev.switchboard.data.Paging;
import dev.switchboard.data.Record;
import dev.switchboard.data.RecordClient;
import dev.switchboard.data.Sort;
import dev.switchboard.model.ActionDef;
import dev.switchboard.model.FieldDef;
import dev.switchboard.model.ListCapabilities;
import dev.switchboard.model.ResourceDef;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code switchboard records list|get|create|update|delete|action <url> <resource> ...}: the data layer on the
 * command line. {@code <url>} is a backend's address or its document (see DocumentDiscovery). Exit codes: 0 on
 * success, 1 when the server refused (it answered 4xx or 5xx), 2 for a usage mistake or when the server could
 * not be reached. Errors are one line on stderr, prefixed {@code switchboard records: }, then the server's
 * complaints about single fields, one a line.
 */
@Command(
    name = "records",
    mixinStandardHelpOptions = true,
    description = "List, read, create, change and delete a backend's records, from the command line.",
    footer = {"", "Exit codes: 0 success, 1 the server refused (HTTP 4xx/5xx), 2 usage or connection error."},
    subcommands = {
        RecordsCommand.ListRecords.class, RecordsCommand.GetRecord.class, RecordsCommand.CreateRecord.class,
        RecordsCommand.UpdateRecord.class, RecordsCommand.DeleteRecord.class, RecordsCommand.RunAction.class})
final class RecordsCommand {

  static final String PREFIX = "switchboard records: ";

  /** What every subcommand shares: the URL, the resource, the connection options, and the error handling. */
  abstract static class Base implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<url>",
        description = "The backend's address (http://localhost:8000), its OpenAPI document's URL, or a file.")
    String url;

    @Parameters(index = "1", paramLabel = "<resource>", description = "A resource by name or label (calls).")
    String resourceName;

    @Mixin
    RecordsOptions options;

    @Override
    public final Integer call() {
      return execute(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Runs the command as read (by picocli or by {@link RecordsLine}); answers the exit code. */
    final int execute(PrintWriter out, PrintWriter err) {
      try (RecordsSession session = RecordsSession.open(url, options)) {
        ResourceDef resource = session.resource(resourceName);
        run(session, resource, out, err);
        return 0;
      } catch (UsageException e) {
        err.println(PREFIX + e.getMessage());
        return 2;
      } catch (ApiProblem problem) {
        err.println(PREFIX + problem.getMessage());
        for (ApiProblem.FieldError field : problem.fieldErrors()) {
          err.println("  " + (field.field().isEmpty() ? "(request)" : field.field()) + ": " + field.message());
        }
        return problem.status().isPresent() ? 1 : 2;
      } catch (IOException | UncheckedIOException e) {
        err.println(PREFIX + "could not write the output (" + e.getMessage() + ").");
        return 2;
      } finally {
        err.flush();
      }
    }

    abstract void run(RecordsSession session, ResourceDef resource, PrintWriter out, PrintWriter err)
        throws UsageException, IOException;

    /** The fields a table or CSV shows: the record's readable fields in model order. */
    static List<String> columns(ResourceDef resource) {
      return resource.fields().stream().filter(f -> !f.writeOnly()).map(FieldDef::name).toList();
    }
  }

  /** A single-record command's output format, json by default. */
  abstract static class SingleBase extends Base {
    // Defaults are the fields' own values, which picocli shows and keeps: RecordsLine creates commands too.
    @Option(names = "--format", paramLabel = "json|table|csv",
        description = "json (default), table (field  value lines) or csv.")
    RecordWriter.Format format = RecordWriter.Format.JSON;

    void print(PrintWriter out, ResourceDef resource, Record record) throws IOException {
      RecordWriter.single(format, out, record.values(), columns(resource));
    }
  }

  /** A JSON body from {@code --data '{...}'}, {@code --data @file.json} or {@code --data @-} (stdin). */
  abstract static class WithData extends SingleBase {
    @Option(names = {"-d", "--data"}, paramLabel = "'{json}'|@file",
        description = "The JSON object to send, inline, from @file.json, or @- for standard input.")
    String data;

    Map<String, Object> body(boolean required) throws UsageException {
      if (data == null) {
        if (required) {
          throw new UsageException("--data is needed: the JSON object to send, such as --data '{\"notes\": \"...\"}'"
              + " or --data @call.json.");
        }
        return Map.of();
      }
      String text;
      String where;
      if (data.startsWith("@")) {
        String file = data.substring(1);
        where = file.equals("-") ? "standard input" : file;
        try {
          text = file.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
              : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
          throw new UsageException("--data @" + file + ": no such file.");
        } catch (IOException | java.nio.file.InvalidPathException e) {
          throw new UsageException("--data @" + file + " could not be read (" + e.getMessage() + ").");
        }
      } else {
        text = data;
        where = "--data";
      }
      Object parsed;
      try {
        parsed = RecordWriter.json().readValue(text, Object.class);
      } catch (JsonProcessingException e) {
        throw new UsageException(where + " is not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse("")
            + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")") + ".");
      }
      if (!(parsed instanceof Map<?, ?> map)) {
        throw new UsageException(where + " must be a JSON object ({\"field\": value, ...}).");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> values = (Map<String, Object>) map;
      return values;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "List records: one page, or every page with --all (streamed as it arrives).")
  static final class ListRecords extends Base {

    @Option(names = "--filter", paramLabel = "field[:op]=value", description = "Narrow the list: status=missed,"
        + " status:in=missed,voicemail, started_at:gte=2026-11-01T00:00:00Z (op: eq, neq, in, gt, gte, lt, lte,"
        + " like, ilike, isnull); may be repeated.")
    List<String> filters = List.of();

    @Option(names = "--sort", paramLabel = "[-]field", description = "Sort by a field, '-' for descending; may be"
        + " repeated (--sort -started_at --sort status).")
    List<String> sorts = List.of();

    @Option(names = "--search", paramLabel = "TEXT", description = "Free-text search, where the list has one.")
    String search;

    @ArgGroup(exclusive = true)
    Position position;

    static final class Position {
      @Option(names = "--page", paramLabel = "N", description = "The page to show, from 1 (default 1).")
      Integer page;

      @Option(names = "--cursor", paramLabel = "C", description = "The cursor of the page to show.")
      String cursor;
    }

    @Option(names = "--size", paramLabel = "N", description = "Records per page (default: ${DEFAULT-VALUE}).")
    int size = ListQuery.DEFAULT_PAGE_SIZE;

    @Option(names = "--all", description = "Every page, from the one asked for to the end.")
    boolean all;

    @Option(names = "--prefetch", paramLabel = "N",
        description = "With --all over numbered pages, how many pages to ask for ahead of the one printing"
            + " (default: ${DEFAULT-VALUE}; 1 asks for the next page only).")
    int prefetch = 4;

    @Option(names = "--format", paramLabel = "table|json|csv",
        description = "table (default), json (one array) or csv.")
    RecordWriter.Format format = RecordWriter.Format.TABLE;

    @Override
    void run(RecordsSession session, ResourceDef resource, PrintWriter out, PrintWriter err)
        throws UsageException, IOException {
      ListCapabilities list = resource.list().orElseThrow(() -> new UsageException(resource.name()
          + " cannot be listed: the API has no list operation for it."));
      if (prefetch < 1 || prefetch > 16) {
        throw new UsageException("--prefetch " + prefetch + " must be between 1 and 16.");
      }
      if (size < 1) {
        throw new UsageException("--size " + size + " must be 1 or more.");
      }
      int page = position != null && position.page != null ? position.page : 1;
      if (page < 1) {
        throw new UsageException("--page " + page + " must be 1 or more.");
      }
      List<Filter> parsed = new ArrayList<>();
      for (String filter : filters) {
        parsed.add(ListArguments.filter(filter, list, resource.name()));
      }
      List<Sort> sortKeys = sorts.stream().map(Sort::parse).toList();
      for (Sort key : sortKeys) {
        if (key.field().isBlank()) {
          throw new UsageException("--sort needs a field name, such as --sort -started_at.");
        }
      }
      ListQuery query = new ListQuery(page, Optional.ofNullable(position == null ? null : position.cursor), size,
          sortKeys, parsed, Optional.ofNullable(search));
      if (format == RecordWriter.Format.JSON) {
        // Records go out as the server's JSON, never read into maps: a long --all list is mostly this.
        stream(q -> session.listJson(resource, q), RecordWriter.jsonList(out), resource, query, out, err);
      } else {
        RecordClient client = session.records();
        stream(q -> client.list(resource, q), RecordWriter.list(format, out, columns(resource)).from(Page::records),
            resource, query, out, err);
      }
    }

    /**
     * Prints pages as they arrive, in order. With --all the next pages are asked for before the current one is
     * printed: by cursor, one ahead; by number with a known total, up to --prefetch ahead (never past the last
     * page). At most that many pages are held at a time, so memory stays flat however long the list.
     */
    private <P extends Paging> void stream(Function<ListQuery, CompletableFuture<P>> pages,
        RecordWriter.ListSink<P> sink, ResourceDef resource, ListQuery first, PrintWriter out, PrintWriter err)
        throws IOException {
      boolean progress = all && System.console() != null;
      ArrayDeque<Map.Entry<ListQuery, CompletableFuture<P>>> inFlight = new ArrayDeque<>();
      inFlight.add(Map.entry(first, pages.apply(first)));
      ListQuery query = first;
      long printed = 0;
      P page;
      try {
        while (true) {
          var head = inFlight.poll();
          query = head.getKey();
          page = RecordsSession.await(head.getValue());
          boolean more = all && page.hasNext() && page.size() > 0;
          if (!more) {
            cancel(inFlight);
          } else if (page.nextCursor().isPresent() || query.cursor().isPresent() || page.total().isEmpty()) {
            // The next page is known only from this one: ask for it now, print this one meanwhile.
            cancel(inFlight);
            ListQuery next = query.next(page);
            inFlight.add(Map.entry(next, pages.apply(next)));
          } else {
            long lastPage = (page.total().getAsLong() + query.pageSize() - 1) / query.pageSize();
            ListQuery last = inFlight.isEmpty() ? query : inFlight.peekLast().getKey();
            while (inFlight.size() < prefetch && last.page() < lastPage) {
              last = last.withPage(last.page() + 1);
              inFlight.add(Map.entry(last, pages.apply(last)));
            }
            more = !inFlight.isEmpty();
          }
          sink.page(page);
          printed += page.size();
          if (progress) {
            err.print("\r" + resource.name() + ": " + count(printed)
                + (page.total().isPresent() ? " of " + count(page.total().getAsLong()) : "") + " records");
            err.flush();
          }
          if (!more) {
            break;
          }
          if (out.checkError()) {
            // The reader went away (| head): stop asking for more.
            cancel(inFlight);
            break;
          }
        }
      } finally {
        cancel(inFlight);
      }
      if (progress) {
        err.println();
      }
      sink.end(note(resource, first, query, page, printed));
    }

    private static <P> void cancel(ArrayDeque<Map.Entry<ListQuery, CompletableFuture<P>>> inFlight) {
      inFlight.forEach(e -> e.getValue().cancel(true));
      inFlight.clear();
    }

    private String note(ResourceDef resource, ListQuery first, ListQuery last, Paging page, long printed) {
      String total = page.total().isPresent() ? " of " + count(page.total().getAsLong()) : "";
      if (all || !page.hasNext()) {
        return printed == 0 ? "No " + resource.name() + "." : count(printed) + (all ? "" : total) + " "
            + resource.name() + ".";
      }
      String more = page.nextCursor().map(c -> "--cursor " + c).orElse("--page " + (last.page() + 1));
      long from = first.cursor().isPresent() ? 1 : first.offset() + 1;
      return count(from) + "-" + count(from + printed - 1) + total + " " + resource.name() + "; more with " + more
          + " or --all.";
    }

    private static String count(long n) {
      return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }
  }

  @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one record.")
  static final class GetRecord extends SingleBase {
    @Parameters(index = "2", paramLabel = "<id>", description = "The record's id.")
    String id;

    @Override
    void run(RecordsSession session, ResourceDef resource, PrintWriter out, PrintWriter err)
        throws IOException {
      print(out, resource, RecordsSession.await(session.records().get(resource, id)));
    }
  }

  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Create a record from --data; prints it as the server stored it.")
  static final class CreateRecord extends WithData {
    @Override
    void run(RecordsSession session, ResourceDef resource, PrintWriter out, PrintWriter err)
        throws UsageException, IOException {
      print(out, resource, RecordsSession.await(session.records().create(resource, body(true))));
    }
  }

  @Command(name = "update", mixinStandardHelpOptions = true,
      description = "Change a record: reads it, then sends the changes in --data (PATCH, or PUT of the whole"
          + " record where the API only has PUT); prints the changed record.")
  static final class UpdateRecord extends WithData {
    @Parameters(index = "2", paramLabel = "<id>", description = "The record's id.")
    String id;

    @Override
    void run(RecordsSession session, ResourceDef resource, PrintWriter out, PrintWriter err)
        throws UsageException, IOException {
      Map<String, Object> changes = body(true);
      Record current = RecordsSession.await(session.records().get(resource, id));
      print(out, resource, RecordsSession.await(session.records().update(resource, current, changes)));
    }
  }

  @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a record.")
  static final class DeleteRecord extends Base {
    @Parameters(index = "2", paramLabel = "<id>", description = "The record's id.")
    String id;

    @Override
    void run(RecordsSession session, ResourceDef resource, PrintWriter out, PrintWriter err) {
      RecordsSession.await(session.records().delete(resource, id));
    }
  }

  @Command(name = "action", mixinStandardHelpOptions = true,
      description = "Run one of a resource's actions (transfer, close, reset-password); prints what it answered.")
  static final class RunAction extends WithData {
    @Parameters(index = "2", paramLabel = "<action>", description = "The action's name.")
    String actionName;

    @Parameters(index = "3", arity = "0..1", paramLabel = "<id>",
        description = "The record's id, for actions on one record.")
    String id;

    @Override
    void run(RecordsSession session, ResourceDef resource, PrintWriter out, PrintWriter err)
        throws UsageException, IOException {
      ActionDef action = RecordsSession.action(resource, actionName);
      if (action.target() == ActionDef.Target.ITEM && id == null) {
        throw new UsageException(action.name() + " acts on one " + resource.name() + " record: give its id after"
            + " the action name.");
      }
      if (action.target() == ActionDef.Target.COLLECTION && id != null) {
        throw new UsageException(action.name() + " acts on all of " + resource.name() + ", not on one record:"
            + " leave out the id.");
      }
      Map<String, Object> body = body(false);
      ActionResult result = RecordsSession.await(session.records().action(resource, action.name(),
          Optional.ofNullable(id), body));
      if (result.record().isPresent()) {
        print(out, resource, result.record().get());
      } else if (result.body().isPresent() && result.body().get() != null) {
        RecordWriter.value(out, result.body().get());
      }
    }
  }
}
