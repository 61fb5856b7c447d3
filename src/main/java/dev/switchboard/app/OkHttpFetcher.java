package dev.switchboard.app;

import dev.switchboard.openapi.DocumentDiscovery;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Document discovery over OkHttp, the HTTP client the records commands use anyway: starting the JDK's client as
 * well would cost a cold command line half a second. It shares the command's client (its connections and its
 * TLS set-up), with a discovery's own timeouts and no retries.
 */
final class OkHttpFetcher implements DocumentDiscovery.Fetcher, AutoCloseable {

  private final OkHttpClient client;

  OkHttpFetcher(OkHttpClient shared, Duration timeout) {
    this.client = shared.newBuilder()
        .connectTimeout(timeout)
        .readTimeout(timeout)
        .callTimeout(timeout.multipliedBy(2))
        .followRedirects(true)
        .retryOnConnectionFailure(false)
        .build();
  }

  /** The one HTTP client of a records command, which discovery and the backend build on. */
  static OkHttpClient sharedClient() {
    // uvicorn 0.17 (Debian's FastAPI) and the JDK server speak HTTP/1.1 only; saying so skips ALPN.
    return new OkHttpClient.Builder().protocols(List.of(Protocol.HTTP_1_1)).build();
  }

  @Override
  public DocumentDiscovery.Fetched get(URI url, Map<String, String> headers, long maxBytes) throws IOException {
    Request.Builder request = new Request.Builder().url(url.toString())
        .header("Accept", "application/json, application/yaml;q=0.9, text/html;q=0.8, */*;q=0.5");
    headers.forEach(request::header);
    try (Response response = client.newCall(request.build()).execute()) {
      if (!response.isSuccessful()) {
        return new DocumentDiscovery.Fetched(response.code(), new byte[0]);
      }
      ResponseBody body = response.body();
      try (InputStream in = body.byteStream()) {
        return new DocumentDiscovery.Fetched(response.code(),
            in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1)));
      }
    }
  }

  /** Closes the idle connections, the shared client's too. */
  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
