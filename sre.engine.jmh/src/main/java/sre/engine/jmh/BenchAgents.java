package sre.engine.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import sre.api.agent.AgentRequest;
import sre.api.component.support.Json;
import sre.api.security.AccessCandidate;

/** The agents and requests the benchmarks run. */
final class BenchAgents {
  /** The body of the published bench-chain comparison (../shared/bench/README.md). */
  static final String CHAIN_BODY =
      "{\"text\":\"hello world\",\"obj\":{\"id\":1,\"name\":\"John Doe\",\"email\":\"john@example.com\","
          + "\"profile\":{\"age\":30,\"location\":{\"city\":\"New York\",\"state\":\"NY\"}}}}";

  private BenchAgents() {}

  /**
   * The text of a file of the shared bench folder: {@code -Dsre.bench.dir}, else {@code
   * ../shared/bench} from the repository root or {@code ../../shared/bench} from this module.
   */
  static String sharedBenchAgent(String fileName) {
    String configured = System.getProperty("sre.bench.dir");
    Path[] candidates =
        configured != null
            ? new Path[] {Path.of(configured)}
            : new Path[] {Path.of("..", "shared", "bench"), Path.of("..", "..", "shared", "bench")};
    for (Path dir : candidates) {
      Path file = dir.resolve(fileName);
      if (Files.isRegularFile(file)) {
        try {
          return Files.readString(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new IllegalStateException(
        "no "
            + fileName
            + " in ../shared/bench; run from the repository root or set -Dsre.bench.dir");
  }

  /** POST {@code path} with a JSON body, as an anonymous caller. */
  static AgentRequest post(String path, String jsonBody) {
    return new AgentRequest(
        "POST", path, Map.of(), Map.of(), Json.parse(jsonBody), AccessCandidate.anonymous());
  }

  /**
   * APIEndpoint → {@code steps} pass-through components in a row → APIOutput. The difference
   * between two lengths, divided by the steps added, is the engine's cost per component step.
   */
  static String passChain(int steps) {
    StringBuilder components = new StringBuilder();
    StringBuilder connections = new StringBuilder();
    components.append(
        "{\"id\":\"EP\",\"name\":\"APIEndpoint\",\"data\":{\"endpoint\":\"chain\",\"method\":\"POST\"},"
            + "\"inputs\":[{\"name\":\"text\",\"type\":\"Any\",\"optional\":false}],"
            + "\"outputs\":[{\"name\":\"headers\",\"default\":true},{\"name\":\"body\",\"default\":true},"
            + "{\"name\":\"query\",\"default\":true},{\"name\":\"body.text\",\"default\":false}]}");
    String previous = "EP";
    int previousOutput = 3;
    for (int i = 1; i <= steps; i++) {
      String id = "P" + i;
      components.append(
          ",{\"id\":\""
              + id
              + "\",\"name\":\""
              + BenchEngines.PASS
              + "\",\"data\":{},"
              + "\"inputs\":[{\"name\":\"Input\",\"type\":\"Any\",\"optional\":false}],"
              + "\"outputs\":[{\"name\":\"Output\",\"default\":true}]}");
      connections.append(link(previous, previousOutput, id)).append(',');
      previous = id;
      previousOutput = 0;
    }
    components.append(
        ",{\"id\":\"OUT\",\"name\":\"APIOutput\",\"data\":{\"format\":\"minimal\"},"
            + "\"inputs\":[{\"name\":\"text\",\"type\":\"Any\",\"optional\":false}],"
            + "\"outputs\":[{\"name\":\"Output\",\"default\":true}]}");
    connections.append(link(previous, previousOutput, "OUT"));
    return "{\"id\":\"pass-chain-"
        + steps
        + "\",\"teamId\":\"default\",\"components\":["
        + components
        + "],\"connections\":["
        + connections
        + "]}";
  }

  private static String link(String source, int sourceIndex, String target) {
    return "{\"sourceId\":\""
        + source
        + "\",\"sourceIndex\":"
        + sourceIndex
        + ",\"targetId\":\""
        + target
        + "\",\"targetIndex\":0}";
  }
}
