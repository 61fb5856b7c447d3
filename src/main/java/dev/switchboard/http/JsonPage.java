package dev.switchboard.http;

import dev.switchboard.data.Paging;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One page of a list whose records are JSON text, never maps: each record compact, exactly as {@link
 * JsonValues#writeValue} writes the values {@link dev.switchboard.data.Record} would hold (the server's key
 * order, a repeated key once where it first stood with its last value, numbers as Java prints a long, a
 * BigInteger or a double). For the command line's {@code --format json}, which prints records without ever
 * looking into them; the UI lists through {@link dev.switchboard.data.RecordClient} and never sees this.
 */
public final class JsonPage implements Paging {

  private final char[] text;
  private final int[] ends;
  private final int size;
  private final PageReader.End end;

  JsonPage(char[] text, int[] ends, int size, PageReader.End end) {
    this.text = text;
    this.ends = ends;
    this.size = size;
    this.end = end;
  }

  /**
   * The records of {@code array}, a JSON array of objects, as one page with nothing after it: a page made
   * from JSON in hand rather than from a backend's answer.
   */
  public static JsonPage ofArray(String array) throws IOException {
    return JsonPageReader.ofArray(new JsonValues().factory(), array);
  }

  /** Writes record {@code index} (from 0), without anything before or after it. */
  public void writeRecord(int index, Writer out) throws IOException {
    int start = index == 0 ? 0 : ends[index - 1];
    out.write(text, start, ends[index] - start);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public OptionalLong total() {
    return end.total();
  }

  @Override
  public boolean hasNext() {
    return end.hasNext();
  }

  @Override
  public Optional<String> nextCursor() {
    return end.nextCursor();
  }
}
