package dev.switchboard.http;

import dev.switchboard.data.ApiProblem;
import dev.switchboard.data.ApiProblem.FieldError;
import dev.switchboard.data.ApiProblem.Kind;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;

/**
 * Turns what went wrong in one exchange into an {@link ApiProblem} whose message a support agent can act on.
 *
 * <ul>
 *   <li><b>422</b> (and 400 with a list {@code detail}): FastAPI's {@code detail[]} items become field errors;
 *       {@code loc} {@code ["body", "notes"]} is field {@code notes}, {@code ["body", "address", "city"]} is
 *       {@code address.city}, {@code ["body", "tags", 2]} is {@code tags.2}; {@code ["query", "status__in"]}
 *       is the filter's parameter; a {@code loc} of just {@code ["body"]} is about the whole form. The sentence
 *       names the fields by their labels: "The server rejected the change: Notes is too long (2,000 characters
 *       at most)."
 *   <li><b>A string {@code detail}</b> (FastAPI's HTTPException), or {@code application/problem+json}'s {@code
 *       detail}/{@code title}, is quoted as the server's reason.
 *   <li><b>401</b>: on a logged-in session the session expired; otherwise log in. <b>403</b>: not allowed,
 *       ask an administrator. <b>404</b>: gone, refresh. <b>409</b>, <b>400</b>, <b>413</b>: refused, with the
 *       reason. <b>429</b>: busy, with the wait from {@code Retry-After}. <b>5xx</b>: the server (or a proxy
 *       in front of it, when the body is an HTML page) failed; try again.
 *   <li><b>Transport</b>: refused, unknown host, TLS, timeout, dropped mid-body, cancelled: each its own
 *       sentence naming the host.
 * </ul>
 */
final class ProblemMapper {

  private final JsonValues json;

  ProblemMapper(JsonValues json) {
    this.json = json;
  }

  /** The problem an error status carries. {@code body} may be empty; {@code retryAfter} is the header's text. */
  ApiProblem fromStatus(Purpose purpose, HttpUrl url, int status, String contentType, byte[] body,
      Optional<String> retryAfter, boolean loggedIn) {
    Object parsed = parse(contentType, body);
    Optional<String> reason = reason(parsed);
    List<FieldError> fieldErrors = fieldErrors(parsed);
    OptionalInt code = OptionalInt.of(status);
    boolean html = isHtml(contentType, body);
    if (!fieldErrors.isEmpty() && (status == 422 || status == 400)) {
      return new ApiProblem(Kind.VALIDATION, code, validationSentence(purpose, fieldErrors), fieldErrors, reason,
          null);
    }
    String host = url.host() + (url.port() == HttpUrl.defaultPort(url.scheme()) ? "" : ":" + url.port());
    String quoted = reason.map(r -> " The server said: \"" + r + "\".").orElse("");
    return switch (status) {
      case 401 -> loggedIn
          ? problem(Kind.SESSION_EXPIRED, code, "Your session has ended." + quoted + " Log in again to go on;"
              + " nothing you typed is lost.", reason)
          : problem(Kind.UNAUTHORIZED, code, "Not logged in, or the credentials were not accepted." + quoted
              + " Log in with an account that may " + verb(purpose) + ".", reason);
      case 403 -> problem(Kind.FORBIDDEN, code, "You do not have permission to " + verb(purpose) + "." + quoted
          + " Ask an administrator for access.", reason);
      case 404 -> problem(Kind.NOT_FOUND, code, "Not found: " + purpose.what() + " does not exist (any more)."
          + quoted + " It may have been deleted; refresh and try again.", reason);
      case 429 -> problem(Kind.RATE_LIMITED, code, "The server at " + host + " is busy and asked to slow down."
          + retryAfter.flatMap(RetryInterceptor::retryAfter).map(wait -> " Try again in " + wait(wait) + ".")
              .orElse(" Try again in a moment."), reason);
      case 413 -> problem(Kind.REJECTED, code, "The server refused " + purpose.what() + " because it is too large."
          + quoted, reason);
      default -> {
        if (status >= 500) {
          String who = html || status == 502 || status == 504
              ? "The server at " + host + " (or a proxy in front of it)" : "The server at " + host;
          yield problem(Kind.SERVER_ERROR, code, who + " failed while trying to " + verb(purpose) + " (" + status
              + " " + statusText(status) + ")." + quoted + " Try again; if it keeps happening, tell whoever runs"
              + " the backend.", reason);
        }
        yield problem(Kind.REJECTED, code, "The server rejected " + purpose.what() + " (" + status + " "
            + statusText(status) + ")." + quoted.replace("The server said", "Its reason"), reason);
      }
    };
  }

