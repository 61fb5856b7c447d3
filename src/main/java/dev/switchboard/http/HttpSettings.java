package dev.switchboard.http;

import java.time.Duration;
import java.util.Map;

/**
 * How a backend connection behaves: every request answers or fails within {@code timeout} (retries included);
 * bulk work and getMany keep at most {@code concurrency} requests in flight; bodies above {@code maxBodyBytes}
 * are refused; idempotent reads retry up to {@code maxRetries} times; {@code headers} go on every request
 * (a gateway key); {@code pathValues} fill parent path parameters ({@code {organization}}).
 */
public record HttpSettings(Duration timeout, int concurrency, long maxBodyBytes, int maxRetries,
    Duration firstBackoff, Map<String, String> headers, Map<String, String> pathValues) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  public static final int DEFAULT_CONCURRENCY = 6;
  public static final long DEFAULT_MAX_BODY = 32L << 20;

  public HttpSettings {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout " + timeout + " must be above zero");
    }
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency " + concurrency + " must be 1 or more");
    }
    headers = Map.copyOf(headers);
    pathValues = Map.copyOf(pathValues);
  }

  public static HttpSettings defaults() {
    return new HttpSettings(DEFAULT_TIMEOUT, DEFAULT_CONCURRENCY, DEFAULT_MAX_BODY, 3, Duration.ofMillis(250),
        Map.of(), Map.of());
  }

  public HttpSettings withTimeout(Duration newTimeout) {
    return new HttpSettings(newTimeout, concurrency, maxBodyBytes, maxRetries, firstBackoff, headers, pathValues);
  }

  public HttpSettings withConcurrency(int newConcurrency) {
    return new HttpSettings(timeout, newConcurrency, maxBodyBytes, maxRetries, firstBackoff, headers, pathValues);
  }

  public HttpSettings withMaxBodyBytes(long newMax) {
    return new HttpSettings(timeout, concurrency, newMax, maxRetries, firstBackoff, headers, pathValues);
  }

  public HttpSettings withRetries(int newMaxRetries, Duration newFirstBackoff) {
    return new HttpSettings(timeout, concurrency, maxBodyBytes, newMaxRetries, newFirstBackoff, headers, pathValues);
  }

  public HttpSettings withHeaders(Map<String, String> newHeaders) {
    return new HttpSettings(timeout, concurrency, maxBodyBytes, maxRetries, firstBackoff, newHeaders, pathValues);
  }

  public HttpSettings withPathValues(Map<String, String> newValues) {
    return new HttpSettings(timeout, concurrency, maxBodyBytes, maxRetries, firstBackoff, headers, newValues);
  }
}
