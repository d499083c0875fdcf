package sre.shell.internal;

import java.io.PrintStream;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import sre.api.agent.AgentData;
import sre.api.agent.AgentSource;

/** {@code sre:agent-list}: the agents AgentData knows, with their endpoints. */
@Service
@Command(scope = "sre", name = "agent-list", description = "Lists the agents and their endpoints")
public final class AgentListCommand implements Action {
  @Reference AgentData agents;

  @Override
  public Object execute() {
    print(System.out);
    return null;
  }

  void print(PrintStream out) {
    ShellTable table = new ShellTable().emptyTableText("no agents");
    table.column("Name");
    table.column("Id");
    table.column("Endpoints").maxSize(80).wrap();
    table.column("Modified");
    for (AgentSource a : agents.list()) {
      String endpoints =
          AgentGraphs.endpoints(a.json()).stream()
              .map(e -> e.method() + " " + e.path())
              .collect(Collectors.joining(", "));
      table.addRow().addContent(a.name(), a.id(), endpoints, a.modified());
    }
    table.print(out);
  }
}
