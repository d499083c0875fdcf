package sre.api.agent;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import sre.api.security.AccessCandidate;

/**
 * One run as an operator sees it: its id ({@link RunEvent#runId()}), the agent, the endpoint path
 * it was started on, the candidate it runs for, its state, when it started and how long it ran (so
 * far, while running).
 */
public record RunInfo(
    String runId,
    String agentId,
    String endpoint,
    AccessCandidate caller,
    State state,
    Instant started,
    Duration duration) {

  /** Where a run is: in flight, or how it ended. */
  public enum State {
    RUNNING,
    /** Answered normally. */
    DONE,
    /** Answered with a top-level {@code error} (unknown endpoint, run failure) or threw. */
    FAILED,
    /** Killed through {@link AgentRuns#cancel(String)}. */
    CANCELLED
  }

  public RunInfo {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(duration, "duration");
  }
}
