package sre.shell.internal;

import java.util.List;
import java.util.TreeSet;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import sre.api.agent.AgentData;
import sre.api.agent.AgentSource;

/** Completes agent names (as stored, e.g. the file name) from the AgentData service. */
@Service
public final class AgentCompleter implements Completer {
  @Reference(optional = true)
  AgentData agents;

  @Override
  public int complete(Session session, CommandLine commandLine, List<String> candidates) {
    TreeSet<String> names = new TreeSet<>();
    AgentData data = agents;
    if (data != null) {
      for (AgentSource a : data.list()) {
        names.add(a.name());
      }
    }
    return new StringsCompleter(names).complete(session, commandLine, candidates);
  }
}
