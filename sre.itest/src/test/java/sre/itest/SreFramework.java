package sre.itest;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.nio.file.Path;
import org.ops4j.pax.exam.Option;

/**
 * Provisioning shared by the in-framework tests: the reactor's freshly built bundles (by file) and
 * the same runtime bundles the embedded jar runs (by Maven coordinates).
 */
final class SreFramework {
  private SreFramework() {}

  static Option[] options(Path sreHome) {
    return org.ops4j.pax.exam.CoreOptions.options(
        frameworkProperty("sre.home").value(sreHome.toString()),
        systemProperty("org.ops4j.pax.logging.DefaultServiceLog.level").value("WARN"),
        runtimeBundle("org.ops4j.pax.logging", "pax-logging-api"),
        runtimeBundle("org.osgi", "org.osgi.util.function"),
        runtimeBundle("org.osgi", "org.osgi.util.promise"),
        runtimeBundle("org.osgi", "org.osgi.service.component"),
        runtimeBundle("org.apache.felix", "org.apache.felix.configadmin"),
        runtimeBundle("org.apache.felix", "org.apache.felix.metatype"),
        runtimeBundle("org.apache.felix", "org.apache.felix.scr"),
        runtimeBundle("com.fasterxml.jackson.core", "jackson-core"),
        runtimeBundle("com.fasterxml.jackson.core", "jackson-annotations"),
        runtimeBundle("com.fasterxml.jackson.core", "jackson-databind"),
        reactorBundle("sre.api"),
        reactorBundle("sre.kernel"),
        reactorBundle("sre.connector.local"),
        reactorBundle("sre.engine"),
        reactorBundle("sre.components"),
        junitBundles());
  }

  /**
   * A runtime bundle at the version the parent POM manages (passed in by failsafe as v.<artifact>).
   */
  static Option runtimeBundle(String group, String artifact) {
    String version = System.getProperty("v." + artifact);
    if (version == null) {
      throw new IllegalStateException(
          "No version passed for " + artifact + " (failsafe v." + artifact + ")");
    }
    return mavenBundle(group, artifact, version);
  }

  /** A bundle built by this reactor, from its module's target folder. */
  static Option reactorBundle(String module) {
    return bundle(reactorBundleUrl(module));
  }

  /** File URL of a bundle built by this reactor (to install one at run time). */
  static String reactorBundleUrl(String module) {
    String version = System.getProperty("project.version");
    File reactor = new File(System.getProperty("sre.reactor", ".."));
    return new File(reactor, module + "/target/" + module + "-" + version + ".jar")
        .toURI()
        .toString();
  }
}
