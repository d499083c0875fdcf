package sre.engine.internal.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SRE's {@code ForkedAgent} plus {@code Async.cleanJobIDBranch}: the agent JSON an Async job runs.
 * It holds the Async component and everything downstream of it, a synthetic APIEndpoint {@code
 * <asyncId>_ENDPOINT} (endpoint = the Async id) feeding the Async inputs from {@code body.<input>},
 * without the JobID links to non-async components and without components left unreachable.
 */
final class ForkBuilder {
  private ForkBuilder() {}

  static Map<String, Object> fork(AgentGraph parent, String asyncId) {
    List<Map<String, Object>> components = new ArrayList<>();
    List<Map<String, Object>> connections = new ArrayList<>();
    cloneFrom(parent, asyncId, new HashSet<>(), components, connections);
    Map<String, Object> root = find(components, asyncId);
    if (root == null) {
      throw new AgentLoadException("Async component '" + asyncId + "' not found");
    }
    Map<String, Object> data = new LinkedHashMap<>(map(root.get("data")));
    data.put("forked", Boolean.TRUE);
    root.put("data", data);
    components.add(endpoint(parent, asyncId, root, connections));

    Map<String, Object> agent = new LinkedHashMap<>();
    agent.put("id", parent.id());
    agent.put("name", parent.name());
    agent.put("teamId", parent.teamId());
    agent.put("variables", parent.variables());
    agent.put("components", components);
    agent.put("connections", connections);
    AgentGraph tagged = new AgentLoader().load(agent, java.time.Instant.EPOCH);
    dropJobIdBranch(tagged, asyncId, connections);
    removeOrphans(components, connections);
    return agent;
  }

  private static void cloneFrom(
      AgentGraph parent,
      String id,
      Set<String> seen,
      List<Map<String, Object>> components,
      List<Map<String, Object>> connections) {
    if (!seen.add(id)) {
      return;
    }
    Map<String, Object> source = find(list(parent.source().get("components")), id);
    if (source == null) {
      return;
    }
    components.add(new LinkedHashMap<>(source));
    for (Map<String, Object> c : list(parent.source().get("connections"))) {
      if (id.equals(String.valueOf(c.get("sourceId")))) {
        cloneFrom(parent, String.valueOf(c.get("targetId")), seen, components, connections);
        connections.add(new LinkedHashMap<>(c));
      }
    }
  }

  private static Map<String, Object> endpoint(
      AgentGraph parent,
      String asyncId,
      Map<String, Object> root,
      List<Map<String, Object>> connections) {
    List<Object> outputs = new ArrayList<>();
    for (String name : List.of("headers", "body", "query")) {
      outputs.add(Map.of("name", name, "default", true));
    }
    List<Object> inputs = new ArrayList<>();
    List<Map<String, Object>> rootInputs = list(root.get("inputs"));
    String endpointId = asyncId + "_ENDPOINT";
    for (Map<String, Object> c : list(parent.source().get("connections"))) {
      if (!asyncId.equals(String.valueOf(c.get("targetId")))) {
        continue;
      }
      int inputIndex = inputIndex(rootInputs, c.get("targetIndex"));
      if (inputIndex < 0) {
        continue;
      }
      Map<String, Object> input = rootInputs.get(inputIndex);
      inputs.add(input);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("name", input.get("name"));
      out.put("expression", "body." + input.get("name"));
      out.put("default", false);
      outputs.add(out);
      Map<String, Object> link = new LinkedHashMap<>();
      link.put("sourceId", endpointId);
      link.put("sourceIndex", (long) outputs.size() - 1);
      link.put("targetId", asyncId);
      link.put("targetIndex", (long) inputIndex);
      connections.add(link);
    }
    Map<String, Object> ep = new LinkedHashMap<>();
    ep.put("id", endpointId);
    ep.put("name", "APIEndpoint");
    ep.put("outputs", outputs);
    ep.put("inputs", inputs);
    ep.put("data", Map.of("endpoint", asyncId, "description", "", "method", "POST"));
    ep.put("displayName", "APIEndpoint");
    ep.put("title", "APIEndpoint");
    return ep;
  }

  /** Removes the links from the (first) Async component's JobID to components not tagged async. */
  private static void dropJobIdBranch(
      AgentGraph tagged, String asyncId, List<Map<String, Object>> connections) {
    Node async = null;
    for (Node n : tagged.nodes()) {
      if (n.name().equals("Async")) {
        async = n;
        break;
      }
    }
    if (async == null) {
      return;
    }
    int jobId = -1;
    for (int i = 0; i < async.outputs().size(); i++) {
      if (async.outputs().get(i).name().equals("JobID")) {
        jobId = i;
        break;
      }
    }
    if (jobId < 0) {
      return;
    }
    Node source = async;
    int jobIndex = jobId;
    connections.removeIf(
        c ->
            source.id().equals(String.valueOf(c.get("sourceId")))
                && outputIndex(source, c.get("sourceIndex")) == jobIndex
                && !tagged.isAsync(indexOf(tagged, String.valueOf(c.get("targetId")))));
  }

  /** Components (other than endpoints) that nothing feeds, removed until none is left. */
  private static void removeOrphans(
      List<Map<String, Object>> components, List<Map<String, Object>> connections) {
    boolean removed = true;
    while (removed) {
      removed = false;
      for (Map<String, Object> c : new ArrayList<>(components)) {
        String id = String.valueOf(c.get("id"));
        boolean fed =
            connections.stream().anyMatch(l -> id.equals(String.valueOf(l.get("targetId"))));
        if (!"APIEndpoint".equals(c.get("name")) && !fed) {
          components.remove(c);
          connections.removeIf(l -> id.equals(String.valueOf(l.get("sourceId"))));
          removed = true;
        }
      }
    }
  }

  private static int outputIndex(Node node, Object index) {
    if (index instanceof Number n) {
      return n.intValue();
    }
    for (int i = 0; i < node.outputs().size(); i++) {
      if (node.outputs().get(i).name().equals(index)) {
        return i;
      }
    }
    return -1;
  }

  private static int inputIndex(List<Map<String, Object>> inputs, Object index) {
    if (index instanceof Number n) {
      return n.intValue() < inputs.size() ? n.intValue() : -1;
    }
    for (int i = 0; i < inputs.size(); i++) {
      if (inputs.get(i).get("name").equals(index)) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(AgentGraph graph, String id) {
    for (Node n : graph.nodes()) {
      if (n.id().equals(id)) {
        return n.index();
      }
    }
    return -1;
  }

  private static Map<String, Object> find(List<Map<String, Object>> components, String id) {
    for (Map<String, Object> c : components) {
      if (id.equals(String.valueOf(c.get("id")))) {
        return c;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }
}
