package dev.stepwise.cli;

/** A failure the user can act on; its message is printed as the single error line. */
public final class CliException extends RuntimeException {
  /** A failure with a message for the user. */
  public CliException(String message) {
    super(message);
  }
}