  /** A success whose body could not be read as JSON: an HTML page from a proxy, or plain text. */
  ApiProblem unreadable(Purpose purpose, HttpUrl url, String contentType, byte[] body, Exception cause) {
    String what = isHtml(contentType, body) ? "a web page instead of data"
        : body.length == 0 ? "nothing" : "something that is not JSON";
    return new ApiProblem(Kind.BAD_RESPONSE, OptionalInt.empty(), "The server at " + url.host() + " answered "
        + what + " when asked to " + verb(purpose) + ". Check that the address points at the API itself, not at"
        + " a login page or a proxy.", List.of(), Optional.empty(), cause);
  }

  ApiProblem tooLarge(Purpose purpose, HttpUrl url, long limit) {
    return ApiProblem.of(Kind.TOO_LARGE, "The server at " + url.host() + " sent more than " + size(limit)
        + " for " + purpose.what() + "; Switchboard stopped reading. Ask for fewer records per page.");
  }

  /** The problem a failed exchange (no status) carries. */
  ApiProblem fromFailure(Purpose purpose, HttpUrl url, IOException failure, boolean cancelled, Duration timeout) {
    String host = url.host() + (url.port() == HttpUrl.defaultPort(url.scheme()) ? "" : ":" + url.port());
    // OkHttp ends a call that runs past its call timeout by cancelling it: that is a timeout, not a person's cancel.
    if (cancelled && !isTimeout(failure)) {
      return new ApiProblem(Kind.CANCELLED, OptionalInt.empty(), "Cancelled.", List.of(), Optional.empty(), failure);
    }
    Kind kind;
    String message;
    if (failure instanceof UnknownHostException) {
      kind = Kind.UNKNOWN_HOST;
      message = "The host '" + url.host() + "' is unknown. Check the address for typos, and the network.";
    } else if (failure instanceof ConnectException || failure instanceof NoRouteToHostException) {
      kind = Kind.CONNECTION_REFUSED;
      message = "Could not connect to " + host + ": nothing answers there. Check the address and that the"
          + " backend is running.";
    } else if (failure instanceof SSLException) {
      kind = Kind.TLS;
      message = "The secure connection to " + host + " failed (" + failure.getMessage() + "). Check the address"
          + " (http or https) and the server's certificate.";
    } else if (failure instanceof SocketTimeoutException || isTimeout(failure)) {
      kind = Kind.TIMEOUT;
      message = "The server at " + host + " did not answer within " + seconds(timeout) + " while trying to "
          + verb(purpose) + ". Try again; if it keeps happening, the server may be overloaded.";
    } else if (failure instanceof EOFException || failure instanceof ProtocolException
        || String.valueOf(failure.getMessage()).contains("unexpected end of stream")
        || String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT).contains("reset")) {
      kind = Kind.CONNECTION_LOST;
      message = "The connection to " + host + " dropped before the answer was complete. "
          + (purpose.change() ? "The change may or may not have been saved: refresh to check before trying again."
              : "Try again.");
    } else {
      kind = Kind.CONNECTION_LOST;
      message = "Talking to " + host + " failed (" + failure.getMessage() + "). "
          + (purpose.change() ? "The change may or may not have been saved: refresh to check." : "Try again.");
    }
    return new ApiProblem(kind, OptionalInt.empty(), message, List.of(), Optional.empty(), failure);
  }

  private static boolean isTimeout(IOException failure) {
    return failure instanceof InterruptedIOException && String.valueOf(failure.getMessage()).contains("timeout");
  }

  /** "32 MB", "64 KB", "500 bytes": the body limit as people read sizes. */
  private static String size(long bytes) {
    if (bytes >= 1L << 20) {
      return (bytes >> 20) + " MB";
    }
    return bytes >= 1L << 10 ? (bytes >> 10) + " KB" : bytes + " bytes";
  }

  /** "1 second", "30 seconds", "5 minutes": how long {@code Retry-After} (seconds or an HTTP date) asked to wait. */
  private static String wait(Duration wait) {
    long s = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    if (s >= 120) {
      long minutes = (s + 59) / 60;
      return minutes + " minutes";
    }
    return s == 1 ? "1 second" : s + " seconds";
  }

  private static String seconds(Duration timeout) {
    long s = Math.max(1, timeout.toSeconds());
    return s == 1 ? "1 second" : s + " seconds";
  }

  private static String verb(Purpose purpose) {
    return purpose.doing();
  }

  private String validationSentence(Purpose purpose, List<FieldError> errors) {
    List<String> parts = new ArrayList<>();
    for (FieldError error : errors) {
      String label = error.field().isEmpty() ? "" : label(purpose, error.field());
      String phrase = error.message();
      String own = phrase.startsWith(":") ? phrase.substring(1).trim() : "";
      boolean namesItself = !label.isEmpty()
          && own.toLowerCase(java.util.Locale.ROOT).startsWith(label.toLowerCase(java.util.Locale.ROOT));
      parts.add(label.isEmpty() ? capitalise(phrase.startsWith(": ") ? phrase.substring(2) : phrase)
          : namesItself ? own : phrase.startsWith(":") ? label + phrase : label + " " + phrase);
    }
    return "The server rejected " + purpose.what() + ": " + String.join("; ", parts) + ".";
  }

  /** "tags.2" is "Tags (item 3)"; "address.city" is "Address › City". */
  private static String label(Purpose purpose, String path) {
    StringBuilder plain = new StringBuilder();
    StringBuilder items = new StringBuilder();
    for (String part : path.split("\\.")) {
      if (part.chars().allMatch(Character::isDigit) && !part.isEmpty()) {
        items.append(" (item ").append(Integer.parseInt(part) + 1).append(')');
      } else {
        plain.append(plain.length() == 0 ? "" : ".").append(part);
      }
    }
    return purpose.labels().apply(plain.toString()) + items;
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private Object parse(String contentType, byte[] body) {
    if (body == null || body.length == 0 || isHtml(contentType, body)) {
      return null;
    }
    try {
      return json.read(body);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static Optional<String> reason(Object parsed) {
    if (parsed instanceof Map<?, ?> map) {
      for (String key : List.of("detail", "message", "title", "error")) {
        if (map.get(key) instanceof String s && !s.isBlank()) {
          return Optional.of(s.strip());
        }
      }
      if (map.get("detail") instanceof Map<?, ?> nested && nested.get("message") instanceof String s) {
        return Optional.of(s.strip());
      }
    }
    return Optional.empty();
  }

  /** FastAPI's {@code detail: [{loc, msg, type, ctx}]}; problem+json's {@code errors} in the same shape. */
  private static List<FieldError> fieldErrors(Object parsed) {
    if (!(parsed instanceof Map<?, ?> map)) {
      return List.of();
    }
    Object items = map.get("detail") instanceof List<?> ? map.get("detail") : map.get("errors");
    if (!(items instanceof List<?> list)) {
      return List.of();
    }
    List<FieldError> errors = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> error)) {
        continue;
      }
      String type = error.get("type") instanceof String s ? s : null;
      String msg = error.get("msg") instanceof String s ? s : error.get("message") instanceof String m ? m : null;
      Map<?, ?> ctx = error.get("ctx") instanceof Map<?, ?> c ? c : Map.of();
      FieldError.Location location = FieldError.Location.OTHER;
      List<String> path = new ArrayList<>();
      if (error.get("loc") instanceof List<?> loc && !loc.isEmpty()) {
        location = location(String.valueOf(loc.get(0)));
        int from = location == FieldError.Location.OTHER ? 0 : 1;
        for (Object part : loc.subList(from, loc.size())) {
          path.add(part instanceof Number n ? Long.toString(n.longValue()) : String.valueOf(part));
        }
      }
      // pydantic v2 adds a step for the validator that failed inside a union ("function-after[...]"): drop it.
      path.removeIf(p -> p.contains("[") && p.contains("]"));
      errors.add(new FieldError(String.join(".", path), location, ValidationMessages.phrase(type, msg, ctx),
          Optional.ofNullable(type)));
    }
    return errors;
  }

  private static FieldError.Location location(String first) {
    return switch (first) {
      case "body" -> FieldError.Location.BODY;
      case "query" -> FieldError.Location.QUERY;
      case "path" -> FieldError.Location.PATH;
      case "header", "cookie" -> FieldError.Location.HEADER;
      default -> FieldError.Location.OTHER;
    };
  }

  private static ApiProblem problem(Kind kind, OptionalInt status, String message, Optional<String> reason) {
    return new ApiProblem(kind, status, message, List.of(), reason, null);
  }

  static boolean isHtml(String contentType, byte[] body) {
    if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html")) {
      return true;
    }
    if (body == null) {
      return false;
    }
    String start = new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).stripLeading()
        .toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype html") || start.startsWith("<html");
  }

  private static String statusText(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 405 -> "Method Not Allowed";
      case 409 -> "Conflict";
      case 410 -> "Gone";
      case 415 -> "Unsupported Media Type";
      case 500 -> "Internal Server Error";
      case 501 -> "Not Implemented";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "error";
    };
  }
}
