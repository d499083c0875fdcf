package sre.components.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import sre.api.agent.AgentRequest;
import sre.api.agent.AgentRunner;
import sre.api.agent.AgentSource;
import sre.api.agent.RunListener;
import sre.api.component.support.Json;
import sre.api.llm.ToolCall;
import sre.api.llm.ToolDefinition;
import sre.api.security.AccessCandidate;

/**
 * A sub-agent's AI-exposed APIEndpoints as LLM tools (SRE's agent OpenAPI spec, §8.2, as the
 * Conversation helper turns it into tools, §7.5): name = endpoint, description = the endpoint's
 * description (else summary, else doc), parameters = a JSON Schema object of its declared inputs. A
 * call runs the endpoint in-process through {@link AgentRunner}: POST body = the call's arguments
 * (GET: the query), for the caller's candidate.
 */
final class AgentTools {
  private final AgentSource agent;
  private final String agentName;
  private final String behavior;
  private final Map<String, Endpoint> endpoints;

  private record Endpoint(String name, String method, ToolDefinition tool) {}

  private AgentTools(
      AgentSource agent, String agentName, String behavior, Map<String, Endpoint> endpoints) {
    this.agent = agent;
    this.agentName = agentName;
    this.behavior = behavior;
    this.endpoints = endpoints;
  }

  /** The tools of {@code agent}, or empty when its JSON is not an agent definition. */
  static Optional<AgentTools> of(AgentSource agent) {
    if (!(Json.parse(agent.json()) instanceof Map<?, ?> root)) {
      return Optional.empty();
    }
    Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    if (root.get("components") instanceof List<?> components) {
      for (Object c : components) {
        if (c instanceof Map<?, ?> component
            && "APIEndpoint".equals(component.get("name"))
            && component.get("data") instanceof Map<?, ?> data
            && data.get("endpoint") instanceof String endpoint
            && !endpoint.isBlank()
            && !Boolean.FALSE.equals(data.get("ai_exposed"))) {
          String method =
              data.get("method") instanceof String m && !m.isBlank()
                  ? m.toUpperCase(Locale.ROOT)
                  : "POST";
          endpoints.putIfAbsent(
              endpoint,
              new Endpoint(
                  endpoint,
                  method,
                  new ToolDefinition(
                      endpoint, description(data), schema(component.get("inputs")))));
        }
      }
    }
    return Optional.of(
        new AgentTools(
            agent,
            text(root.get("name"), agent.name()),
            text(root.get("behavior"), ""),
            endpoints));
  }

  List<ToolDefinition> definitions() {
    return endpoints.values().stream().map(Endpoint::tool).toList();
  }

  /**
   * The Conversation's system prompt for an agent spec: {@code Assistant Name :
   * <name>\n\n<behavior>}, where an explicit {@code instructions} text replaces the behavior.
   */
  String systemPrompt(String instructions) {
    String body = instructions == null || instructions.isBlank() ? behavior : instructions;
    return "Assistant Name : " + agentName + "\n\n" + body;
  }

  /** Runs {@code call} against the sub-agent; completes with the run's data as text. */
  CompletionStage<String> call(AgentRunner runner, ToolCall call, AccessCandidate caller) {
    Endpoint endpoint = endpoints.get(call.name());
    if (endpoint == null) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException("Unknown tool " + call.name()));
    }
    Object parsed = Json.parseLenient(call.arguments());
    Map<String, Object> args = new LinkedHashMap<>();
    if (parsed instanceof Map<?, ?> m) {
      m.forEach((k, v) -> args.put(String.valueOf(k), v));
    }
    boolean get = endpoint.method().equals("GET");
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-AGENT-ID", agent.id());
    AgentRequest request =
        new AgentRequest(
            endpoint.method(),
            "/api/" + endpoint.name(),
            headers,
            get ? args : Map.of(),
            get ? Map.of() : args,
            caller);
    return runner
        .run(agent.id(), request, RunListener.NONE)
        .thenApply(
            response -> response.data() instanceof String s ? s : Json.stringify(response.data()));
  }

  private static String description(Map<?, ?> data) {
    for (String key : new String[] {"description", "summary", "doc"}) {
      if (data.get(key) instanceof String s && !s.isBlank()) {
        return s;
      }
    }
    return "";
  }

  /** JSON Schema of the endpoint's inputs, with §8.2's type mapping. */
  private static String schema(Object inputs) {
    Map<String, Object> properties = new LinkedHashMap<>();
    List<Object> required = new ArrayList<>();
    if (inputs instanceof List<?> list) {
      for (Object i : list) {
        if (i instanceof Map<?, ?> input && input.get("name") instanceof String name) {
          Map<String, Object> property = new LinkedHashMap<>();
          property.put("type", jsonType(input.get("type")));
          if (input.get("description") instanceof String d && !d.isBlank()) {
            property.put("description", d);
          }
          Object defaultValue = input.get("defaultVal");
          if (defaultValue != null && !"".equals(defaultValue)) {
            property.put("default", defaultValue);
          }
          properties.put(name, property);
          if (!Boolean.TRUE.equals(input.get("optional"))) {
            required.add(name);
          }
        }
      }
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    return Json.stringify(schema);
  }

  private static String jsonType(Object type) {
    String t = type instanceof String s ? s.toLowerCase(Locale.ROOT) : "any";
    return switch (t) {
      case "number", "float" -> "number";
      case "integer" -> "integer";
      case "boolean" -> "boolean";
      case "array" -> "array";
      case "object" -> "object";
      default -> "string";
    };
  }

  private static String text(Object value, String fallback) {
    return value instanceof String s && !s.isBlank() ? s : fallback;
  }
}
