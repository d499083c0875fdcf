package sre.engine.internal.run;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import sre.api.agent.AgentRequest;
import sre.api.component.AgentJobs;
import sre.api.component.Component;
import sre.api.component.RunContext;
import sre.api.security.AccessCandidate;

/**
 * The per-run view a component gets; immutable once the run has started. Its delays end early when
 * the run is killed.
 */
final class RunContextImpl implements RunContext {
  private final RunIdentity identity;
  private final String agentId;
  private final String teamId;
  private final AgentRequest request;
  private final Map<String, String> headers;
  private final EngineServices services;
  private final KillSwitch kill;
  private volatile Map<String, Object> variables;

  RunContextImpl(
      RunIdentity identity,
      String agentId,
      String teamId,
      AgentRequest request,
      Map<String, String> headers,
      Map<String, Object> variables,
      EngineServices services,
      KillSwitch kill) {
    this.identity = identity;
    this.agentId = agentId;
    this.teamId = teamId;
    this.request = request;
    this.headers = headers;
    this.variables = variables;
    this.services = services;
    this.kill = kill;
  }

  void resolvedVariables(Map<String, Object> resolved) {
    this.variables = resolved;
  }

  @Override
  public String runId() {
    return identity.runId();
  }

  @Override
  public String sessionId() {
    return identity.sessionId();
  }

  @Override
  public String workflowId() {
    return identity.workflowId();
  }

  @Override
  public boolean forked() {
    return identity.jobId() != null;
  }

  @Override
  public String jobId() {
    return identity.jobId();
  }

  @Override
  public AgentJobs jobs() {
    return identity.jobs();
  }

  @Override
  public String agentId() {
    return agentId;
  }

  @Override
  public String teamId() {
    return teamId;
  }

  /**
   * An authenticated caller (a user or team, e.g. from an API key on the router) is who the run
   * acts for, so every service call inside it is checked for that caller. Anonymous and local (CLI)
   * runs act as the agent itself, as in SRE.
   */
  @Override
  public AccessCandidate candidate() {
    AccessCandidate caller = request.caller();
    return switch (caller.role()) {
      case USER, TEAM -> caller;
      default -> AccessCandidate.agent(agentId);
    };
  }

  @Override
  public Map<String, Object> variables() {
    return variables;
  }

  @Override
  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public AgentRequest request() {
    return request;
  }

  @Override
  public boolean debug() {
    return identity.debug();
  }

  @Override
  public <S> S service(Class<S> type) {
    return services.service(type);
  }

  @Override
  public CompletionStage<Optional<Component>> component(String name) {
    Component now = services.component(name);
    if (now != null) {
      return CompletableFuture.completedFuture(Optional.of(now));
    }
    CompletableFuture<Component> back = services.awaitComponent(name);
    return back == null
        ? CompletableFuture.completedFuture(Optional.empty())
        : back.thenApply(Optional::ofNullable);
  }

  @Override
  public CompletionStage<Void> delay(Duration delay) {
    long ms = Math.max(0, delay.toMillis());
    if (ms == 0) {
      return CompletableFuture.completedFuture(null);
    }
    return kill.delay(ms, services.executor());
  }
}
