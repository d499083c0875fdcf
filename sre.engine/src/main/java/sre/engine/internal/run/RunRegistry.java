package sre.engine.internal.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import sre.api.agent.AgentResponse;
import sre.api.agent.AgentRuns;
import sre.api.agent.RunInfo;
import sre.api.agent.RunInfo.State;
import sre.api.security.AccessCandidate;

/**
 * The runs of one engine: running ones in a concurrent map keyed by run id, finished ones in a
 * fixed ring of the last {@link #HISTORY}. Starting and ending a run cost one map update and one
 * slot write, with no lock shared between runs.
 */
final class RunRegistry implements AgentRuns {
  static final int HISTORY = 200;
  static final String CANCEL_REASON = "Run cancelled";

  /** What is known of a run while it runs; {@code kill} is its switch. */
  private record Running(
      String runId,
      String agentId,
      String endpoint,
      AccessCandidate caller,
      Instant started,
      long startNanos,
      KillSwitch kill) {
    RunInfo info(State state, long nowNanos) {
      return new RunInfo(
          runId,
          agentId,
          endpoint,
          caller,
          state,
          started,
          Duration.ofNanos(nowNanos - startNanos));
    }
  }

  private final Map<String, Running> running = new ConcurrentHashMap<>();
  private final AtomicReferenceArray<RunInfo> history;
  private final AtomicLong finished = new AtomicLong();

  RunRegistry() {
    this(HISTORY);
  }

  RunRegistry(int historySize) {
    this.history = new AtomicReferenceArray<>(historySize);
  }

  void started(
      String runId, String agentId, String endpoint, AccessCandidate caller, KillSwitch kill) {
    running.put(
        runId,
        new Running(runId, agentId, endpoint, caller, Instant.now(), System.nanoTime(), kill));
  }

  /** Moves the run to the history; {@code error} is what its stage failed with, else null. */
  void ended(String runId, AgentResponse response, Throwable error) {
    Running r = running.remove(runId);
    if (r == null) {
      return;
    }
    RunInfo info = r.info(stateOf(r.kill(), response, error), System.nanoTime());
    history.set((int) (finished.getAndIncrement() % history.length()), info);
  }

  private static State stateOf(KillSwitch kill, AgentResponse response, Throwable error) {
    if (kill.killed()) {
      return State.CANCELLED;
    }
    if (error != null || (response.data() instanceof Map<?, ?> m && m.get("error") != null)) {
      return State.FAILED;
    }
    return State.DONE;
  }

  @Override
  public List<RunInfo> runs() {
    long now = System.nanoTime();
    List<RunInfo> live = new ArrayList<>(running.size());
    for (Running r : running.values()) {
      live.add(r.info(State.RUNNING, now));
    }
    live.sort(Comparator.comparing(RunInfo::started));
    List<RunInfo> done = new ArrayList<>(history.length());
    for (int i = 0; i < history.length(); i++) {
      RunInfo info = history.get(i);
      if (info != null) {
        done.add(info);
      }
    }
    done.sort(Comparator.comparing((RunInfo i) -> i.started().plus(i.duration())).reversed());
    live.addAll(done);
    return live;
  }

  @Override
  public boolean cancel(String runId) {
    Running r = running.get(runId);
    return r != null && r.kill().kill(CANCEL_REASON);
  }

  /** Runs in flight (tests use it to prove nothing stays registered). */
  int runningCount() {
    return running.size();
  }
}
