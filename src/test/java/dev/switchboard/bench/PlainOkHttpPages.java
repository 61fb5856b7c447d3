package dev.switchboard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okio.Okio;

/**
 * The baseline of {@code packaging/bench-records.sh}: every page of the demo's calls with plain OkHttp, nothing
 * else. Logs in with a form POST, reads page 1 for the total, then GETs {@code /api/v1/calls/?page=N&size=S}
 * with the bearer token, one after the other, discarding the bodies. Prints one line: {@code records=R pages=P
 * seconds=T} (T counted from the start of main).
 *
 * <p>Usage: {@code java -cp target/test-classes:target/lib/* dev.switchboard.bench.PlainOkHttpPages
 * http://127.0.0.1:8123 admin switchboard-admin 100 [max pages]}
 */
public final class PlainOkHttpPages {

  private PlainOkHttpPages() {}

  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    String base = args[0].replaceAll("/+$", "");
    String user = args.length > 1 ? args[1] : "admin";
    String password = args.length > 2 ? args[2] : "switchboard-admin";
    int size = args.length > 3 ? Integer.parseInt(args[3]) : 100;
    // A page limit of 1 measures the fixed cost (JVM, client, login, first page) to subtract from a full run.
    long maxPages = args.length > 4 ? Long.parseLong(args[4]) : Long.MAX_VALUE;
    OkHttpClient client = new OkHttpClient.Builder().protocols(List.of(Protocol.HTTP_1_1)).build();
    ObjectMapper json = new ObjectMapper();
    String token;
    Request login = new Request.Builder().url(base + "/api/v1/auth/token")
        .post(new FormBody.Builder().add("username", user).add("password", password).build()).build();
    try (Response response = client.newCall(login).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("login answered " + response.code());
      }
      token = json.readTree(response.body().string()).path("access_token").asText();
    }
    long total;
    try (Response response = client.newCall(page(base, token, 1, size)).execute()) {
      JsonNode body = json.readTree(response.body().byteStream());
      total = body.path("total").asLong();
    }
    long pages = Math.min(maxPages, (total + size - 1) / size);
    var sink = Okio.blackhole();
    for (int p = 2; p <= pages; p++) {
      try (Response response = client.newCall(page(base, token, p, size)).execute()) {
        if (!response.isSuccessful()) {
          throw new IOException("page " + p + " answered " + response.code());
        }
        response.body().source().readAll(sink);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(java.util.Locale.ROOT, "records=%d pages=%d seconds=%.3f%n", total, pages, seconds);
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  private static Request page(String base, String token, int page, int size) {
    return new Request.Builder().url(base + "/api/v1/calls/?page=" + page + "&size=" + size)
        .header("Authorization", "Bearer " + token).build();
  }
}
