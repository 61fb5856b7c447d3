package dev.switchboard.app;

import dev.switchboard.openapi.DocumentDiscovery;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Document discovery over OkHttp, the HTTP client the records commands use anyway: starting the JDK's client as
 * well would cost a cold command line half a second. It reads http:// URLs over a cleartext client when it has
 * one (see {@link CommandHttp}) and everything else, redirects to https included, over the complete client,
 * each with a discovery's own timeouts and no retries.
 */
final class OkHttpFetcher implements DocumentDiscovery.Fetcher, AutoCloseable {

  private final OkHttpClient cleartext;
  private final Supplier<OkHttpClient> complete;
  private final Duration timeout;

  /** A fetcher over the command's clients. */
  OkHttpFetcher(CommandHttp http, Duration timeout) {
    this(http.cleartext(), http::complete, timeout);
  }

  /** A fetcher over one client for every URL. */
  OkHttpFetcher(OkHttpClient client, Duration timeout) {
    this(client, () -> client, timeout);
  }

  private OkHttpFetcher(OkHttpClient cleartext, Supplier<OkHttpClient> complete, Duration timeout) {
    this.timeout = timeout;
    this.cleartext = withTimeouts(cleartext);
    this.complete = complete;
  }

  private OkHttpClient withTimeouts(OkHttpClient client) {
    return client.newBuilder()
        .connectTimeout(timeout)
        .readTimeout(timeout)
        .callTimeout(timeout.multipliedBy(2))
        .followRedirects(true)
        .retryOnConnectionFailure(false)
        .build();
  }

  @Override
  public DocumentDiscovery.Fetched get(URI url, Map<String, String> headers, long maxBytes) throws IOException {
    Request.Builder builder = new Request.Builder().url(url.toString())
        .header("Accept", "application/json, application/yaml;q=0.9, text/html;q=0.8, */*;q=0.5");
    headers.forEach(builder::header);
    Request request = builder.build();
    if (request.isHttps()) {
      return fetch(withTimeouts(complete.get()), request, maxBytes);
    }
    try (Response response = cleartext.newCall(request).execute()) {
      if (!toHttps(response)) {
        return read(response, maxBytes);
      }
    }
    // The server sends http to https: the complete client follows that, TLS and all.
    return fetch(withTimeouts(complete.get()), request, maxBytes);
  }

  private static boolean toHttps(Response response) {
    String location = response.isRedirect() ? response.header("Location") : null;
    return location != null && location.regionMatches(true, 0, "https:", 0, 6);
  }

  private static DocumentDiscovery.Fetched fetch(OkHttpClient client, Request request, long maxBytes)
      throws IOException {
    try (Response response = client.newCall(request).execute()) {
      return read(response, maxBytes);
    }
  }

  private static DocumentDiscovery.Fetched read(Response response, long maxBytes) throws IOException {
    if (!response.isSuccessful()) {
      return new DocumentDiscovery.Fetched(response.code(), new byte[0]);
    }
    ResponseBody body = response.body();
    try (InputStream in = body.byteStream()) {
      return new DocumentDiscovery.Fetched(response.code(),
          in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1)));
    }
  }

  /** Closes the idle connections, the shared client's too. */
  @Override
  public void close() {
    cleartext.dispatcher().executorService().shutdown();
    cleartext.connectionPool().evictAll();
  }
}
