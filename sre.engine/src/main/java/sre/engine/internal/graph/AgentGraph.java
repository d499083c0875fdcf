package sre.engine.internal.graph;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A validated, immutable agent: components, connections, endpoints and variables. Shared by all
 * runs of the agent; runs keep their own state.
 *
 * @param id agent id ({@code tmp-<uid>} when the file has none)
 * @param name agent name
 * @param teamId owning team ({@code default} when absent)
 * @param variables agent variables (unmodifiable; values as written)
 * @param nodes the components in file order
 * @param endpoints {@code /api/<endpoint>} → method → component index
 * @param triggers {@code /trigger/<name>} → component index
 * @param modified when the source last changed (cache key)
 * @param asyncNodes indexes of the components SRE tags {@code async}: every Async component and
 *     what is downstream of it except through its {@code JobID} output
 * @param source the agent JSON as loaded (forks for Async jobs are cut from it)
 * @param forks the fork graphs built from this graph, per Async component
 */
public record AgentGraph(
    String id,
    String name,
    String teamId,
    Map<String, Object> variables,
    List<Node> nodes,
    Map<String, Map<String, Integer>> endpoints,
    Map<String, Integer> triggers,
    Instant modified,
    java.util.Set<Integer> asyncNodes,
    Map<String, Object> source,
    Forks forks) {

  /** The graph an {@code Async} component's job runs: built once per Async component. */
  public AgentGraph fork(String asyncComponentId) {
    return forks.get(this, asyncComponentId);
  }

  /** Whether SRE tags the component {@code async} (skipped by the main flow). */
  public boolean isAsync(int index) {
    return asyncNodes.contains(index);
  }

  /** The component addressed by {@code method path}, or -1. */
  public int endpoint(String path, String method) {
    Map<String, Integer> byMethod = endpoints.get(path);
    Integer index = byMethod == null ? null : byMethod.get(method);
    if (index == null) {
      index = triggers.get(path);
    }
    return index == null ? -1 : index;
  }

  /** Whether any agent variable is a whole {@code {{...}}} placeholder (resolved per run). */
  public boolean hasVaultVariables() {
    for (Object v : variables.values()) {
      if (v instanceof String s && s.startsWith("{{") && s.endsWith("}}")) {
        return true;
      }
    }
    return false;
  }
}
