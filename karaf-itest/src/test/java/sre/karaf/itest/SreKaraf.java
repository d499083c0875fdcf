package sre.karaf.itest;

import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/** Pax Exam options that boot the project's own Karaf distribution (TOOLCHAIN §4). */
final class SreKaraf {
  private static final String PAX_URL = "etc/org.ops4j.pax.url.mvn.cfg";
  private static final String SHELL = "etc/org.apache.karaf.shell.cfg";
  private static final String MANAGEMENT = "etc/org.apache.karaf.management.cfg";

  private SreKaraf() {}

  static Option[] distribution() {
    String version = System.getProperty("project.version");
    String localRepo = System.getProperty("org.ops4j.pax.url.mvn.localRepository");
    return options(
        karafDistributionConfiguration()
            .frameworkUrl(maven("sre", "karaf-distribution", version).type("tar.gz"))
            .unpackDirectory(new File("target/exam"))
            .useDeployFolder(false),
        configureConsole().ignoreLocalConsole(),
        logLevel(LogLevel.WARN),
        // The distribution's own system/ folder first, so the test runs the bundles it ships; then
        // the build's local repository, where offline runs find Pax Exam's probe bundles (TOOLCHAIN
        // gotcha 10).
        editConfigurationFilePut(PAX_URL, "org.ops4j.pax.url.mvn.localRepository", localRepo),
        editConfigurationFilePut(
            PAX_URL,
            "org.ops4j.pax.url.mvn.defaultRepositories",
            "${karaf.home.uri}${karaf.default.repository}@id=system.repository@snapshots,"
                + "${karaf.data.uri}kar@id=kar.repository@multi@snapshots,"
                + "file:"
                + localRepo
                + "@id=maven.local@snapshots"),
        // Other ports than a developer's running distribution (8101, 1099, 44444).
        editConfigurationFilePut(SHELL, "sshPort", "8117"),
        editConfigurationFilePut(MANAGEMENT, "rmiRegistryPort", "1117"),
        editConfigurationFilePut(MANAGEMENT, "rmiServerPort", "44417"));
  }
}
