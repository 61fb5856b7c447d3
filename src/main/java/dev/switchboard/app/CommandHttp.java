package dev.switchboard.app;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;

/**
 * The HTTP clients of one records command, over one pool of connections. Setting up TLS (reading the platform's
 * trust store, making an SSL context) costs a cold JVM about a tenth of a second of CPU, before the first
 * request. So the complete client is built on another thread, while a cleartext one reads an {@code http://}
 * document; the backend then gets the complete client, and so does a document at an {@code https://} address
 * or one that redirects there.
 */
final class CommandHttp implements AutoCloseable {

  private final ConnectionPool pool = new ConnectionPool();
  private final CompletableFuture<OkHttpClient> complete;
  private final OkHttpClient cleartext;

  private CommandHttp(boolean cleartextFirst) {
    this.complete = CompletableFuture.supplyAsync(() -> base().build());
    // Redirects to https come back to the caller, which sends them again over the complete client.
    this.cleartext = cleartextFirst ? base().connectionSpecs(List.of(ConnectionSpec.CLEARTEXT))
        .followSslRedirects(false).build() : null;
  }

  /** The clients for a command that starts at {@code typedUrl}: a cleartext one first when it is http. */
  static CommandHttp forAddress(String typedUrl) {
    return new CommandHttp(typedUrl.strip().toLowerCase(Locale.ROOT).startsWith("http://"));
  }

  private OkHttpClient.Builder base() {
    // uvicorn 0.17 (Debian's FastAPI) and the JDK server speak HTTP/1.1 only; saying so skips ALPN.
    return new OkHttpClient.Builder().protocols(List.of(Protocol.HTTP_1_1)).connectionPool(pool);
  }

  /** A client for an http:// request that has no TLS set up: the complete one when there is no such client. */
  OkHttpClient cleartext() {
    return cleartext != null ? cleartext : complete();
  }

  /** The client that speaks both http and https; waits for it to be built. */
  OkHttpClient complete() {
    return complete.join();
  }

  /** Closes the idle connections. */
  @Override
  public void close() {
    pool.evictAll();
  }
}
