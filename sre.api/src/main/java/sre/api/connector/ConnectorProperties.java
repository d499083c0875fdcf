package sre.api.connector;

import java.nio.file.Path;
import java.util.Map;

/** Service property names shared by connectors. */
public final class ConnectorProperties {
  /** The connector's registered name; see {@link ConnectorName}. */
  public static final String NAME = ConnectorName.PROPERTY;

  /**
   * Instance id of a factory-configured connector (the configuration's name, e.g. {@code cache} for
   * {@code sre.connector.redis-cache.cfg}). Absent for singletons.
   */
  public static final String ID = "sre.connector.id";

  /**
   * The instance id of a factory-configured connector, to publish as {@link #ID}: the name of its
   * configuration — {@code cache} for {@code <factoryPid>-cache.cfg} (FileInstall records the file
   * name) or for the named configuration {@code <factoryPid>~cache} (Configuration Admin 1.6,
   * Karaf); otherwise the configuration's PID.
   *
   * @param properties the component's configuration properties
   */
  public static String instanceId(String factoryPid, Map<String, ?> properties) {
    Object pid = properties.get("service.pid");
    if (pid instanceof String text && text.startsWith(factoryPid + "~")) {
      return text.substring(factoryPid.length() + 1);
    }
    Object file = properties.get("felix.fileinstall.filename");
    if (file != null) {
      String name = Path.of(file.toString().replaceFirst("^file:", "")).getFileName().toString();
      name = name.replaceFirst("\\.(cfg|config|json)$", "");
      if (name.startsWith(factoryPid + "-")) {
        return name.substring(factoryPid.length() + 1);
      }
    }
    return pid == null ? factoryPid : pid.toString();
  }

  private ConnectorProperties() {}
}
