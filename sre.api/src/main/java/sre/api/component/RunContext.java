package sre.api.component;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;
import sre.api.agent.AgentRequest;
import sre.api.security.AccessCandidate;

/**
 * What a component may know and use of its run: identity, the request, agent variables, and
 * services scoped to the run's candidate. Services are looked up through {@link #service(Class)} so
 * a component keeps working when a subsystem's connector is swapped.
 */
@ProviderType
public interface RunContext {
  String runId();

  String agentId();

  /** The team the agent runs for (vault keys and team-scoped data resolve against it). */
  String teamId();

  /** The candidate every service call of this run carries. */
  AccessCandidate candidate();

  /** Agent variables (already resolved from the vault where they reference it). */
  Map<String, Object> variables();

  /** Request headers of the run, names as sent. */
  Map<String, String> headers();

  /** The request that started the run. */
  AgentRequest request();

  /** Whether the run is a debug (step) run: components keep their {@code _debug} output. */
  boolean debug();

  /**
   * A kernel subsystem service ({@code Storage}, {@code Cache}, {@code Vault}, {@code Llm}...), or
   * null when none is registered.
   */
  <S> S service(Class<S> type);

  /** SRE's session id ({@code rt-...}): Memory components scope {@code session} values by it. */
  String sessionId();

  /**
   * SRE's workflow request id (request tag): Memory components scope {@code request} values by it.
   */
  String workflowId();

  /** Whether this run is an {@code Async} fork running in the background. */
  boolean forked();

  /** The job id of this run when it is an {@code Async} fork, else null. */
  String jobId();

  /** The agent's background jobs ({@code Async} forks), shared by all runs of the agent. */
  AgentJobs jobs();

  /** Completes after {@code delay} without holding a thread. */
  CompletionStage<Void> delay(Duration delay);

  /**
   * The component registered under {@code name}, as this run sees it: the instance the run used
   * first is the one it keeps, and a component whose bundle is being updated is awaited (bounded)
   * as the engine awaits its own steps. Empty when no component has that name. {@code
   * ComponentHost} hands calls to custom components through it.
   *
   * @since 1.3
   */
  default CompletionStage<Optional<Component>> component(String name) {
    return CompletableFuture.completedFuture(Optional.empty());
  }
}
