package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * {@code records list --all} over numbered pages asks for up to {@code --prefetch} pages ahead of the one it
 * prints: the output keeps the pages' order whatever order they arrive in, and asking stops at a failed page
 * or when the output is closed. Against a local server serving {@code paged-calls.json} (page and size, items
 * and total).
 */
class ListPrefetchTest {

  private static final int SIZE = 5;

  @StartStop
  final MockWebServer server = new MockWebServer();

  /** The pages asked for, by number. */
  private final Set<Integer> asked = new ConcurrentSkipListSet<>();

  /** Serves {@code pages} pages of {@link #SIZE} calls; {@code answer} may change or delay one page's answer. */
  private void serve(int pages, PageAnswer answer) throws IOException {
    String document = Files.readString(Path.of("src/test/resources/app/paged-calls.json"));
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (request.getUrl().encodedPath().equals("/openapi.json")) {
          return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(document).build();
        }
        if (!request.getUrl().encodedPath().equals("/calls/")) {
          return new MockResponse.Builder().code(404).build();
        }
        int page = Integer.parseInt(request.getUrl().queryParameter("page"));
        asked.add(page);
        String items = IntStream.range(0, SIZE).mapToObj(i -> "{\"id\":" + ((page - 1) * SIZE + i + 1)
            + ",\"page\":" + page + "}").collect(Collectors.joining(","));
        MockResponse.Builder response = new MockResponse.Builder().addHeader("Content-Type", "application/json")
            .body("{\"items\":[" + items + "],\"total\":" + pages * SIZE + ",\"page\":" + page + ",\"size\":"
                + SIZE + "}");
        return answer.change(page, response).build();
      }
    });
  }

  interface PageAnswer {
    MockResponse.Builder change(int page, MockResponse.Builder response);
  }

  private int list(PrintWriter out, StringWriter err, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("records", "list", server.url("/").toString(), "calls",
        "--all", "--size", Integer.toString(SIZE), "--format", "json"));
    args.addAll(List.of(more));
    return Main.run(args.toArray(String[]::new), out, new PrintWriter(err, true));
  }

  private static List<Long> ids(String json) {
    return json.lines().filter(l -> l.startsWith("{")).map(l -> Long.parseLong(l.replaceAll("^\\{\"id\":(\\d+),.*", "$1")))
        .toList();
  }

  @Test
  void pagesArePrintedInTheirOrderWhenLaterOnesArriveFirst() throws Exception {
    int pages = 12;
    // The earlier the page, the longer its answer takes: with four asked for at a time, they arrive reversed.
    serve(pages, (page, response) -> response.headersDelay((pages - page) * 15L, TimeUnit.MILLISECONDS));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    assertThat(list(new PrintWriter(out), err, "--prefetch", "4")).as(err.toString()).isZero();

    assertThat(ids(out.toString())).containsExactlyElementsOf(
        IntStream.rangeClosed(1, pages * SIZE).mapToObj(Long::valueOf).toList());
    assertThat(asked).hasSize(pages);
  }

  @Test
  void aFailedPageEndsTheListAfterThePagesBeforeItAndNothingMoreIsAskedFor() throws Exception {
    serve(40, (page, response) -> page == 3 ? response.code(500).body("{\"detail\":\"boom\"}") : response);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int exit = list(new PrintWriter(out), err, "--prefetch", "4");

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).startsWith("switchboard records: ");
    assertThat(ids(out.toString())).containsExactlyElementsOf(
        IntStream.rangeClosed(1, 2 * SIZE).mapToObj(Long::valueOf).toList());
    // Page 3 failed while at most four pages were asked for ahead of the one printing.
    assertThat(asked).allSatisfy(page -> assertThat(page).isLessThanOrEqualTo(3 + 4));
  }

  @Test
  void aClosedOutputStopsTheAskingSoon() throws Exception {
    serve(40, (page, response) -> response);
    // A reader that goes away after the first page (as `| head` does): writing fails from then on. The first
    // page is 95 characters of JSON, the first two 191.
    Writer closing = new Writer() {
      private int written;

      @Override
      public void write(char[] chars, int offset, int length) throws IOException {
        written += length;
        if (written > 100) {
          throw new IOException("Broken pipe");
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    StringWriter err = new StringWriter();

    list(new PrintWriter(closing), err, "--prefetch", "4");

    assertThat(asked).hasSizeLessThan(10).allSatisfy(page -> assertThat(page).isLessThanOrEqualTo(1 + 4 + 1));
  }
}
