package sre.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import sre.api.agent.AgentRuns;

/**
 * {@code sre:run-cancel <runId>}: kills a running run; it answers {@code AGENT_KILLED} at its next
 * cycle boundary, or at once when it is waiting.
 */
@Service
@Command(
    scope = "sre",
    name = "run-cancel",
    description = "Cancels a running run (it answers AGENT_KILLED)")
public final class RunCancelCommand implements Action {
  @Reference AgentRuns runs;

  @Argument(index = 0, name = "runId", description = "A run id from sre:run-list", required = true)
  @Completion(RunningRunCompleter.class)
  String runId;

  @Override
  public Object execute() {
    System.out.println(result());
    return null;
  }

  String result() {
    return runs.cancel(runId)
        ? "Run " + runId + " cancelled"
        : "Run " + runId + " is not running (see sre:run-list)";
  }
}
