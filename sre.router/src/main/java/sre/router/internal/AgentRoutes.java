package sre.router.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import javax.servlet.http.HttpServletRequest;
import sre.api.agent.AgentData;
import sre.api.agent.AgentRequest;
import sre.api.agent.AgentRunner;
import sre.api.agent.AgentSource;
import sre.api.runtime.BootStep;
import sre.api.runtime.Readiness;
import sre.api.runtime.Runtime;
import sre.api.security.AccessCandidate;
import sre.api.security.AccessRole;

/**
 * What each route does. Checks run cheapest first: route, agent, endpoint and method, body, then
 * auth (vault), access (account), the caller's run limit, and finally the run.
 */
final class AgentRoutes {
  /** The services the routes use, read at call time (they may come and go). */
  record Services(
      Supplier<AgentRunner> runner,
      Supplier<AgentData> agents,
      Supplier<Readiness> readiness,
      Supplier<Runtime> runtime) {}

  private final Services services;
  private final AgentSpecs specs;
  private final ApiKeys apiKeys;
  private final AgentAccess access;
  private final RunLimiter limiter;
  private final RequestReader reader;

  AgentRoutes(
      Services services,
      AgentSpecs specs,
      ApiKeys apiKeys,
      AgentAccess access,
      RunLimiter limiter,
      RequestReader reader) {
    this.services = services;
    this.specs = specs;
    this.apiKeys = apiKeys;
    this.access = access;
    this.limiter = limiter;
    this.reader = reader;
  }

  CompletionStage<?> handle(HttpServletRequest request, Exchange exchange, RouterConfig config) {
    Route route = Route.of(request.getPathInfo());
    String method = request.getMethod().toUpperCase(Locale.ROOT);
    Map<String, String> headers = RequestReader.headers(request);
    return switch (route.kind()) {
      case HEALTH -> {
        requireGet(method);
        yield health(exchange);
      }
      case AGENTS -> {
        requireGet(method);
        yield apiKeys
            .candidate(headers, config.apikey_team())
            .thenCompose(caller -> list(caller, exchange));
      }
      case OPENAPI -> {
        requireGet(method);
        AgentSpec spec = specs.of(agent(route.agent(), config));
        boolean aiOnly = "true".equals(RequestReader.query(request.getQueryString()).get("aiOnly"));
        String server = baseUrl(request) + "/agents/" + route.agent();
        yield apiKeys
            .candidate(headers, config.apikey_team())
            .thenCompose(caller -> access.check(caller, spec))
            .thenRun(() -> exchange.json(200, OpenApiDocument.of(spec, server, aiOnly)));
      }
      case RUN -> run(request, route, method, headers, exchange, config);
      case TRIGGER -> trigger(request, route, method, headers, exchange, config);
      case UNKNOWN ->
          throw new HttpProblem(
              404,
              "No route for "
                  + request.getPathInfo()
                  + ": try /agents, /agents/<agent>/api/<endpoint>,"
                  + " /agents/<agent>/trigger/<name>, /agents/<agent>/openapi.json or /health");
    };
  }

  private CompletionStage<?> run(
      HttpServletRequest request,
      Route route,
      String method,
      Map<String, String> headers,
      Exchange exchange,
      RouterConfig config) {
    AgentSource source = agent(route.agent(), config);
    AgentSpec spec = specs.of(source);
    List<AgentSpec.Endpoint> named = spec.named(route.endpoint());
    if (named.isEmpty()) {
      throw new HttpProblem(
          404, "Agent '" + spec.id() + "' has no endpoint '" + route.endpoint() + "'");
    }
    AgentSpec.Endpoint endpoint =
        spec.find(route.endpoint(), method)
            .orElseThrow(
                () ->
                    new HttpProblem(
                        405,
                        "Endpoint '" + route.endpoint() + "' does not accept " + method,
                        Map.of(
                            "Allow",
                            String.join(
                                ", ", named.stream().map(AgentSpec.Endpoint::method).toList()))));
    Object body = body(request, method, config);
    Map<String, Object> query = RequestReader.query(request.getQueryString());
    List<String> missing = RunCall.missingInputs(endpoint, body, query);
    if (!missing.isEmpty()) {
      throw new HttpProblem(400, "Missing required input: " + String.join(", ", missing));
    }
    return start(request, route, method, headers, body, query, source, spec, exchange, config);
  }

  /**
   * {@code POST /trigger/<name>}: starts the agent at its trigger component (SRE's path
   * convention); the body, if any, is the trigger's input.
   */
  private CompletionStage<?> trigger(
      HttpServletRequest request,
      Route route,
      String method,
      Map<String, String> headers,
      Exchange exchange,
      RouterConfig config) {
    AgentSource source = agent(route.agent(), config);
    AgentSpec spec = specs.of(source);
    if (!spec.triggers().contains(route.endpoint())) {
      throw new HttpProblem(
          404, "Agent '" + spec.id() + "' has no trigger '" + route.endpoint() + "'");
    }
    if (!"POST".equals(method)) {
      throw new HttpProblem(
          405, "Trigger '" + route.endpoint() + "' accepts POST only", Map.of("Allow", "POST"));
    }
    Object body = body(request, method, config);
    Map<String, Object> query = RequestReader.query(request.getQueryString());
    return start(request, route, method, headers, body, query, source, spec, exchange, config);
  }

