package dev.switchboard.http;

import dev.switchboard.data.ApiProblem;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
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

  CompletableFuture<Reply> send(Request request, Purpose purpose) {
    Call call = client.newCall(request);
    CancellableFuture<Reply> future = new CancellableFuture<>(call);
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
          future.complete(reply(request, response, purpose, loggedIn));
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

  private Reply reply(Request request, Response response, Purpose purpose, boolean loggedIn) throws IOException {
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
    if (body.length == 0 || status == 204) {
      return new Reply(status, response.headers(), null);
    }
    try {
      return new Reply(status, response.headers(), json.read(body));
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
