package sre.shell.internal;

import java.io.PrintStream;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import sre.api.runtime.ConnectorBinding;
import sre.api.runtime.Runtime;

/** {@code sre:connector-list}: every connector service of every subsystem, the selected flagged. */
@Service
@Command(
    scope = "sre",
    name = "connector-list",
    description = "Lists the connectors of every subsystem and which one serves it")
public final class ConnectorListCommand implements Action {
  @Reference Runtime runtime;

  @Option(
      name = "-s",
      aliases = "--subsystem",
      description = "Only this subsystem (case-insensitive)")
  @Completion(SubsystemCompleter.class)
  String subsystem;

  @Override
  public Object execute() {
    print(System.out);
    return null;
  }

  void print(PrintStream out) {
    ShellTable table = new ShellTable().emptyTableText("no connectors");
    table.column("Subsystem");
    table.column("Connector");
    table.column("Instance");
    table.column("State");
    table.column("Ranking").alignRight();
    table.column("Service id").alignRight();
    for (ConnectorBinding b : runtime.connectors()) {
      if (subsystem != null
          && !b.subsystem().toLowerCase(Locale.ROOT).equals(subsystem.toLowerCase(Locale.ROOT))) {
        continue;
      }
      table
          .addRow()
          .addContent(
              b.subsystem(),
              b.connectorName(),
              b.instanceId().isEmpty() ? "-" : b.instanceId(),
              b.selected() ? "selected" : "standby",
              b.ranking(),
              b.serviceId());
    }
    table.print(out);
  }
}
