package dev.switchboard.openapi;

/**
 * A document exception says, in one sentence a person can act on, why a document could not be read: it
 * names the file or URL and what to do about it. It never carries a parser's stack trace to the user; the
 * cause is kept for the log.
 */
public final class DocumentException extends Exception {

  public DocumentException(String message) {
    super(message);
  }

  public DocumentException(String message, Throwable cause) {
    super(message, cause);
  }
}
