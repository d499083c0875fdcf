package sre.engine.internal.run;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import sre.api.agent.AgentRequest;
import sre.api.agent.AgentResponse;
import sre.api.agent.AgentRuns;
import sre.api.agent.RunListener;
import sre.api.component.support.Binaries;
import sre.api.component.support.TemplateString;
import sre.api.security.AccessCandidate;
import sre.api.vault.Vault;
import sre.engine.internal.graph.AgentGraph;

/**
 * Runs requests against loaded agents. Holds no per-run state: each request gets its own {@link
 * AgentRun}, so runs of one agent proceed concurrently without sharing anything mutable.
 */
public final class Engine {
  private final EngineServices services;
  private final AtomicLong runs = new AtomicLong();
  private final JobTable jobs = new JobTable();
  private final RunRegistry registry = new RunRegistry();

  public Engine(EngineServices services) {
    this.services = services;
  }

  /** The runs of this engine, running and recently finished (Async forks included). */
  public AgentRuns runs() {
    return registry;
  }

  /** Runs one request; the stage completes with SRE's {@code {status, data}}. */
  public CompletionStage<AgentResponse> run(
      AgentGraph graph, AgentRequest request, RunListener listener) {
    return start(graph, request, listener, null);
  }

  /** Runs an Async job: the fork graph, in the background, tagged with its job id. */
  CompletionStage<AgentResponse> runFork(AgentGraph fork, AgentRequest request, String jobId) {
    return start(fork, request, RunListener.NONE, jobId);
  }

  private CompletionStage<AgentResponse> start(
      AgentGraph graph, AgentRequest request, RunListener listener, String jobId) {
    Map<String, String> headers = normalizedHeaders(request.headers());
    boolean debug = headers.containsKey("x-debug-run") && !headers.containsKey("x-request-tag");
    String runId = "R" + Long.toString(runs.incrementAndGet(), 36).toUpperCase(Locale.ROOT);
    String tag = headers.get("x-request-tag");
    RunIdentity identity =
        new RunIdentity(
            runId,
            "rt-" + runId,
            tag != null ? tag : "xTAG-" + Binaries.uid(),
            debug,
            jobId,
            new RunJobs(this, jobs, graph, request));
    KillSwitch kill = new KillSwitch();
    AgentRun run = new AgentRun(graph, request, headers, listener, services, identity, kill);
    registry.started(runId, graph.id(), request.path(), request.caller(), kill);
    CompletionStage<AgentResponse> response;
    try {
      response = graph.hasVaultVariables() ? resolveThenStart(graph, run) : run.start();
    } catch (RuntimeException e) {
      registry.ended(runId, null, e);
      throw e;
    }
    // the caller's stage completes after the registry update: a finished run is never RUNNING
    return response.whenComplete((r, e) -> registry.ended(runId, r, e));
  }

  private CompletionStage<AgentResponse> resolveThenStart(AgentGraph graph, AgentRun run) {
    return resolveVariables(graph)
        .thenCompose(
            vars -> {
              run.context().resolvedVariables(vars);
              return run.start();
            });
  }

  /** Headers as sent plus a lower-cased copy of each name (SRE's AgentRequest). */
  static Map<String, String> normalizedHeaders(Map<String, String> sent) {
    if (sent.isEmpty()) {
      return Map.of();
    }
    Map<String, String> headers = new LinkedHashMap<>(sent);
    sent.forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
    return java.util.Collections.unmodifiableMap(headers);
  }

  /** Agent variables whose whole value is a placeholder, resolved from the team's vault. */
  private CompletableFuture<Map<String, Object>> resolveVariables(AgentGraph graph) {
    Map<String, Object> resolved = new LinkedHashMap<>(graph.variables());
    CompletableFuture<Void> all = CompletableFuture.completedFuture(null);
    Vault vault = services.service(Vault.class);
    for (Map.Entry<String, Object> e : graph.variables().entrySet()) {
      if (e.getValue() instanceof String s && s.startsWith("{{") && s.endsWith("}}")) {
        CompletableFuture<Void> one =
            TemplateString.resolveVaultKeys(
                    s,
                    key ->
                        vault == null
                            ? CompletableFuture.<Optional<String>>failedFuture(
                                new IllegalStateException("no vault"))
                            : vault.requester(AccessCandidate.team(graph.teamId())).get(key))
                .toCompletableFuture()
                .thenAccept(
                    v -> {
                      synchronized (resolved) {
                        resolved.put(e.getKey(), v);
                      }
                    });
        all = all.thenCombine(one, (a, b) -> null);
      }
    }
    return all.thenApply(v -> java.util.Collections.unmodifiableMap(resolved));
  }
}
