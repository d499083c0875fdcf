package sre.engine.internal.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sre.api.component.Component;
import sre.api.component.RunContext;
import sre.api.component.support.JsValues;
import sre.engine.internal.graph.AgentGraph;
import sre.engine.internal.graph.Node;

/**
 * SRE's {@code processResults} and {@code Agent.postProcess}: leaf records then error records,
 * de-duplicated by component id, cloned, cleaned and shaped by each component's postProcess; a
 * single record is unwrapped.
 */
final class ResultShaper {
  private ResultShaper() {}

  static Object shape(
      AgentGraph graph,
      List<Map<String, Object>> sessionResults,
      List<Map<String, Object>> errorResults,
      EngineServices services,
      RunContext run) {
    List<Map<String, Object>> all = new ArrayList<>(sessionResults.size() + errorResults.size());
    all.addAll(sessionResults);
    all.addAll(errorResults);
    Set<Object> seen = new HashSet<>();
    List<Object> result = new ArrayList<>();
    for (Map<String, Object> r : all) {
      if (!seen.add(r.get("id"))) {
        continue;
      }
      Map<String, Object> res = Records.resultOf(r);
      if (res != null && Records.truthyKey(res, "_exclude")) {
        continue;
      }
      result.add(Records.jsonClone(r));
    }
    return postProcess(graph, result, services, run);
  }

  @SuppressWarnings("unchecked")
  static Object postProcess(
      AgentGraph graph, List<Object> records, EngineServices services, RunContext run) {
    List<Object> out = new ArrayList<>(records.size());
    for (Object o : records) {
      if (!(o instanceof Map<?, ?>)) {
        out.add(o);
        continue;
      }
      Map<String, Object> r = (Map<String, Object>) o;
      Map<String, Object> res = Records.resultOf(r);
      if (res != null
          && Records.truthyKey(res, "_error")
          && Records.truthyKey(res, "_error_handled")) {
        continue;
      }
      dropIfTruthy(r, "_debug");
      dropIfTruthy(r, "_debug_time");
      if (res != null) {
        dropIfTruthy(res, "_debug");
        dropIfTruthy(res, "_debug_time");
      }
      out.add(componentPostProcess(graph, r, services, run));
    }
    return out.size() == 1 ? out.get(0) : out;
  }

  static Object componentPostProcess(
      AgentGraph graph, Map<String, Object> r, EngineServices services, RunContext run) {
    Node node = find(graph, r.get("id"));
    if (node == null) {
      return r;
    }
    Component component = services.component(node.name());
    if (component == null) {
      return r;
    }
    Map<String, Object> res = Records.resultOf(r);
    if (res != null) {
      if (!run.debug()) {
        res.remove("_debug");
      }
      if (res.containsKey("_error") && !JsValues.truthy(res.get("_error"))) {
        res.remove("_error");
      }
    }
    try {
      return component.postProcess(r, new CallImpl(node, Map.of(), run, new java.util.HashMap<>()));
    } catch (RuntimeException e) {
      return Map.of("error", ComponentInvoker.message(e));
    }
  }

  private static Node find(AgentGraph graph, Object id) {
    for (Node n : graph.nodes()) {
      if (n.id().equals(id)) {
        return n;
      }
    }
    return null;
  }

  private static void dropIfTruthy(Map<String, Object> map, String key) {
    if (JsValues.truthy(map.get(key))) {
      map.remove(key);
    }
  }
}
