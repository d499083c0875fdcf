package sre.connector.local.internal;

import java.nio.file.Path;
import org.osgi.framework.BundleContext;

/**
 * Where the local connectors keep their files when their configuration names no place: under the
 * framework property {@value #PROPERTY}, else {@code ${user.home}/.sre}.
 */
final class SreHome {

  /** Framework (or system) property naming SRE's home folder. */
  static final String PROPERTY = "sre.home";

  private SreHome() {}

  /** SRE's home folder for this framework. */
  static Path of(BundleContext context) {
    String home = context.getProperty(PROPERTY);
    if (home == null || home.isBlank()) {
      return Path.of(System.getProperty("user.home"), ".sre");
    }
    return Path.of(home.trim());
  }

  /** {@code configured} when set, else {@code <sre.home>/<child>}; always absolute. */
  static Path resolve(BundleContext context, String configured, String child) {
    Path path =
        configured == null || configured.isBlank()
            ? of(context).resolve(child)
            : Path.of(configured.trim());
    return path.toAbsolutePath().normalize();
  }
}
