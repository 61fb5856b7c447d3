package dev.switchboard.http;

import dev.switchboard.data.Authentication;
import dev.switchboard.data.ListQuery;
import dev.switchboard.data.RecordClient;
import dev.switchboard.model.AdminApi;
import dev.switchboard.model.ApiAccess;
import dev.switchboard.model.ResourceDef;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;

/**
 * One connection to one backend: the OkHttp client (timeouts, retries, credentials, the exchange log), the
 * {@link RecordClient} and the {@link Authentication} over it. Close it to stop its threads.
 */
public final class HttpBackend implements AutoCloseable {

  private final OkHttpClient client;
  private final HttpAuthentication authentication;
  private final HttpRecordClient records;
  private final HttpUrl baseUrl;

  private HttpBackend(OkHttpClient client, HttpAuthentication authentication, HttpRecordClient records,
      HttpUrl baseUrl) {
    this.client = client;
    this.authentication = authentication;
    this.records = records;
    this.baseUrl = baseUrl;
  }

  /**
   * A backend for {@code api} at {@code baseUrl} (the server URL the document's paths hang off, usually the
   * model's {@code baseUrl}).
   */
  public static HttpBackend open(AdminApi api, String baseUrl, HttpSettings settings) {
    return open(api.access(), baseUrl, settings, new OkHttpClient.Builder());
  }

  /**
   * A backend that only knows how to reach the API and log in: enough for its {@link RecordClient}, which is
   * handed its resources call by call. It shares {@code shared}'s connections and TLS set-up (setting up TLS
   * again costs a cold command line a tenth of a second); closing it closes those connections too.
   */
  public static HttpBackend open(ApiAccess access, String baseUrl, HttpSettings settings, OkHttpClient shared) {
    return open(access, baseUrl, settings, shared.newBuilder());
  }

  private static HttpBackend open(ApiAccess access, String baseUrl, HttpSettings settings,
      OkHttpClient.Builder builder) {
    HttpUrl base = HttpUrl.parse(baseUrl);
    if (base == null) {
      throw new IllegalArgumentException("'" + baseUrl + "' is not an http(s) URL; give the backend's address,"
          + " such as http://localhost:8000");
    }
    HttpAuthentication authentication = new HttpAuthentication(access);
    Dispatcher dispatcher = new Dispatcher();
    // Bulk work keeps `concurrency` requests going; leave room for the view's own list and lookups beside it.
    dispatcher.setMaxRequestsPerHost(Math.max(5, settings.concurrency() + 4));
    dispatcher.setMaxRequests(Math.max(64, settings.concurrency() * 2));
    builder
        .dispatcher(dispatcher)
        // uvicorn 0.17 (Debian's FastAPI) and the JDK server speak HTTP/1.1 only; saying so skips ALPN.
        .protocols(java.util.List.of(Protocol.HTTP_1_1))
        .connectTimeout(settings.timeout())
        .readTimeout(settings.timeout())
        .writeTimeout(settings.timeout())
        .callTimeout(settings.timeout().multipliedBy(2))
        .followRedirects(true)
        .addInterceptor(new RetryInterceptor(settings.maxRetries(), settings.firstBackoff(), settings.timeout()))
        .addInterceptor(authentication.interceptor());
    if (!settings.headers().isEmpty()) {
      builder.addInterceptor(chain -> {
        var request = chain.request().newBuilder();
        settings.headers().forEach(request::header);
        return chain.proceed(request.build());
      });
    }
    builder.addNetworkInterceptor(new ExchangeLog(authentication));
    OkHttpClient client = builder.build();
    Exchanges exchanges = new Exchanges(client, new JsonValues(), authentication, settings.maxBodyBytes(),
        settings.timeout());
    authentication.attach(exchanges);
    HttpRecordClient records = new HttpRecordClient(exchanges, new PathExpander(base), settings.pathValues(),
        settings.concurrency());
    return new HttpBackend(client, authentication, records, base);
  }

  public RecordClient records() {
    return records;
  }

  /**
   * One page of a list with its records as JSON text, for printing them unchanged: see {@link JsonPage}. The UI
   * lists through {@link #records()}.
   */
  public CompletableFuture<JsonPage> listJson(ResourceDef resource, ListQuery query) {
    return records.listJson(resource, query);
  }

  public Authentication authentication() {
    return authentication;
  }

  public String baseUrl() {
    return baseUrl.toString();
  }

  /** Cancels what is in flight and stops the connection threads, so nothing outlives the connection. */
  @Override
  public void close() {
    client.dispatcher().cancelAll();
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
    try {
      client.dispatcher().executorService().awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
