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
import sre.engine.internal.graph.AgentGraph;
import sre.engine.internal.graph.AgentLoader;

/**
 * Agent instantiation, on bench-chain (12 components, 17 connections): {@code fromParsedJson}
 * builds the validated, immutable graph from already-parsed JSON (the target: at most 20 µs);
 * {@code fromText} adds the JSON parsing, which the graph cache saves on every run but the first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InstantiationBenchmark {
  private final AgentLoader loader = new AgentLoader();
  private String text;
  private Object parsed;

  @Setup
  public void setUp() {
    text = BenchAgents.sharedBenchAgent("bench-chain.smyth");
    parsed = loader.readJson(text, "bench-chain.smyth");
  }

  @Benchmark
  public AgentGraph fromParsedJson() {
    return loader.load(parsed, Instant.EPOCH);
  }

  @Benchmark
  public AgentGraph fromText() {
    return loader.load(text, Instant.EPOCH);
  }
}
