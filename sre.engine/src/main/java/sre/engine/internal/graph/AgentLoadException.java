package sre.engine.internal.graph;

/** A {@code .smyth} file that cannot be run; the message names the problem and where it is. */
public final class AgentLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AgentLoadException(String message) {
    super(message, null, false, false);
  }
}
