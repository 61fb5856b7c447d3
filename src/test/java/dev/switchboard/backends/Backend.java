package dev.switchboard.backends;

import java.net.URI;

/** A running backend of the call-center API, started with a fresh database, stopped on {@link #close()}. */
interface Backend extends AutoCloseable {

  /** For example {@code http://127.0.0.1:41234}, without a trailing slash. */
  URI baseUrl();

  /** Where the backend serves its OpenAPI document. */
  URI openApiUrl();

  /** What the backend has logged so far, for failure messages; empty if it logs elsewhere. */
  String output();

  @Override
  void close();
}
