package sre.engine.jmh;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
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
 * A full run of ../shared/bench/bench-chain.smyth with the published body: endpoint → FHash ×3,
 * FEncDec ×3, JSONFilter, FSign, LogicAND, LogicOR → output, real components, one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ChainRunBenchmark {
  private Engine engine;
  private AgentGraph graph;
  private AgentRequest request;

  @Setup
  public void setUp() {
    engine = BenchEngines.engine();
    graph =
        new AgentLoader().load(BenchAgents.sharedBenchAgent("bench-chain.smyth"), Instant.EPOCH);
    request = BenchAgents.post("/api/chain", BenchAgents.CHAIN_BODY);
    AgentResponse first = run();
    if (!(first.data() instanceof java.util.Map<?, ?> data) || !data.containsKey("sha256")) {
      throw new IllegalStateException("bench-chain did not run through: " + first.data());
    }
  }

  @Benchmark
  public AgentResponse run() {
    return engine.run(graph, request, RunListener.NONE).toCompletableFuture().join();
  }
}
