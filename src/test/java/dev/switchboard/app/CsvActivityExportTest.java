package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.switchboard.viewmodel.ActivityEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvActivityExportTest {

  @TempDir
  Path folder;

  @Test
  void commasQuotesAndLineBreaksSurviveARoundTripAndPlainValuesStayUnquoted() throws Exception {
    ActivityEntry entry = new ActivityEntry(Instant.parse("2026-11-24T10:00:00Z"), "http://backend.test", "agent",
        "calls", "42", "Smith, \"Ada\"", "Update",
        List.of(new ActivityEntry.Change("notes", "Notes", "", "line one\nline \"two\", done"),
            new ActivityEntry.Change("password", "Password", ActivityEntry.MASK, ActivityEntry.MASK)),
        Optional.of("Status: must be one of open, closed."));
    Path file = folder.resolve("activity.csv");

    new CsvActivityExport(Runnable::run, ZoneOffset.UTC).write(List.of(entry), file).join();

    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFtime,backend,user,resource,record id,record,operation,changes,result\n")
        .contains(",http://backend.test,agent,calls,42,");
    List<List<String>> rows;
    try (MappingIterator<List<String>> read = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .readerForListOf(String.class).readValues(text.substring(1))) {
      rows = read.readAll();
    }
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1)).containsExactly("2026-11-24T10:00:00Z", "http://backend.test", "agent", "calls", "42",
        "Smith, \"Ada\"", "Update", "Notes: (empty) → line one\nline \"two\", done\nPassword: •••••• → ••••••",
        "Status: must be one of open, closed.");
  }
}
