package sre.engine.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sre.api.agent.AgentData;
import sre.api.agent.AgentRequest;
import sre.api.agent.AgentResponse;
import sre.api.agent.AgentRunner;
import sre.api.agent.AgentRuns;
import sre.api.agent.AgentSource;
import sre.api.agent.RunInfo;
import sre.api.agent.RunListener;
import sre.api.component.Component;
import sre.api.component.ComponentName;
import sre.engine.internal.graph.AgentLoadException;
import sre.engine.internal.graph.AgentLoader;
import sre.engine.internal.graph.GraphCache;
import sre.engine.internal.run.Engine;
import sre.engine.internal.run.EngineServices;

/**
 * The {@link AgentRunner} service: finds agents through {@link AgentData}, keeps their parsed
 * graphs, and runs requests on the {@link Engine} with the components currently registered. Also
 * the {@link AgentRuns} service, since only the engine that runs them knows its runs.
 */
@org.osgi.service.component.annotations.Component(service = {AgentRunner.class, AgentRuns.class})
public final class EngineAgentRunner implements AgentRunner, AgentRuns {
  private final Logger logger = LoggerFactory.getLogger(EngineAgentRunner.class);
  private final ComponentRegistry components = new ComponentRegistry();
  private final GraphCache graphs = new GraphCache(new AgentLoader());
  private final OsgiServices services;
  private final Engine engine;

  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private volatile AgentData agentData;

  @Activate
  public EngineAgentRunner(BundleContext context) {
    this.services = new OsgiServices(context);
    Executor executor = ForkJoinPool.commonPool();
    this.engine =
        new Engine(
            new EngineServices() {
              @Override
              public Component component(String name) {
                return components.get(name);
              }

              @Override
              public CompletableFuture<Component> awaitComponent(String name) {
                return components.awaitReturn(name);
              }

              @Override
              public <S> S service(Class<S> type) {
                return services.get(type);
              }

              @Override
              public Executor executor() {
                return executor;
              }
            });
  }

  @Deactivate
  private void deactivate() {
    services.close();
    graphs.clear();
  }

  @Reference(
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY,
      target = "(" + ComponentName.PROPERTY + "=*)")
  void bindComponent(Component component, Map<String, Object> properties) {
    components.bind(properties.get(ComponentName.PROPERTY), component);
  }

  void unbindComponent(Component component, Map<String, Object> properties) {
    components.unbind(properties.get(ComponentName.PROPERTY), component);
  }

  @Override
  public CompletionStage<AgentResponse> run(
      String agent, AgentRequest request, RunListener listener) {
    AgentData data = agentData;
    if (data == null) {
      return CompletableFuture.failedFuture(new IllegalStateException("No AgentData service"));
    }
    return data.find(agent)
        .map(source -> run(source, request, listener))
        .orElseGet(
            () ->
                CompletableFuture.failedFuture(
                    new IllegalArgumentException("Agent not found: " + agent)));
  }

  @Override
  public CompletionStage<AgentResponse> run(
      AgentSource agent, AgentRequest request, RunListener listener) {
    try {
      return engine.run(graphs.get(agent), request, listener);
    } catch (AgentLoadException e) {
      logger.debug("Agent {} cannot be loaded: {}", agent.id(), e.getMessage());
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public List<RunInfo> runs() {
    return engine.runs().runs();
  }

  @Override
  public boolean cancel(String runId) {
    return engine.runs().cancel(runId);
  }
}
