package sre.engine.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import sre.api.agent.AgentRequest;
import sre.api.agent.AgentResponse;
import sre.api.agent.RunEvent;
import sre.api.agent.RunListener;
import sre.api.component.Component;
import sre.api.security.AccessCandidate;
import sre.engine.internal.graph.AgentGraph;
import sre.engine.internal.graph.AgentLoader;

class EngineTest {
  private final AgentLoader loader = new AgentLoader();

  /** Endpoint E (body.a, body.b) → Merge input v twice → minimal APIOutput. */
  private static final String MERGE =
      """
      {"id":"m","components":[
        {"id":"E","name":"APIEndpoint","data":{"endpoint":"m"},"inputs":[],
         "outputs":[{"name":"headers","default":true},{"name":"body","default":true},
                    {"name":"a","expression":"body.a"},{"name":"b","expression":"body.b"}]},
        {"id":"O","name":"APIOutput","data":{"format":"minimal"},"inputs":[{"name":"v"}],
         "outputs":[{"name":"Output","default":true}]}],
       "connections":[{"sourceId":"E","sourceIndex":2,"targetId":"O","targetIndex":0},
                      {"sourceId":"E","sourceIndex":3,"targetId":"O","targetIndex":0}]}
      """;

  private static final String SLEEP =
      """
      {"id":"s","components":[
        {"id":"E","name":"APIEndpoint","data":{"endpoint":"s"},"inputs":[],
         "outputs":[{"name":"headers","default":true},{"name":"body","default":true}]},
        {"id":"S","name":"FSleep","data":{"delay":"3"},"inputs":[{"name":"Input"}],
         "outputs":[{"name":"Output","default":true}]}],
       "connections":[{"sourceId":"E","sourceIndex":1,"targetId":"S","targetIndex":0}]}
      """;

  private Object run(Engine engine, AgentGraph graph, Object body) throws Exception {
    return response(engine, graph, body, RunListener.NONE).data();
  }

  private AgentResponse response(Engine engine, AgentGraph graph, Object body, RunListener l)
      throws Exception {
    return engine
        .run(graph, request("/api/" + graph.id(), body), l)
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
  }

  private static AgentRequest request(String path, Object body) {
    return new AgentRequest("POST", path, Map.of(), Map.of(), body, AccessCandidate.anonymous());
  }

  @Test
  void arrayMergeIsAsymmetric() throws Exception {
    Engine engine = TestEngines.engine(Map.of());
    AgentGraph g = loader.load(MERGE, Instant.EPOCH);
    assertThat(run(engine, g, Map.of("a", List.of(1L, 2L), "b", 3L)))
        .isEqualTo(Map.of("v", List.of(1L, 2L, 3L)));
    assertThat(run(engine, g, Map.of("a", List.of("x"), "b", List.of("y", "z"))))
        .isEqualTo(Map.of("v", List.of("x", List.of("y", "z"))));
    Map<String, Object> nullA = new HashMap<>();
    nullA.put("a", null);
    assertThat(run(engine, g, nullA)).isEqualTo(java.util.Collections.singletonMap("v", null));
    assertThat(run(engine, g, Map.of())).isEqualTo(List.of());
  }

  @Test
  void unknownPathsAndEndpoints() throws Exception {
    Engine engine = TestEngines.engine(Map.of());
    AgentGraph g = loader.load(MERGE, Instant.EPOCH);
    AgentResponse outside =
        engine.run(g, request("/foo", Map.of()), RunListener.NONE).toCompletableFuture().get();
    assertThat(outside.status()).isEqualTo(404);
    assertThat(outside.data()).isEqualTo(Map.of("error", "Endpoint not found"));
    assertThat(
            engine
                .run(g, request("/api/nope", Map.of()), RunListener.NONE)
                .toCompletableFuture()
                .get()
                .data())
        .isEqualTo(Map.of("error", "Endpoint POST /api/nope Not Found"));
  }

  @Test
  void eventsDescribeTheRunInOrder() throws Exception {
    List<RunEvent> events = new CopyOnWriteArrayList<>();
    response(
        TestEngines.engine(Map.of()),
        loader.load(MERGE, Instant.EPOCH),
        Map.of("a", 1L),
        events::add);
    assertThat(events)
        .extracting(RunEvent::type)
        .containsExactly(
            "run.started",
            "component.started",
            "component.finished",
            "component.started",
            "component.finished",
            "run.finished");
    assertThat(events.get(2).componentId()).isEqualTo("E");
  }

  @Test
  void aReplacedComponentServesTheNextRun() throws Exception {
    Map<String, Component> components = new HashMap<>(TestEngines.COMPONENTS);
    EngineServices services =
        new EngineServices() {
          @Override
          public Component component(String name) {
            return components.get(name);
          }

          @Override
          public <S> S service(Class<S> type) {
            return null;
          }

          @Override
          public Executor executor() {
            return ForkJoinPool.commonPool();
          }
        };
    Engine engine = new Engine(services);
    AgentGraph g = loader.load(MERGE, Instant.EPOCH);
    assertThat(run(engine, g, Map.of("a", 1L))).isEqualTo(Map.of("v", 1L));
    components.put(
        "APIOutput",
        call -> CompletableFuture.completedFuture(Map.of("Output", Map.of("v", "new"))));
    assertThat(run(engine, g, Map.of("a", 1L)))
        .isEqualTo(
            Map.of("id", "O", "name", "APIOutput", "result", Map.of("Output", Map.of("v", "new"))));
    components.remove("APIOutput");
    assertThat(run(engine, g, Map.of("a", 1L)))
        .isEqualTo(Map.of("error", "Component APIOutput not found"));
  }

  @Test
  void thousandsOfSleepingRunsHoldNoThreads() throws Exception {
    Engine engine = TestEngines.engine(Map.of());
    AgentGraph g = loader.load(SLEEP, Instant.EPOCH);
    int threadsBefore = Thread.activeCount();
    List<CompletableFuture<AgentResponse>> runs = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      runs.add(
          engine
              .run(g, request("/api/s", Map.of("i", (long) i)), RunListener.NONE)
              .toCompletableFuture());
    }
    // the machine may be loaded: the last run started must still be sleeping
    assertThat(runs.get(4999)).isNotDone();
    assertThat(Thread.activeCount()).isLessThan(threadsBefore + 64);
    CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    assertThat(runs.get(4999).get().data())
        .isEqualTo(
            Map.of("id", "S", "name", "FSleep", "result", Map.of("Output", Map.of("i", 4999L))));
  }

  @Test
  void benchChainRunsWithoutErrors() throws Exception {
    Path chain = ConformanceTest.corpus().resolve("../bench/bench-chain.smyth").normalize();
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(chain));
    AgentGraph g = loader.load(Files.readString(chain), Instant.EPOCH);
    Object data =
        TestEngines.engine(Map.of())
            .run(
                g,
                request(
                    "/api/chain",
                    Map.of("text", "hello world", "obj", Map.of("id", 1L, "name", "John Doe"))),
                RunListener.NONE)
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS)
            .data();
    assertThat(data.toString()).doesNotContain("error");
  }
}
