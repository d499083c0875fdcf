package sre.api.connector;

/** Service property names shared by connectors. */
public final class ConnectorProperties {
  /** The connector's registered name; see {@link ConnectorName}. */
  public static final String NAME = ConnectorName.PROPERTY;

  /**
   * Instance id of a factory-configured connector (the configuration's name, e.g. {@code cache} for
   * {@code sre.connector.redis-cache.cfg}). Absent for singletons.
   */
  public static final String ID = "sre.connector.id";

  private ConnectorProperties() {}
}
