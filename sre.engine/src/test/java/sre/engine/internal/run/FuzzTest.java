package sre.engine.internal.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import sre.api.agent.AgentRequest;
import sre.api.agent.AgentResponse;
import sre.api.agent.RunListener;
import sre.api.component.Component;
import sre.api.security.AccessCandidate;
import sre.engine.internal.graph.AgentGraph;
import sre.engine.internal.graph.AgentLoadException;
import sre.engine.internal.graph.AgentLoader;

/**
 * Thousands of generated malformed agents and requests: each must either be rejected by the loader
 * with an {@link AgentLoadException} or run to a response within a deadline.
 */
class FuzzTest {
  private static final int ROUNDS = 3000;
  private final ObjectMapper mapper = new ObjectMapper();
  private final AgentLoader loader = new AgentLoader();
  private final Random random = new Random(42);

  @Test
  void malformedAgentsAndRequestsNeverCrashOrHang() throws Exception {
    Path agents = ConformanceTest.corpus().resolve("agents/pub");
    Assumptions.assumeTrue(Files.isDirectory(agents));
    List<String> sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(agents)) {
      for (Path p : files.sorted().toList()) {
        sources.add(Files.readString(p));
      }
    }
    Engine engine = new Engine(services());
    int rejected = 0;
    int ran = 0;
    for (int round = 0; round < ROUNDS; round++) {
      String source = sources.get(random.nextInt(sources.size()));
      String mutated = mutate(source);
      AgentGraph graph;
      try {
        graph = loader.load(mutated, Instant.EPOCH);
      } catch (AgentLoadException e) {
        assertThat(e.getMessage()).isNotBlank().doesNotContain("Exception");
        rejected++;
        continue;
      } catch (RuntimeException e) {
        fail("loader crashed on round " + round + ": " + e, e);
        return;
      }
      AgentResponse response =
          engine
              .run(graph, randomRequest(graph), RunListener.NONE)
              .toCompletableFuture()
              .get(5, TimeUnit.SECONDS);
      assertThat(response).isNotNull();
      mapper.writeValueAsString(response.data());
      ran++;
    }
    assertThat(rejected).isPositive();
    assertThat(ran).isPositive();
  }

  private EngineServices services() {
    Map<String, Component> components = new HashMap<>(TestEngines.COMPONENTS);
    // a sleeping component would make the deadline meaningless: pass through instead
    components.put("FSleep", call -> CompletableFuture.completedFuture(Map.of("Output", "slept")));
    return new EngineServices() {
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
  }

  private String mutate(String source) throws Exception {
    int kind = random.nextInt(8);
    if (kind == 0) {
      return source.substring(0, random.nextInt(source.length()));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> root = mapper.readValue(source, LinkedHashMap.class);
    List<Object> components = asList(root.get("components"));
    List<Object> connections = asList(root.get("connections"));
    switch (kind) {
      case 1 -> randomEntry(components).ifPresent(c -> removeRandomKey(c));
      case 2 -> randomEntry(connections).ifPresent(c -> c.put(randomKey(c), randomValue(2)));
      case 3 -> randomEntry(components).ifPresent(c -> c.put(randomKey(c), randomValue(2)));
      case 4 -> randomEntry(components).ifPresent(c -> c.put("name", "NoSuch" + random.nextInt(3)));
      case 5 -> {
        if (components.size() > 1) {
          Map<String, Object> cycle = new LinkedHashMap<>();
          cycle.put(
              "sourceId",
              ((Map<?, ?>) components.get(random.nextInt(components.size()))).get("id"));
          cycle.put("sourceIndex", (long) random.nextInt(3));
          cycle.put(
              "targetId",
              ((Map<?, ?>) components.get(random.nextInt(components.size()))).get("id"));
          cycle.put("targetIndex", (long) random.nextInt(3) - 1);
          connections.add(cycle);
        }
      }
      case 6 ->
          randomEntry(components)
              .ifPresent(
                  c -> {
                    Object data = c.get("data");
                    if (data instanceof Map<?, ?> d && !d.isEmpty()) {
                      @SuppressWarnings("unchecked")
                      Map<String, Object> m = (Map<String, Object>) d;
                      m.put(randomKey(m), randomValue(2));
                    }
                  });
      default -> root.put(randomKey(root), randomValue(2));
    }
    return mapper.writeValueAsString(root);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> asList(Object o) {
    return o instanceof List<?> l ? (List<Object>) l : new ArrayList<>();
  }

  @SuppressWarnings("unchecked")
  private java.util.Optional<Map<String, Object>> randomEntry(List<Object> list) {
    if (list.isEmpty()) {
      return java.util.Optional.empty();
    }
    Object o = list.get(random.nextInt(list.size()));
    return o instanceof Map<?, ?> m
        ? java.util.Optional.of((Map<String, Object>) m)
        : java.util.Optional.empty();
  }

  private void removeRandomKey(Map<String, Object> map) {
    if (!map.isEmpty()) {
      map.remove(randomKey(map));
    }
  }

  private String randomKey(Map<String, Object> map) {
    List<String> keys = new ArrayList<>(map.keySet());
    return keys.isEmpty() ? "x" : keys.get(random.nextInt(keys.size()));
  }

  private Object randomValue(int depth) {
    return switch (random.nextInt(depth > 0 ? 8 : 6)) {
      case 0 -> null;
      case 1 -> random.nextBoolean();
      case 2 -> (long) random.nextInt(200) - 100;
      case 3 -> random.nextDouble() * 1e6;
      case 4 ->
          List.of("", "x", "{{a}}", "{\"a\":1}", "[1,2", "1e999", "\"q\"").get(random.nextInt(7));
      case 5 -> "";
      case 6 -> {
        List<Object> l = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          l.add(randomValue(depth - 1));
        }
        yield l;
      }
      default -> {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          m.put(
              List.of("a", "b", "data", "key", "text", "obj").get(random.nextInt(6)),
              randomValue(depth - 1));
        }
        yield m;
      }
    };
  }

  private AgentRequest randomRequest(AgentGraph graph) {
    List<String> paths = new ArrayList<>(graph.endpoints().keySet());
    paths.add("/api/unknown");
    paths.add("/nowhere");
    String path = paths.get(random.nextInt(paths.size()));
    Map<String, Object> body = new LinkedHashMap<>();
    for (int i = random.nextInt(5); i > 0; i--) {
      body.put(
          List.of("a", "b", "d", "s", "data", "key", "obj", "text", "num").get(random.nextInt(9)),
          randomValue(2));
    }
    String method = random.nextInt(4) == 0 ? "GET" : "POST";
    Map<String, Object> query = method.equals("GET") ? body : Map.of();
    return new AgentRequest(method, path, Map.of(), query, body, AccessCandidate.anonymous());
  }
}
