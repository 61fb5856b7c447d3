package dev.switchboard.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each exchange to the log (debug; failures at info) for whoever has to find out what happened:
 * method, URL, headers, status, time, and the start of error bodies. Secrets never reach the log: the {@code
 * Authorization}, {@code Cookie} and API-key headers, API keys in the query, passwords in login forms and
 * tokens in bodies are replaced by {@code ***}.
 */
final class ExchangeLog implements Interceptor {

  private static final Logger LOG = LoggerFactory.getLogger(ExchangeLog.class);
  private static final Set<String> SECRET_HEADERS = Set.of("authorization", "cookie", "set-cookie",
      "proxy-authorization", "x-api-key", "api-key", "apikey");
  private static final Pattern SECRET_JSON = Pattern.compile(
      "(\"(?:access_token|refresh_token|id_token|token|password|new_password|secret|api_key)\"\\s*:\\s*\")[^\"]*(\")");
  private static final Pattern SECRET_FORM = Pattern.compile(
      "((?:^|&)(?:password|client_secret|refresh_token)=)[^&]*");
  private static final int BODY_PREVIEW = 2_000;

  private final HttpAuthentication auth;

  ExchangeLog(HttpAuthentication auth) {
    this.auth = auth;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    long started = System.nanoTime();
    boolean debug = LOG.isDebugEnabled();
    if (debug) {
      LOG.debug("--> {} {}{}{}", request.method(), redact(request.url()), headers(request.headers()),
          requestBody(request));
    }
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      if (chain.call().isCanceled()) {
        // a view asked for something newer (a filter typed on): routine, not a failure worth a support ticket
        LOG.debug("<-- {} {} cancelled after {} ms", request.method(), redact(request.url()), millis);
      } else {
        LOG.info("<-- {} {} failed after {} ms: {}", request.method(), redact(request.url()), millis, e.toString());
      }
      throw e;
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    if (response.code() >= 400) {
      LOG.info("<-- {} {} {} ({} ms){}{}", response.code(), request.method(), redact(request.url()), millis,
          headers(response.headers()), bodyPreview(response));
    } else if (debug) {
      LOG.debug("<-- {} {} {} ({} ms){}", response.code(), request.method(), redact(request.url()), millis,
          headers(response.headers()));
    }
    return response;
  }

  String redact(HttpUrl url) {
    // Most URLs (every page of a list) carry nothing secret: they are logged as they are, without a copy.
    HttpUrl.Builder safe = null;
    var keyParam = auth.queryKeyParam();
    for (String name : url.queryParameterNames()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (keyParam.filter(name::equals).isPresent() || lower.contains("token") || lower.contains("key")
          || lower.contains("password") || lower.contains("secret")) {
        if (safe == null) {
          safe = url.newBuilder();
        }
        safe.setQueryParameter(name, "***");
      }
    }
    return safe == null ? url.toString() : safe.build().toString();
  }

  private String headers(Headers headers) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      String value = headers.value(i);
      boolean secret = SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT))
          || auth.secret().filter(value::contains).isPresent();
      out.append("\n    ").append(name).append(": ").append(secret ? "***" : value);
    }
    return out.toString();
  }

  private String requestBody(Request request) throws IOException {
    if (request.body() == null || request.body().contentLength() == 0) {
      return "";
    }
    if (request.body().contentLength() > BODY_PREVIEW * 4L) {
      return "\n    (" + request.body().contentLength() + " bytes)";
    }
    Buffer buffer = new Buffer();
    request.body().writeTo(buffer);
    return "\n    " + redactText(buffer.readString(StandardCharsets.UTF_8));
  }

  private String bodyPreview(Response response) throws IOException {
    ResponseBody peeked = response.peekBody(BODY_PREVIEW);
    String text = peeked.string();
    return text.isEmpty() ? "" : "\n    " + redactText(text) + (text.length() >= BODY_PREVIEW ? "..." : "");
  }

  String redactText(String text) {
    String safe = SECRET_FORM.matcher(SECRET_JSON.matcher(text).replaceAll("$1***$2")).replaceAll("$1***");
    String secret = auth.secret().orElse(null);
    return secret == null || secret.length() < 6 ? safe : safe.replace(secret, "***");
  }
}
