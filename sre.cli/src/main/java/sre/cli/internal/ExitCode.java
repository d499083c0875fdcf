package sre.cli.internal;

/** Process exit codes of the sre command. Usage errors are picocli's 2. */
final class ExitCode {
  static final int OK = 0;

  /** The runtime did not become ready in time (or a command failed). */
  static final int NOT_READY = 1;

  /** Malformed arguments (picocli's own code for usage errors). */
  static final int USAGE = 2;

  /** Stopped by Ctrl-C or SIGTERM before finishing: 128 + SIGTERM, as a shell reports it. */
  static final int STOPPED = 143;

  private ExitCode() {}
}
