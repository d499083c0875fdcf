package sre.shell.internal;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import sre.api.agent.AgentData;
import sre.api.agent.AgentSource;

/** {@code sre:agent-info <agent>}: an agent's identity, endpoints and the components it uses. */
@Service
@Command(
    scope = "sre",
    name = "agent-info",
    description = "Shows an agent's id, endpoints and components")
public final class AgentInfoCommand implements Action {
  @Reference AgentData agents;

  @Argument(index = 0, name = "agent", description = "Agent id or name", required = true)
  @Completion(AgentCompleter.class)
  String agent;

  @Override
  public Object execute() {
    AgentSource a =
        agents
            .find(agent)
            .orElseThrow(() -> new IllegalArgumentException("No agent '" + agent + "'"));
    print(a, System.out);
    return null;
  }

  static void print(AgentSource a, PrintStream out) {
    out.println("Name     : " + a.name());
    out.println("Id       : " + a.id());
    out.println("Modified : " + a.modified());
    ShellTable endpoints = new ShellTable().emptyTableText("no endpoints");
    endpoints.column("Method");
    endpoints.column("Path");
    endpoints.column("Component");
    for (AgentGraphs.Endpoint e : AgentGraphs.endpoints(a.json())) {
      endpoints.addRow().addContent(e.method(), e.path(), e.componentId());
    }
    endpoints.print(out);
    Map<String, Integer> uses = new TreeMap<>();
    for (Map<?, ?> c : AgentGraphs.components(a.json())) {
      uses.merge(String.valueOf(c.get("name")), 1, Integer::sum);
    }
    ShellTable components = new ShellTable().emptyTableText("no components");
    components.column("Component");
    components.column("Count").alignRight();
    uses.forEach((name, count) -> components.addRow().addContent(name, count));
    components.print(out);
  }
}
