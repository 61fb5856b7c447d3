package dev.switchboard.app;

/**
 * A mistake in how a command was called (an unknown resource, a malformed filter, a missing password) or a
 * problem reaching the backend before it could answer: one sentence for stderr, exit code 2.
 */
final class UsageException extends Exception {

  UsageException(String message) {
    super(message);
  }
}
