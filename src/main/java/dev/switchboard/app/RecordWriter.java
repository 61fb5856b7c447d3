package dev.switchboard.app;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.switchboard.data.Record;
import dev.switchboard.http.JsonPage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints records as a table (aligned columns, long values shortened, nested values as compact JSON), JSON
 * (a list as one array, written as its pages arrive, one record a line; a single record indented) or CSV
 * (RFC 4180: CRLF line ends, quoted where needed, nested values as JSON text).
 *
 * <p>A list is written page by page through a {@link ListSink}: nothing but the current page is held, so a
 * list of any length prints in constant memory; the table takes its column widths from the first page.
 */
final class RecordWriter {

  enum Format { TABLE, JSON, CSV }

  /** Table cells longer than this are shortened with an ellipsis. */
  static final int MAX_CELL = 40;

  private RecordWriter() {}

  /** The mapper for single records, nested cells and --data, made the first time one of those needs it. */
  static JsonMapper json() {
    return Mapper.JSON;
  }

  private static final class Mapper {
    static final JsonMapper JSON = JsonMapper.builder()
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
        .build();
  }

  /** Where the pages of one list go. */
  interface ListSink<P> {
    void page(P page) throws IOException;

    /** Ends the list; {@code note} (more pages, the total) is shown by the table only. */
    void end(String note) throws IOException;

    /** This sink, fed with a part of each page (a {@link dev.switchboard.data.Page}'s records). */
    default <Q> ListSink<Q> from(java.util.function.Function<Q, ? extends P> part) {
      ListSink<P> whole = this;
      return new ListSink<>() {
        @Override
        public void page(Q page) throws IOException {
          whole.page(part.apply(page));
        }

        @Override
        public void end(String note) throws IOException {
          whole.end(note);
        }
      };
    }
  }

  /** A table or CSV list, written from records; JSON lists are written from {@link #jsonList}'s pages. */
  static ListSink<List<Record>> list(Format format, PrintWriter out, List<String> columns) {
    return switch (format) {
      case CSV -> new CsvSink(out, columns);
      case TABLE -> new TableSink(out, columns);
      case JSON -> throw new IllegalArgumentException("a JSON list is written from its pages' JSON: jsonList");
    };
  }

  /** A JSON list: one array over all pages, a record a line, each record as its page holds it. */
  static ListSink<JsonPage> jsonList(PrintWriter out) {
    return new JsonSink(out);
  }

  /** One record: indented JSON, {@code field  value} lines, or a CSV header and row. */
  static void single(Format format, PrintWriter out, Map<String, Object> values, List<String> columns)
      throws IOException {
    switch (format) {
      case JSON -> {
        json().writerWithDefaultPrettyPrinter().writeValue(out, values);
        out.println();
      }
      case CSV -> {
        ListSink<List<Record>> sink = new CsvSink(out, columns);
        sink.page(List.of(Record.wrap(values)));
        sink.end("");
      }
      case TABLE -> {
        List<String> names = columnsOf(columns, values);
        int width = names.stream().mapToInt(String::length).max().orElse(0);
        for (String name : names) {
          out.print(pad(name, width));
          out.print("  ");
          out.println(cell(values.get(name)));
        }
      }
    }
    out.flush();
  }

  /** Any other value (an action's plain answer): as JSON. */
  static void value(PrintWriter out, Object value) throws IOException {
    json().writerWithDefaultPrettyPrinter().writeValue(out, value);
    out.println();
    out.flush();
  }

  private static List<String> columnsOf(List<String> columns, Map<String, Object> first) {
    return columns.isEmpty() ? new ArrayList<>(first.keySet()) : columns;
  }

