package sre.engine.internal.graph;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fork graphs of one agent graph, built on first use (graphs are immutable, so forks are too).
 */
public final class Forks {
  private final Map<String, AgentGraph> byAsyncId = new ConcurrentHashMap<>();

  AgentGraph get(AgentGraph parent, String asyncComponentId) {
    return byAsyncId.computeIfAbsent(
        asyncComponentId,
        id -> new AgentLoader().load(ForkBuilder.fork(parent, id), Instant.EPOCH));
  }

  /** All forks are equal: a graph's identity does not depend on which forks were built. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Forks;
  }

  @Override
  public int hashCode() {
    return 0;
  }
}
