package sre.engine.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import sre.api.agent.AgentRequest;
import sre.api.agent.RunListener;
import sre.api.component.Component;
import sre.api.security.AccessCandidate;
import sre.components.internal.ComponentHostComponent;
import sre.engine.internal.graph.AgentGraph;
import sre.engine.internal.graph.AgentLoader;

/** ComponentHost inside a real run: the engine finds the custom component for it by name. */
class ComponentHostRunTest {
  /** Endpoint E (body.text) → ComponentHost H hosting "Shout" → minimal APIOutput. */
  private static final String HOSTED =
      """
      {"id":"h","components":[
        {"id":"E","name":"APIEndpoint","data":{"endpoint":"h"},"inputs":[],
         "outputs":[{"name":"headers","default":true},{"name":"body","default":true},
                    {"name":"text","expression":"body.text"}]},
        {"id":"H","name":"ComponentHost","data":{"_component":"Shout"},"inputs":[{"name":"Text"}],
         "outputs":[{"name":"Output","default":true}]},
        {"id":"O","name":"APIOutput","data":{"format":"minimal"},"inputs":[{"name":"shouted"}],
         "outputs":[{"name":"Output","default":true}]}],
       "connections":[{"sourceId":"E","sourceIndex":2,"targetId":"H","targetIndex":0},
                      {"sourceId":"H","sourceIndex":0,"targetId":"O","targetIndex":0}]}
      """;

  private final Map<String, Component> components = new HashMap<>(TestEngines.COMPONENTS);
  private final Engine engine =
      new Engine(
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
          });

  private Object run(String text) throws Exception {
    AgentGraph graph = new AgentLoader().load(HOSTED, Instant.EPOCH);
    return engine
        .run(
            graph,
            new AgentRequest(
                "POST",
                "/api/h",
                Map.of(),
                Map.of(),
                Map.of("text", text),
                AccessCandidate.anonymous()),
            RunListener.NONE)
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS)
        .data();
  }

  @Test
  void theHostRunsTheCustomComponentRegisteredUnderItsName() throws Exception {
    components.put("ComponentHost", new ComponentHostComponent());
    components.put(
        "Shout",
        call ->
            CompletableFuture.completedFuture(
                Map.of("Output", String.valueOf(call.inputs().get("Text")).toUpperCase())));

    assertThat(run("hello")).isEqualTo(Map.of("shouted", "HELLO"));
  }

  @Test
  void withoutTheCustomComponentTheHostReportsIt() throws Exception {
    components.put("ComponentHost", new ComponentHostComponent());

    assertThat(String.valueOf(run("hello")))
        .contains("Custom component \"Shout\" is not available");
  }
}