  /** A value as one table or CSV cell: text as is, whole doubles without ".0", nested values as JSON. */
  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue());
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      try {
        return json().writeValueAsString(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return String.valueOf(value);
  }

  /** A table cell: on one line, shortened to {@link #MAX_CELL} characters. */
  static String cell(Object value) {
    String text = text(value);
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < ' ' || c == 0x7f) {
        if (b == null) {
          b = new StringBuilder(text);
        }
        b.setCharAt(i, ' ');
      }
    }
    return b == null ? text : b.toString();
  }

  static String shorten(String text, int width) {
    return text.length() <= width ? text : text.substring(0, Math.max(0, width - 1)) + "…";
  }

  static String pad(String text, int width) {
    if (text.length() >= width) {
      return text;
    }
    return text + " ".repeat(width - text.length());
  }

  /**
   * One JSON array over all pages, a record a line. Records are copied from their pages' text, which is the
   * compact JSON Jackson writes of them (see {@link JsonPage}); only the brackets and line breaks are written here.
   */
  private static final class JsonSink implements ListSink<JsonPage> {
    private final PrintWriter out;
    private boolean empty = true;

    JsonSink(PrintWriter out) {
      this.out = out;
      out.write('[');
    }

    @Override
    public void page(JsonPage page) throws IOException {
      for (int i = 0; i < page.size(); i++) {
        out.write(empty ? "\n" : ",\n");
        empty = false;
        page.writeRecord(i, out);
      }
      out.flush();
    }

    @Override
    public void end(String note) {
      out.write(empty ? "]" : "\n]");
      out.println();
      out.flush();
    }
  }

  /** CSV, RFC 4180: a header line, then a line per record, CRLF. */
  private static final class CsvSink implements ListSink<List<Record>> {
    private final PrintWriter out;
    private List<String> columns;
    private final StringBuilder line = new StringBuilder(256);

    CsvSink(PrintWriter out, List<String> columns) {
      this.out = out;
      this.columns = columns.isEmpty() ? null : columns;
      if (this.columns != null) {
        header();
      }
    }

    private void header() {
      line.setLength(0);
      for (int i = 0; i < columns.size(); i++) {
        if (i > 0) {
          line.append(',');
        }
        quote(columns.get(i));
      }
      out.append(line).append("\r\n");
    }

    @Override
    public void page(List<Record> records) {
      for (Record record : records) {
        if (columns == null) {
          columns = new ArrayList<>(record.values().keySet());
          header();
        }
        line.setLength(0);
        Map<String, Object> values = record.values();
        for (int i = 0; i < columns.size(); i++) {
          if (i > 0) {
            line.append(',');
          }
          quote(text(values.get(columns.get(i))));
        }
        out.append(line).append("\r\n");
      }
      out.flush();
    }

    private void quote(String text) {
      boolean needs = false;
      for (int i = 0; i < text.length() && !needs; i++) {
        char c = text.charAt(i);
        needs = c == ',' || c == '"' || c == '\r' || c == '\n';
      }
      if (!needs) {
        line.append(text);
        return;
      }
      line.append('"');
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"') {
          line.append('"');
        }
        line.append(c);
      }
      line.append('"');
    }

    @Override
    public void end(String note) {
      out.flush();
    }
  }

  /** Aligned columns; widths from the header and the first page, at most {@link #MAX_CELL}. */
  private static final class TableSink implements ListSink<List<Record>> {
    private final PrintWriter out;
    private List<String> columns;
    private int[] widths;
    private final StringBuilder line = new StringBuilder(256);

    TableSink(PrintWriter out, List<String> columns) {
      this.out = out;
      this.columns = columns.isEmpty() ? null : columns;
    }

    @Override
    public void page(List<Record> records) {
      if (records.isEmpty()) {
        return;
      }
      if (widths == null) {
        if (columns == null) {
          columns = new ArrayList<>(records.get(0).values().keySet());
        }
        widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
          int w = columns.get(i).length();
          for (Record record : records) {
            w = Math.max(w, Math.min(MAX_CELL, cell(record.values().get(columns.get(i))).length()));
          }
          widths[i] = w;
        }
        row(columns);
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
          rule.add("-".repeat(w));
        }
        row(rule);
      }
      List<String> cells = new ArrayList<>(columns.size());
      for (Record record : records) {
        cells.clear();
        for (String column : columns) {
          cells.add(cell(record.values().get(column)));
        }
        row(cells);
      }
      out.flush();
    }

    private void row(List<String> cells) {
      line.setLength(0);
      for (int i = 0; i < cells.size(); i++) {
        String text = shorten(cells.get(i), widths[i]);
        if (i < cells.size() - 1) {
          line.append(pad(text, widths[i])).append("  ");
        } else {
          line.append(text);
        }
      }
      int end = line.length();
      while (end > 0 && line.charAt(end - 1) == ' ') {
        end--;
      }
      line.setLength(end);
      out.append(line).append(System.lineSeparator());
    }

    @Override
    public void end(String note) {
      if (!note.isEmpty()) {
        out.println(note);
      }
      out.flush();
    }
  }
}
