package sre.engine.jmh;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import sre.api.agent.AgentRequest;
import sre.api.agent.AgentResponse;
import sre.api.agent.RunListener;
import sre.engine.internal.graph.AgentGraph;
import sre.engine.internal.graph.AgentLoader;
import sre.engine.internal.run.Engine;

/**
 * Engine overhead per component step: one run of APIEndpoint → N pass-through components →
 * APIOutput. Per step = (time at N=32 − time at N=0) / 32; the components do nothing, so what is
 * measured is readiness, input merging, templating checks, typing, propagation and records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StepOverheadBenchmark {
  @Param({"0", "32"})
  public int steps;

  private Engine engine;
  private AgentGraph graph;
  private AgentRequest request;

  @Setup
  public void setUp() {
    engine = BenchEngines.engine();
    graph = new AgentLoader().load(BenchAgents.passChain(steps), Instant.EPOCH);
    request = BenchAgents.post("/api/chain", "{\"text\":\"hello world\"}");
  }

  @Benchmark
  public AgentResponse passChainRun() {
    return engine.run(graph, request, RunListener.NONE).toCompletableFuture().join();
  }
}
