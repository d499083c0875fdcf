package sre.shell.internal;

import java.util.List;
import java.util.TreeSet;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import sre.api.agent.AgentRuns;
import sre.api.agent.RunInfo;

/** Completes the ids of runs still running (the only ones a cancel can act on). */
@Service
public final class RunningRunCompleter implements Completer {
  @Reference(optional = true)
  AgentRuns runs;

  @Override
  public int complete(Session session, CommandLine commandLine, List<String> candidates) {
    return new StringsCompleter(runningIds()).complete(session, commandLine, candidates);
  }

  TreeSet<String> runningIds() {
    TreeSet<String> ids = new TreeSet<>();
    AgentRuns r = runs;
    if (r != null) {
      for (RunInfo info : r.runs()) {
        if (info.state() == RunInfo.State.RUNNING) {
          ids.add(info.runId());
        }
      }
    }
    return ids;
  }
}
