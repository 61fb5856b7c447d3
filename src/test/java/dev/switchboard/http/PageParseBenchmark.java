package dev.switchboard.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.Page;
import dev.switchboard.model.Pagination;
import dev.switchboard.model.PagingStyle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 4's parsing budget: a 100-record page of calls, as the demo and FastAPI send it ({@code {items, total,
 * page, size, pages}}), read into a {@link Page} of records, against Jackson reading the same bytes into a tree.
 * Run through {@code dev.switchboard.bench.PageBenchmarkMain}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class PageParseBenchmark {

  private static final Pagination PAGE_SIZE = new Pagination(PagingStyle.PAGE_SIZE,
      Map.of("page", "page", "size", "size"), Optional.of("items"), Optional.of("total"), Optional.empty());

  private final ObjectMapper mapper = new ObjectMapper();
  private final JsonValues json = new JsonValues();
  private final ListQuery query = ListQuery.firstPage(100);
  private byte[] page;

  @Setup
  public void makePage() {
    page = callsPage(100, new Random(42)).getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public JsonNode jacksonTree() throws IOException {
    return mapper.readTree(page);
  }

  @Benchmark
  public Page pageToRecords() throws IOException {
    return PageReader.read(json.read(page), PAGE_SIZE, query, "Calls");
  }

  /** A page shaped like the call-center API's, with realistic values (about 52 KB for 100 calls). */
  static String callsPage(int count, Random random) {
    String[] statuses = {"ringing", "active", "completed", "missed", "voicemail", "transferred"};
    String[] queues = {"billing", "support-tier-1", "support-tier-2", "sales", "retention"};
    StringBuilder out = new StringBuilder("{\"items\":[");
    Instant start = Instant.parse("2026-11-01T08:00:00Z");
    for (int i = 0; i < count; i++) {
      Instant started = start.plusSeconds(random.nextInt(2_000_000));
      int duration = random.nextInt(3_600);
      out.append(i == 0 ? "" : ",").append('{')
          .append("\"id\":\"").append(String.format("%024x", random.nextLong() & Long.MAX_VALUE)).append("\",")
          .append("\"direction\":\"").append(random.nextBoolean() ? "inbound" : "outbound").append("\",")
          .append("\"caller_number\":\"+44 20 7946 ").append(1000 + random.nextInt(9000)).append("\",")
          .append("\"agent_id\":").append(random.nextInt(5) == 0 ? "null" : String.valueOf(1 + random.nextInt(60)))
          .append(",\"queue\":\"").append(queues[random.nextInt(queues.length)]).append("\",")
          .append("\"status\":\"").append(statuses[random.nextInt(statuses.length)]).append("\",")
          .append("\"started_at\":\"").append(started).append("\",")
          .append("\"ended_at\":\"").append(started.plusSeconds(duration)).append("\",")
          .append("\"duration_s\":").append(duration).append(',')
          .append("\"notes\":\"Customer asked about invoice ").append(random.nextInt(100_000))
          .append("; explained the proration and sent a follow-up e-mail with the breakdown.\",")
          .append("\"tags\":[\"billing\",\"follow-up\"],")
          .append("\"recording_url\":\"https://recordings.example.com/calls/").append(i).append(".mp3\",")
          .append("\"satisfaction\":").append(1 + random.nextInt(5)).append(',')
          .append("\"created_at\":\"").append(started).append("\",")
          .append("\"updated_at\":\"").append(started.plusSeconds(duration + 60)).append('"')
          .append('}');
    }
    return out.append("],\"total\":20000,\"page\":1,\"size\":100,\"pages\":200}").toString();
  }
}
