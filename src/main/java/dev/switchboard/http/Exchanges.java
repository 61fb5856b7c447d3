package dev.switchboard.http;

import dev.switchboard.data.ApiProblem;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Sends one request without blocking the caller and completes a future with the parsed {@link Reply} or an
 * {@link ApiProblem}. Cancelling the future cancels the call. Bodies are read up to a limit, so a runaway
 * answer cannot exhaust memory.
 */
final class Exchanges {

  private static final byte[] NO_BODY = new byte[0];

  private final OkHttpClient client;
  private final JsonValues json;
  private final ProblemMapper problems;
  private final HttpAuthentication auth;
  private final long maxBodyBytes;
  private final Duration timeout;

  Exchanges(OkHttpClient client, JsonValues json, HttpAuthentication auth, long maxBodyBytes, Duration timeout) {
    this.client = client;
    this.json = json;
    this.problems = new ProblemMapper(json);
    this.auth = auth;
    this.maxBodyBytes = maxBodyBytes;
    this.timeout = timeout;
  }

  JsonValues json() {
    return json;
  }

  /** What a successful answer becomes; {@code body} is empty when there was none (or the status was 204). */
  @FunctionalInterface
  interface BodyReader<T> {
    T read(int status, Headers headers, byte[] body) throws IOException;
  }

  /** Sends {@code request}; a successful answer comes back as a {@link Reply} with its body parsed. */
  CompletableFuture<Reply> send(Request request, Purpose purpose) {
    return send(request, purpose, (status, headers, body) -> new Reply(status, headers,
        body.length == 0 ? null : json.read(body)));
  }

  /**
   * Sends {@code request}; a successful answer is turned into a value by {@code reader}. A failed one is an
   * {@link ApiProblem}, and JSON the reader cannot read is the server's unreadable answer, as with any reader.
   */
  <T> CompletableFuture<T> send(Request request, Purpose purpose, BodyReader<T> reader) {
    Call call = client.newCall(request);
    CancellableFuture<T> future = new CancellableFuture<>(call);
    // A refused login is a wrong password, not an expired session, even when someone was logged in before.
    boolean loggedIn = auth.isLoggedIn() && request.tag(HttpAuthentication.Login.class) == null;
    call.enqueue(new Callback() {
      @Override
      public void onFailure(Call failed, IOException e) {
        future.completeExceptionally(problems.fromFailure(purpose, request.url(), e, failed.isCanceled(), timeout));
      }

      @Override
      public void onResponse(Call done, Response response) {
        try (response) {
          future.complete(read(request, response, purpose, loggedIn, reader));
        } catch (ApiProblem problem) {
          future.completeExceptionally(problem);
        } catch (IOException e) {
          future.completeExceptionally(problems.fromFailure(purpose, request.url(), e, done.isCanceled(), timeout));
        } catch (RuntimeException e) {
          future.completeExceptionally(problems.unreadable(purpose, request.url(), "", new byte[0], e));
        }
      }
    });
    return future;
  }

  private <T> T read(Request request, Response response, Purpose purpose, boolean loggedIn, BodyReader<T> reader)
      throws IOException {
    byte[] body = readLimited(response.body(), purpose, request);
    String contentType = response.header("Content-Type", "");
    int status = response.code();
    if (!response.isSuccessful()) {
      ApiProblem problem = problems.fromStatus(purpose, request.url(), status, contentType, body,
          Optional.ofNullable(response.header("Retry-After")), loggedIn);
      if (problem.kind() == ApiProblem.Kind.SESSION_EXPIRED) {
        auth.sessionExpired();
      }
      throw problem;
    }
    try {
      return reader.read(status, response.headers(), status == 204 ? NO_BODY : body);
    } catch (IOException e) {
      throw problems.unreadable(purpose, request.url(), contentType, body, e);
    }
  }

  private byte[] readLimited(ResponseBody body, Purpose purpose, Request request) throws IOException {
    BufferedSource source = body.source();
    if (source.request(maxBodyBytes + 1)) {
      throw problems.tooLarge(purpose, request.url(), maxBodyBytes);
    }
    return source.readByteArray();
  }

  /** A future whose {@code cancel} reaches the HTTP call, so a closed view stops its download. */
  static final class CancellableFuture<T> extends CompletableFuture<T> {
    private final Call call;

    CancellableFuture(Call call) {
      this.call = call;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      // Cancelled first, then the call: closing the socket makes the reading thread fail at once, and that
      // failure must not win the race and complete this future as a "Cancelled." problem instead.
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      call.cancel();
      return cancelled;
    }
  }
}
