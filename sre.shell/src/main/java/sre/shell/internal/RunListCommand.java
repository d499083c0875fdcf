package sre.shell.internal;

import java.io.PrintStream;
import java.time.Duration;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import sre.api.agent.AgentRuns;
import sre.api.agent.RunInfo;
import sre.api.security.AccessCandidate;

/** {@code sre:run-list}: the runs in flight, then the most recently finished ones. */
@Service
@Command(
    scope = "sre",
    name = "run-list",
    description = "Lists running runs and recently finished ones with their state and duration")
public final class RunListCommand implements Action {
  @Reference AgentRuns runs;

  @Option(name = "-r", aliases = "--running", description = "Only runs still running")
  boolean runningOnly;

  @Override
  public Object execute() {
    print(System.out);
    return null;
  }

  void print(PrintStream out) {
    ShellTable table = new ShellTable().emptyTableText("no runs");
    table.column("Run");
    table.column("Agent");
    table.column("Endpoint");
    table.column("State");
    table.column("Duration").alignRight();
    table.column("Caller");
    for (RunInfo r : runs.runs()) {
      if (runningOnly && r.state() != RunInfo.State.RUNNING) {
        continue;
      }
      table
          .addRow()
          .addContent(
              r.runId(),
              r.agentId(),
              r.endpoint(),
              r.state(),
              format(r.duration()),
              caller(r.caller()));
    }
    table.print(out);
  }

  static String format(Duration d) {
    long ms = d.toMillis();
    return ms < 10_000 ? ms + " ms" : String.format("%.1f s", ms / 1000.0);
  }

  private static String caller(AccessCandidate c) {
    return c.id().isEmpty() ? c.role().key() : c.role().key() + ":" + c.id();
  }
}
