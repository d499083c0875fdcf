package sre.cli.internal;

/**
 * A failure the user can act on (a missing file, bad JSON in an argument, a runtime that is not
 * ready): reported as one line {@code sre <command>: <message>} with its own exit code, never with
 * a stack trace unless {@code --verbose}.
 */
final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CommandFailure(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  /** A bad file or a failed run: exit code 1. */
  static CommandFailure failed(String message) {
    return new CommandFailure(message, ExitCode.NOT_READY);
  }

  /** A malformed argument: exit code 2, as picocli's own usage errors. */
  static CommandFailure usage(String message) {
    return new CommandFailure(message, ExitCode.USAGE);
  }

  /** The framework is stopping (Ctrl-C, SIGTERM): leave quietly. */
  static CommandFailure stopped() {
    return new CommandFailure("", ExitCode.STOPPED);
  }

  int exitCode() {
    return exitCode;
  }

  @Override
  public String toString() {
    return getMessage();
  }
}
