package sre.engine.internal.run;

import java.util.LinkedHashMap;
import java.util.Map;
import sre.api.agent.AgentRequest;
import sre.api.component.AgentJobs;
import sre.api.component.support.Binaries;
import sre.engine.internal.graph.AgentGraph;

/** One run's view of its agent's jobs: forks start background runs of the Async branch. */
final class RunJobs implements AgentJobs {
  private final Engine engine;
  private final JobTable table;
  private final AgentGraph graph;
  private final AgentRequest request;

  RunJobs(Engine engine, JobTable table, AgentGraph graph, AgentRequest request) {
    this.engine = engine;
    this.table = table;
    this.graph = graph;
    this.request = request;
  }

  @Override
  public String fork(String componentId, Map<String, Object> input) {
    String jobId = componentId + "-" + Binaries.uid();
    AgentGraph fork = graph.fork(componentId);
    table.pending(graph.id(), jobId);
    // SRE re-uses the parent's method (so an Async under a GET endpoint fails) and clears headers
    AgentRequest forkRequest =
        new AgentRequest(
            request.method(),
            "/api/" + componentId,
            Map.of(),
            Map.of(),
            new LinkedHashMap<>(input),
            request.caller());
    try {
      engine
          .runFork(fork, forkRequest, jobId)
          .whenComplete(
              (response, error) -> {
                if (error == null) {
                  table.finish(graph.id(), jobId, "done", response.data());
                } else {
                  table.finish(graph.id(), jobId, "failed", null);
                }
              });
    } catch (RuntimeException e) {
      table.finish(graph.id(), jobId, "failed", null);
    }
    return jobId;
  }

  @Override
  public Job get(String jobId) {
    return table.get(graph.id(), jobId);
  }
}
