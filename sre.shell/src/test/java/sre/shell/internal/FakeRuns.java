package sre.shell.internal;

import java.util.ArrayList;
import java.util.List;
import sre.api.agent.AgentRuns;
import sre.api.agent.RunInfo;

/** AgentRuns over a fixed list; a cancel succeeds for a running run and records its id. */
record FakeRuns(List<RunInfo> runs, List<String> cancelled) implements AgentRuns {
  FakeRuns(List<RunInfo> runs) {
    this(runs, new ArrayList<>());
  }

  @Override
  public boolean cancel(String runId) {
    boolean running =
        runs.stream().anyMatch(r -> r.runId().equals(runId) && r.state() == RunInfo.State.RUNNING);
    if (running) {
      cancelled.add(runId);
    }
    return running;
  }
}
