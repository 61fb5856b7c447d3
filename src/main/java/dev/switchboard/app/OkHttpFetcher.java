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
 * well would cost a cold command line half a second.
 */
final class OkHttpFetcher implements DocumentDiscovery.Fetcher, AutoCloseable {

  private final OkHttpClient client;

  OkHttpFetcher(Duration timeout) {
    this.client = new OkHttpClient.Builder()
        .protocols(List.of(Protocol.HTTP_1_1))
        .connectTimeout(timeout)
        .readTimeout(timeout)
        .callTimeout(timeout.multipliedBy(2))
        .followRedirects(true)
        .retryOnConnectionFailure(false)
        .build();
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

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