  /** The request's JSON object body; GET has none. */
  private Object body(HttpServletRequest request, String method, RouterConfig config) {
    Object body;
    try {
      body =
          "GET".equals(method)
              ? new LinkedHashMap<String, Object>()
              : reader.body(request, config.max_body_bytes());
    } catch (IOException e) {
      throw new HttpProblem(400, "Cannot read the request body");
    }
    if (!(body instanceof Map<?, ?>)) {
      throw new HttpProblem(400, "The JSON body must be an object");
    }
    return body;
  }

  /** Checks the caller and the limits, then starts the run (streamed when asked). */
  private CompletionStage<?> start(
      HttpServletRequest request,
      Route route,
      String method,
      Map<String, String> headers,
      Object body,
      Map<String, Object> query,
      AgentSource source,
      AgentSpec spec,
      Exchange exchange,
      RouterConfig config) {
    boolean stream = headers.getOrDefault("accept", "").contains("text/event-stream");
    String remote = request.getRemoteAddr();
    return apiKeys
        .candidate(headers, config.apikey_team())
        .thenCompose(caller -> access.check(caller, spec).thenApply(ok -> caller))
        .thenAccept(
            caller -> {
              AgentRunner runner = services.runner().get();
              if (runner == null) {
                throw new HttpProblem(503, "Agent runner unavailable");
              }
              String slot =
                  caller.role() == AccessRole.PUBLIC ? "anonymous@" + remote : caller.toString();
              if (!limiter.tryAcquire(slot, config.max_concurrent_runs())) {
                throw new HttpProblem(
                    429,
                    "Too many runs in flight for this caller (limit "
                        + config.max_concurrent_runs()
                        + ")",
                    Map.of("Retry-After", "1"));
              }
              AgentRequest agentRequest =
                  new AgentRequest(method, route.runPath(), headers, query, body, caller);
              try {
                new RunCall(exchange, source, spec, agentRequest, config.run_timeout_ms())
                    .start(runner, stream)
                    .whenComplete((r, e) -> limiter.release(slot));
              } catch (RuntimeException e) {
                limiter.release(slot);
                throw e;
              }
            });
  }

  private CompletionStage<?> health(Exchange exchange) {
    Readiness ready = services.readiness().get();
    Map<String, Object> body = new LinkedHashMap<>();
    if (ready != null) {
      body.put("status", "ready");
      body.put("bootMillis", ready.bootMillis());
      exchange.json(200, body);
    } else {
      body.put("status", "not ready");
      Runtime rt = services.runtime().get();
      List<String> waiting = new ArrayList<>();
      if (rt != null) {
        for (BootStep step : rt.steps()) {
          if (!step.done()) {
            step.waitingFor().forEach(w -> waiting.add(step.name() + ": " + w));
          }
        }
      }
      body.put("waitingFor", waiting);
      exchange.json(503, body);
    }
    return CompletableFuture.completedFuture(null);
  }

  private CompletionStage<?> list(AccessCandidate caller, Exchange exchange) {
    List<CompletableFuture<Optional<Map<String, Object>>>> entries = new ArrayList<>();
    for (AgentSource source : agentData().list()) {
      AgentSpec spec = specs.of(source);
      entries.add(
          access
              .allowed(caller, spec)
              .thenApply(
                  ok -> ok ? Optional.of(describe(spec)) : Optional.<Map<String, Object>>empty())
              .toCompletableFuture());
    }
    return CompletableFuture.allOf(entries.toArray(CompletableFuture[]::new))
        .thenRun(
            () ->
                exchange.json(
                    200,
                    entries.stream()
                        .map(CompletableFuture::join)
                        .flatMap(Optional::stream)
                        .toList()));
  }

  private static Map<String, Object> describe(AgentSpec spec) {
    Map<String, Object> agent = new LinkedHashMap<>();
    agent.put("id", spec.id());
    agent.put("name", spec.name());
    agent.put("public", spec.isPublic());
    agent.put(
        "endpoints",
        spec.endpoints().stream()
            .map(e -> e.method() + " /agents/" + spec.id() + "/api/" + e.endpoint())
            .toList());
    agent.put("openapi", "/agents/" + spec.id() + "/openapi.json");
    return agent;
  }

  /** The named agent, or for {@code /api/...} the configured default / the only agent. */
  private AgentSource agent(String name, RouterConfig config) {
    AgentData data = agentData();
    if (name != null) {
      return data.find(name)
          .orElseThrow(() -> new HttpProblem(404, "Agent '" + name + "' not found"));
    }
    String fallback = config.default_agent();
    if (!fallback.isBlank()) {
      return data.find(fallback)
          .orElseThrow(() -> new HttpProblem(404, "Default agent '" + fallback + "' not found"));
    }
    List<AgentSource> all = data.list();
    if (all.size() != 1) {
      throw new HttpProblem(
          404,
          all.size()
              + " agents are installed: call /agents/<agent>/api/<endpoint>"
              + " (or configure default.agent)");
    }
    return all.get(0);
  }

  private AgentData agentData() {
    AgentData data = services.agents().get();
    if (data == null) {
      throw new HttpProblem(503, "Agent data unavailable");
    }
    return data;
  }

  private static void requireGet(String method) {
    if (!method.equals("GET") && !method.equals("HEAD")) {
      throw new HttpProblem(405, "Only GET is allowed here", Map.of("Allow", "GET"));
    }
  }

  private static String baseUrl(HttpServletRequest request) {
    String url = request.getRequestURL().toString();
    return url.substring(0, url.length() - request.getRequestURI().length())
        + request.getContextPath();
  }
}
