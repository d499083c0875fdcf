package sre.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sre.api.agent.AgentData;
import sre.api.runtime.Readiness;
import sre.api.runtime.Router;

/**
 * {@code sre serve}: the background mode, serving agents over HTTP. Turns on the HTTP service
 * (Felix HTTP Jetty is installed with its connector off, so other commands never bind a port) and
 * optionally points the local agent folder elsewhere, both through ConfigAdmin - configurations
 * that live in this process's framework storage only. Then keeps the framework running until Ctrl-C
 * or SIGTERM.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the runtime with the HTTP router and keeps it running until Ctrl-C or SIGTERM, which"
          + " stop the framework cleanly first.",
      "Prints one line on standard output when ready:"
          + " 'SRE ready in <ms> ms (pid <pid>) at <url>; Ctrl-C to stop'.",
      "Exit code 1 when not ready within the timeout or when the port is taken."
    })
final class ServeCommand implements Callable<Integer> {
  /** Felix HTTP's configuration PID and keys; a port of 0 lets the system pick a free one. */
  static final String HTTP_PID = "org.apache.felix.http";

  static final String HTTP_BUNDLE = "org.apache.felix.http.jetty";

  /** The local agent folder connector (sre.connector.local's LocalAgentData). */
  static final String AGENTS_PID = "sre.connector.local.agents";

  private final Services services;

  @Spec private CommandSpec spec;

  @Option(
      names = "--timeout",
      paramLabel = "<seconds>",
      defaultValue = "30",
      description =
          "How long to wait for readiness before giving up (default: ${DEFAULT-VALUE} s).")
  int timeoutSeconds;

  @Option(
      names = "--port",
      paramLabel = "<port>",
      defaultValue = "8080",
      description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "<address>",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(
      names = "--agents",
      paramLabel = "<dir>",
      description = "Folder of .smyth agents to serve (default: <SRE_HOME>/agents).")
  Path agents;

  ServeCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    Deadline deadline = Deadline.in(Duration.ofSeconds(timeoutSeconds));
    Optional<Readiness> readiness = services.await(Readiness.class, deadline);
    if (services.stopping()) {
      return ExitCode.STOPPED;
    }
    if (readiness.isEmpty()) {
      throw CommandFailure.failed(
          "not ready after " + timeoutSeconds + " s; run 'sre status' to see why");
    }
    Optional<ConfigurationAdmin> admin = services.await(ConfigurationAdmin.class, deadline);
    if (agents != null) {
      useAgentFolder(
          admin.orElseThrow(
              () -> CommandFailure.failed("no ConfigurationAdmin: cannot use --agents")),
          deadline);
    }
    // Without ConfigAdmin (a stripped-down runtime) there is no HTTP to turn on: serve what is
    // there.
    String where = admin.isPresent() ? " at " + startHttp(admin.get(), deadline) : "";
    out.printf(
        "SRE ready in %d ms (pid %d)%s; Ctrl-C to stop%n",
        readiness.get().bootMillis(), ProcessHandle.current().pid(), where);
    out.flush();
    services.awaitShutdown();
    return ExitCode.OK;
  }

  /** Turns Felix HTTP's connector on and waits for the router; its base URL. */
  private String startHttp(ConfigurationAdmin admin, Deadline deadline) {
    requireFreePort();
    // The HTTP bundle stays stopped for every other command (see sre.launcher/sre.bndrun).
    services.startDormantBundle(HTTP_BUNDLE);
    configure(
        admin,
        HTTP_PID,
        Map.of(
            "org.apache.felix.http.enable",
            "true",
            "org.osgi.service.http.port",
            String.valueOf(port),
            "org.apache.felix.http.host",
            host));
    Optional<Router> router = services.await(Router.class, deadline);
    if (services.stopping()) {
      throw CommandFailure.stopped();
    }
    return router
        .orElseThrow(
            () ->
                CommandFailure.failed(
                    "HTTP did not start on "
                        + host
                        + ":"
                        + port
                        + " within "
                        + timeoutSeconds
                        + " s"))
        .baseUrl();
  }

  /** Points LocalAgentData at the folder and waits until the connector serves it. */
  private void useAgentFolder(ConfigurationAdmin admin, Deadline deadline) {
    Path folder = agents.toAbsolutePath().normalize();
    if (!Files.isDirectory(folder)) {
      throw CommandFailure.usage("no such agents folder: " + agents);
    }
    configure(admin, AGENTS_PID, Map.of("folder", folder.toString()));
    // component properties carry the configuration: the re-activated connector names its folder
    String filter = "(folder=" + VaultConfiguration.ldapEscape(folder.toString()) + ")";
    if (services.awaitMatching(AgentData.class, filter, deadline).isEmpty()) {
      throw CommandFailure.failed("the agent folder connector did not take " + agents + " in time");
    }
  }

  /** Jetty would only log a bind failure; saying so up front is clearer than a timeout. */
  private void requireFreePort() {
    if (port == 0) {
      return;
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(InetAddress.getByName(host), port));
    } catch (IOException e) {
      throw CommandFailure.failed(
          "cannot listen on " + host + ":" + port + " (" + e.getMessage() + "); try --port");
    }
  }

  private static void configure(ConfigurationAdmin admin, String pid, Map<String, String> values) {
    try {
      // "?" binds the configuration to no single bundle, as FileInstall's configurations are.
      Configuration config = admin.getConfiguration(pid, "?");
      Dictionary<String, Object> properties =
          Optional.ofNullable(config.getProperties()).orElseGet(Hashtable::new);
      values.forEach(properties::put);
      config.update(properties);
    } catch (IOException e) {
      throw CommandFailure.failed("cannot configure " + pid + ": " + e.getMessage());
    }
  }
}
