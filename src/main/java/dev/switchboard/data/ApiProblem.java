package dev.switchboard.data;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything that can go wrong talking to a backend, as one exception a support agent can read: {@link
 * #getMessage()} is a plain sentence that says what happened and what to do; {@link #fieldErrors()} carries
 * the server's complaints about single fields (for forms) or filters (for lists). The raw exchange goes to the
 * log, never here.
 */
public final class ApiProblem extends RuntimeException {

  /** What kind of failure, for code that reacts differently (log in again, retry, show on a field). */
  public enum Kind {
    /** The server checked the input and refused it (422, or 400 with field errors). */
    VALIDATION,
    /** The request was refused for another reason the server explained (400, 409, 413...). */
    REJECTED,
    /** No valid credentials: log in (again). */
    UNAUTHORIZED,
    /** The session's credentials stopped working (401 on a logged-in session). */
    SESSION_EXPIRED,
    /** Logged in, but not allowed (403). */
    FORBIDDEN,
    /** The record or path does not exist (404). */
    NOT_FOUND,
    /** 429: too many requests. */
    RATE_LIMITED,
    /** The server failed (5xx). */
    SERVER_ERROR,
    /** The answer could not be read (not JSON, an HTML page from a proxy, cut short). */
    BAD_RESPONSE,
    /** Nothing listens there. */
    CONNECTION_REFUSED,
    /** The host name is unknown. */
    UNKNOWN_HOST,
    /** The secure connection failed (certificate, protocol). */
    TLS,
    /** No answer in time. */
    TIMEOUT,
    /** The connection dropped while talking. */
    CONNECTION_LOST,
    /** The answer was larger than we read. */
    TOO_LARGE,
    /** The user or the view cancelled the request. */
    CANCELLED,
    /** The client cannot do what was asked (the resource has no such operation). */
    UNSUPPORTED
  }

  /**
   * One complaint about one input: {@code field} is a dotted path into the body ({@code address.city},
   * {@code tags.2}) or a query parameter's filter field, with {@code location} saying which.
   */
  public record FieldError(String field, Location location, String message, Optional<String> type) {

    public enum Location { BODY, QUERY, PATH, HEADER, OTHER }
  }

  private final Kind kind;
  private final OptionalInt status;
  private final List<FieldError> fieldErrors;
  private final Optional<String> serverMessage;

  public ApiProblem(Kind kind, OptionalInt status, String message, List<FieldError> fieldErrors,
      Optional<String> serverMessage, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.status = status;
    this.fieldErrors = List.copyOf(fieldErrors);
    this.serverMessage = serverMessage;
  }

  public static ApiProblem of(Kind kind, String message) {
    return new ApiProblem(kind, OptionalInt.empty(), message, List.of(), Optional.empty(), null);
  }

  public Kind kind() {
    return kind;
  }

  /** The HTTP status, when the server answered. */
  public OptionalInt status() {
    return status;
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  /** The server's own words ({@code detail}), when it gave a plain one. */
  public Optional<String> serverMessage() {
    return serverMessage;
  }

  /** Whether trying the same request again later could work (a timeout, a dropped connection, a 503). */
  public boolean isTransient() {
    return switch (kind) {
      case TIMEOUT, CONNECTION_LOST, CONNECTION_REFUSED, RATE_LIMITED, SERVER_ERROR -> true;
      default -> false;
    };
  }

  /** The problem a failed future carries, unwrapped from {@code CompletionException} and friends. */
  public static Optional<ApiProblem> in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ApiProblem problem) {
        return Optional.of(problem);
      }
    }
    return Optional.empty();
  }
}
