package sre.shell.internal;

import java.time.Duration;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import sre.api.runtime.ConnectorBinding;
import sre.api.runtime.ConnectorSelection;

/**
 * {@code sre:connector-use <subsystem> <connector>}: switches the subsystem by configuration (its
 * {@code connector.target}, as {@code config:edit sre.<subsystem>} would) and waits until it
 * serves.
 */
@Service
@Command(
    scope = "sre",
    name = "connector-use",
    description =
        "Selects the connector serving a subsystem (writes its connector.target) and waits until"
            + " new calls go to it")
public final class ConnectorUseCommand implements Action {
  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  @Reference ConnectorSelection selection;

  @Argument(index = 0, name = "subsystem", description = "e.g. cache", required = true)
  @Completion(SubsystemCompleter.class)
  String subsystem;

  @Argument(
      index = 1,
      name = "connector",
      description = "Connector name, e.g. Redis",
      required = true)
  @Completion(ConnectorNameCompleter.class)
  String connector;

  @Override
  public Object execute() throws Exception {
    long start = System.nanoTime();
    ConnectorBinding b = Await.result(selection.use(subsystem, connector), TIMEOUT);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "%s now served by %s%s (service %d) after %d ms%n",
        b.subsystem(),
        b.connectorName(),
        b.instanceId().isEmpty() ? "" : "/" + b.instanceId(),
        b.serviceId(),
        millis);
    return null;
  }
}
