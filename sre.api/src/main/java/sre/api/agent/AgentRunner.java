package sre.api.agent;

import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs agents (SRE's Agent Manager). A run never holds a thread while it waits; many runs of one
 * agent execute concurrently.
 */
@ProviderType
public interface AgentRunner {
  /** Runs the agent found by id or name through {@link AgentData}. */
  CompletionStage<AgentResponse> run(String agent, AgentRequest request, RunListener listener);

  /** Runs an agent given as source (e.g. a file named on the command line). */
  CompletionStage<AgentResponse> run(AgentSource agent, AgentRequest request, RunListener listener);
}
