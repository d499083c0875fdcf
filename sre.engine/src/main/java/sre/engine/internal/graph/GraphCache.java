package sre.engine.internal.graph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import sre.api.agent.AgentSource;

/**
 * Parsed agents per agent id and version (modification time), so a run never parses. A changed file
 * replaces the entry for its id.
 */
public final class GraphCache {
  private final AgentLoader loader;
  private final Map<String, AgentGraph> graphs = new ConcurrentHashMap<>();

  public GraphCache(AgentLoader loader) {
    this.loader = loader;
  }

  /** The graph for this source, parsed once per id and modification time. */
  public AgentGraph get(AgentSource source) {
    AgentGraph cached = graphs.get(source.id());
    if (cached != null && cached.modified().equals(source.modified())) {
      return cached;
    }
    AgentGraph graph = loader.load(source.json(), source.modified());
    graphs.put(source.id(), graph);
    return graph;
  }

  /** Forgets every parsed graph. */
  public void clear() {
    graphs.clear();
  }
}
