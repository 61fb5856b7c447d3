package dev.switchboard.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Retries idempotent reads (GET, HEAD) that a busy or restarting server refused: 502, 503 and 504 with
 * exponential backoff (0.25 s, 0.5 s, 1 s...), and 429 and 503 after the {@code Retry-After} the server asked
 * for, when that wait fits in the call's time. Writes are never retried here: a POST that timed out may have
 * been applied, and only the person can decide to send it again.
 */
final class RetryInterceptor implements Interceptor {

  private static final Set<Integer> RETRIED = Set.of(429, 502, 503, 504);

  private final int maxRetries;
  private final Duration firstBackoff;
  private final Duration maxWait;

  RetryInterceptor(int maxRetries, Duration firstBackoff, Duration maxWait) {
    this.maxRetries = maxRetries;
    this.firstBackoff = firstBackoff;
    this.maxWait = maxWait;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
      return response;
    }
    for (int attempt = 0; attempt < maxRetries && RETRIED.contains(response.code()); attempt++) {
      Optional<Duration> asked = retryAfter(response.header("Retry-After"));
      if (response.code() == 429 && asked.isEmpty()) {
        asked = Optional.of(firstBackoff.multipliedBy(1L << attempt));
      }
      Duration wait = asked.orElse(firstBackoff.multipliedBy(1L << attempt));
      if (wait.compareTo(maxWait) > 0) {
        return response;
      }
      response.close();
      pause(chain, wait);
      response = chain.proceed(request);
    }
    return response;
  }

  /** Sleeps in small steps so a cancelled call stops waiting at once. */
  private static void pause(Chain chain, Duration wait) throws IOException {
    long until = System.nanoTime() + wait.toNanos();
    try {
      while (System.nanoTime() < until) {
        if (chain.call().isCanceled()) {
          throw new IOException("Canceled");
        }
        Thread.sleep(Math.max(1, Math.min(50, (until - System.nanoTime()) / 1_000_000)));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
  }

  /** {@code Retry-After} in seconds or as an HTTP date. */
  static Optional<Duration> retryAfter(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim()))));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }
}
