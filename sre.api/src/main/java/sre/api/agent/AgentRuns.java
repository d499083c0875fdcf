package sre.api.agent;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The runs an {@link AgentRunner} knows about, for operators (e.g. the console's {@code
 * sre:run-list} and {@code sre:run-cancel}): the runs in flight plus a bounded history of the most
 * recent finished ones.
 */
@ProviderType
public interface AgentRuns {
  /**
   * Running runs first (oldest first), then finished ones (most recent first). The history is
   * bounded by the provider (a few hundred runs); older runs are forgotten.
   */
  List<RunInfo> runs();

  /**
   * Kills a running run, as SRE's {@code agent.kill}: it stops at its next cycle boundary, or at
   * once when it is waiting (a sleep, an await, a slow component, whose late result is dropped),
   * and answers {@code {"error":"AGENT_KILLED","reason":...}}. Never blocks.
   *
   * @return true when this call killed the run; false when no such run is running
   */
  boolean cancel(String runId);
}
