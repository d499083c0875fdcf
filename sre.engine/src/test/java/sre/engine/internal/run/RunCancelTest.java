package sre.engine.internal.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import sre.api.agent.AgentRequest;
import sre.api.agent.AgentResponse;
import sre.api.agent.RunInfo;
import sre.api.agent.RunInfo.State;
import sre.api.agent.RunListener;
import sre.api.security.AccessCandidate;
import sre.engine.internal.graph.AgentGraph;
import sre.engine.internal.graph.AgentLoader;

/** Cancelling runs through the engine's registry, as {@code sre:run-cancel} does. */
class RunCancelTest {
  /** Endpoint → FSleep 30 s: without a wake-up, a cancelled run would answer after 30 s. */
  private static final String SLEEP =
      """
      {"id":"s","components":[
        {"id":"E","name":"APIEndpoint","data":{"endpoint":"s"},"inputs":[],
         "outputs":[{"name":"headers","default":true},{"name":"body","default":true}]},
        {"id":"S","name":"FSleep","data":{"delay":"30"},"inputs":[{"name":"Input"}],
         "outputs":[{"name":"Output","default":true}]}],
       "connections":[{"sourceId":"E","sourceIndex":1,"targetId":"S","targetIndex":0}]}
      """;

  private static final Map<String, Object> KILLED =
      Map.of("error", "AGENT_KILLED", "reason", RunRegistry.CANCEL_REASON);

  private final AgentLoader loader = new AgentLoader();
  private final Engine engine = TestEngines.engine(Map.of());

  private static AgentRequest request(String path) {
    return new AgentRequest(
        "POST", path, Map.of(), Map.of(), Map.of("prompt", "hi"), AccessCandidate.user("ada"));
  }

  private CompletableFuture<AgentResponse> start(AgentGraph g, String path) {
    return engine.run(g, request(path), RunListener.NONE).toCompletableFuture();
  }

  private RunInfo running(String endpoint) {
    return engine.runs().runs().stream()
        .filter(r -> r.state() == State.RUNNING && r.endpoint().equals(endpoint))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aSleepingRunIsWokenAndAnswersAgentKilled() throws Exception {
    AgentGraph g = loader.load(SLEEP, Instant.EPOCH);
    CompletableFuture<AgentResponse> run = start(g, "/api/s");
    RunInfo info = running("/api/s");
    assertThat(info.agentId()).isEqualTo("s");
    assertThat(info.caller()).isEqualTo(AccessCandidate.user("ada"));

    assertThat(engine.runs().cancel(info.runId())).isTrue();

    assertThat(run.get(5, TimeUnit.SECONDS).data()).isEqualTo(KILLED);
    assertThat(engine.runs().runs())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.runId()).isEqualTo(info.runId());
              assertThat(r.state()).isEqualTo(State.CANCELLED);
              assertThat(r.duration()).isLessThan(Duration.ofSeconds(5));
            });
    assertThat(engine.runs().cancel(info.runId())).isFalse();
  }

  @Test
  void anAwaitingRunAndItsSleepingForkCanBothBeCancelled() throws Exception {
    Path file = ConformanceTest.corpus().resolve("agents/sre/async-await-foreach-tests.smyth");
    Assumptions.assumeTrue(Files.exists(file), "no corpus at " + file);
    AgentGraph g = loader.load(Files.readString(file), Instant.EPOCH);
    CompletableFuture<AgentResponse> parent = start(g, "/api/async-job");
    // the Async fork starts as a run of its own, sleeping 10 s while the parent polls in Await
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                engine.runs().runs().stream().filter(r -> r.state() == State.RUNNING).count() == 2);
    RunInfo fork =
        engine.runs().runs().stream()
            .filter(r -> r.state() == State.RUNNING && !r.endpoint().equals("/api/async-job"))
            .findFirst()
            .orElseThrow();

    assertThat(engine.runs().cancel(running("/api/async-job").runId())).isTrue();
    assertThat(parent.get(5, TimeUnit.SECONDS).data()).isEqualTo(KILLED);

    assertThat(engine.runs().cancel(fork.runId())).isTrue();
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> engine.runs().runs().stream().noneMatch(r -> r.state() == State.RUNNING));
    assertThat(engine.runs().runs()).extracting(RunInfo::state).containsOnly(State.CANCELLED);
  }

  @Test
  void manyConcurrentRunsRegisterAndLeaveNothingBehind() throws Exception {
    AgentGraph g = loader.load(SLEEP.replace("\"30\"", "\"1\""), Instant.EPOCH);
    List<CompletableFuture<AgentResponse>> runs = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      runs.add(start(g, "/api/s"));
    }
    List<RunInfo> live = engine.runs().runs();
    long running = live.stream().filter(r -> r.state() == State.RUNNING).count();
    // cancel half of those still running: the others sleep their second and finish normally
    int cancelled = 0;
    for (int i = 0; i < live.size(); i += 2) {
      if (engine.runs().cancel(live.get(i).runId())) {
        cancelled++;
      }
    }
    CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

    assertThat(running).isPositive();
    assertThat(cancelled).isPositive();
    assertThat(engine.runs().runs()).hasSize(RunRegistry.HISTORY);
    assertThat(engine.runs().runs()).noneMatch(r -> r.state() == State.RUNNING);
    assertThat(((RunRegistry) engine.runs()).runningCount()).isZero();
    long killed = runs.stream().filter(r -> r.join().data().equals(KILLED)).count();
    assertThat(killed).isEqualTo(cancelled);
  }
}
