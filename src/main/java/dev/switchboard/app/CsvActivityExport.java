package dev.switchboard.app;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.switchboard.viewmodel.ActivityEntry;
import dev.switchboard.viewmodel.ActivityExport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * Activity entries as CSV (RFC 4180, quoted by Jackson's CSV writer): one row per entry with a header, times in
 * ISO 8601 with the user's offset, the changes as "Label: before → after" lines in one cell. Written with a
 * byte-order mark so spreadsheet programs read the UTF-8 (the masked secrets' dots) right.
 */
final class CsvActivityExport implements ActivityExport {

  static final List<String> COLUMNS = List.of("time", "backend", "user", "resource", "record id", "record",
      "operation", "changes", "result");

  private final Executor executor;
  private final ZoneId zone;

  CsvActivityExport(Executor executor, ZoneId zone) {
    this.executor = executor;
    this.zone = zone;
  }

  @Override
  public CompletableFuture<Void> write(List<ActivityEntry> entries, Path file) {
    return CompletableFuture.runAsync(() -> {
      CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
      COLUMNS.forEach(schema::addColumn);
      List<List<String>> rows = new ArrayList<>();
      for (ActivityEntry entry : entries) {
        rows.add(List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(entry.time().atZone(zone)), entry.backend(),
            entry.user(), entry.resource(), entry.recordId(), entry.recordLabel(), entry.operation(),
            changes(entry), entry.result()));
      }
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write('\uFEFF');
        // quotes only the values that need it (commas, quotes, line breaks), so the file reads well as text too
        new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writer(schema.build()).writeValues(out).writeAll(rows).close();
      } catch (IOException e) {
        throw new UncheckedIOException(e.getMessage() == null ? file.toString() : e.getMessage(), e);
      }
    }, executor);
  }

  private static String shown(String value) {
    return value.isEmpty() ? "(empty)" : value;
  }

  private static String changes(ActivityEntry entry) {
    return entry.changes().stream().map(c -> c.label() + ": " + shown(c.before()) + " → " + shown(c.after()))
        .collect(Collectors.joining("\n"));
  }
}
