package sre.engine.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import sre.api.agent.AgentRequest;
import sre.api.agent.AgentResponse;
import sre.api.agent.RunListener;
import sre.api.security.AccessCandidate;
import sre.cli.internal.conformance.CaseComparison;
import sre.cli.internal.conformance.ConformanceCase;
import sre.engine.internal.graph.AgentGraph;
import sre.engine.internal.graph.AgentLoader;

/**
 * Runs every corpus case whose agent uses only this issue's components through the engine and the
 * real components. Every case listed in the repository's {@code conformance-ratchet.txt} (the one
 * list CI also checks with {@code sre conformance --ratchet}) must pass.
 */
class ConformanceTest {
  private final ObjectMapper mapper =
      new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);

  static Path corpus() {
    String configured = System.getProperty("sre.conformance.dir");
    Path dir =
        configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "conformance");
    return dir.toAbsolutePath().normalize();
  }

  @Test
  void ratchetedCasesPass() throws Exception {
    Path dir = corpus();
    Assumptions.assumeTrue(Files.isDirectory(dir.resolve("cases")), "no corpus at " + dir);
    Set<String> ratchet = ratchet();
    Map<String, String> failures = new TreeMap<>();
    List<String> passed = new ArrayList<>();
    int applicable = 0;
    AgentLoader loader = new AgentLoader();
    Map<String, AgentGraph> graphs = new HashMap<>();
    try (Stream<Path> files = Files.list(dir.resolve("cases"))) {
      for (Path file : files.sorted().toList()) {
        List<Map<String, Object>> cases = readList(file);
        for (Map<String, Object> json : cases) {
          ConformanceCase c = ConformanceCase.from(json);
          String agentJson = Files.readString(dir.resolve(c.agent()));
          if (!usesOnlyKnownComponents(agentJson)) {
            continue;
          }
          applicable++;
          AgentGraph graph =
              graphs.computeIfAbsent(c.agent(), a -> loader.load(agentJson, Instant.EPOCH));
          Optional<String> diff = run(dir, c, graph);
          if (diff.isEmpty()) {
            passed.add(c.name());
          } else {
            failures.put(c.name(), diff.get());
          }
        }
      }
    }
    System.out.printf("conformance: %d of %d applicable cases pass%n", passed.size(), applicable);
    failures.forEach((name, diff) -> System.out.println("FAIL " + name + "\n     " + diff));
    Set<String> regressed = new LinkedHashSet<>(ratchet);
    regressed.retainAll(failures.keySet());
    Set<String> unlisted = new LinkedHashSet<>(passed);
    unlisted.removeAll(ratchet);
    unlisted.forEach(n -> System.out.println("passing but not in the ratchet: " + n));
    assertThat(regressed).as("ratcheted cases that fail").isEmpty();
  }

  private Optional<String> run(Path dir, ConformanceCase c, AgentGraph graph) throws Exception {
    Map<String, Map<String, String>> vault =
        c.vault() == null ? Map.of() : readVault(dir.resolve(c.vault()));
    AgentRequest request =
        new AgentRequest(
            c.method(), c.path(), c.headers(), c.query(), c.body(), AccessCandidate.anonymous());
    AgentResponse response =
        TestEngines.engine(vault)
            .run(graph, request, RunListener.NONE)
            .toCompletableFuture()
            .get(30, TimeUnit.SECONDS);
    Object actual = mapper.readValue(mapper.writeValueAsString(response.data()), Object.class);
    Optional<String> diff = CaseComparison.compare(c, actual);
    if (diff.isEmpty() && c.expectStatus() != null && c.expectStatus() != response.status()) {
      return Optional.of("status " + response.status() + " instead of " + c.expectStatus());
    }
    return diff;
  }

  private boolean usesOnlyKnownComponents(String agentJson) throws IOException {
    Map<?, ?> root = mapper.readValue(agentJson, Map.class);
    Object components =
        root.containsKey("components")
            ? root.get("components")
            : ((Map<?, ?>) root.get("data")).get("components");
    for (Object c : (List<?>) components) {
      if (!TestEngines.COMPONENTS.containsKey(((Map<?, ?>) c).get("name"))) {
        return false;
      }
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> readList(Path file) throws IOException {
    return mapper.readValue(file.toFile(), List.class);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Map<String, String>> readVault(Path file) throws IOException {
    return mapper.readValue(file.toFile(), Map.class);
  }

  /** The ratchet file at the repository root; surefire runs in the module folder. */
  static Path ratchetFile() {
    String configured = System.getProperty("sre.conformance.ratchet");
    Path file = configured != null ? Path.of(configured) : Path.of("..", "conformance-ratchet.txt");
    return file.toAbsolutePath().normalize();
  }

  static Set<String> ratchet() throws IOException {
    Set<String> names = new LinkedHashSet<>();
    for (String line : Files.readAllLines(ratchetFile(), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        names.add(line.strip());
      }
    }
    return names;
  }
}
