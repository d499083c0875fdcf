package sre.kernel.internal.select;

/** No connector serves a subsystem at the moment (none installed, or none matches its target). */
public final class ConnectorUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConnectorUnavailableException(String subsystem) {
    super(subsystem + ": no connector available");
  }
}
