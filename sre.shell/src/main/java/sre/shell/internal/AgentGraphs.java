package sre.shell.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sre.api.component.support.Json;

/**
 * Reads what the console shows about an agent from its {@code .smyth} JSON: its endpoints and
 * component count. Tolerant: a malformed file shows as having none (the engine reports the error
 * when the agent runs).
 */
final class AgentGraphs {
  /** One {@code APIEndpoint} component: how to call it with {@code sre:agent-run}. */
  record Endpoint(String method, String path, String componentId) {}

  private AgentGraphs() {}

  static List<Endpoint> endpoints(String json) {
    List<Endpoint> out = new ArrayList<>();
    for (Map<?, ?> c : components(json)) {
      if ("APIEndpoint".equals(c.get("name")) && c.get("data") instanceof Map<?, ?> data) {
        Object method = data.get("method");
        out.add(
            new Endpoint(
                method == null ? "POST" : String.valueOf(method),
                "/api/" + data.get("endpoint"),
                String.valueOf(c.get("id"))));
      }
    }
    return out;
  }

  static List<Map<?, ?>> components(String json) {
    Object graph = Json.parseLenient(json);
    List<Map<?, ?>> out = new ArrayList<>();
    if (graph instanceof Map<?, ?> m && m.get("components") instanceof List<?> list) {
      for (Object c : list) {
        if (c instanceof Map<?, ?> component) {
          out.add(component);
        }
      }
    }
    return out;
  }
}
