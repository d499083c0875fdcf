package sre.router.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import sre.api.agent.AgentSource;

/**
 * Reads {@link AgentSpec}s from {@code .smyth} JSON and keeps them per agent id and modification
 * time, so a request parses an agent file only when it changed.
 */
final class AgentSpecs {
  private record Cached(Instant modified, AgentSpec spec) {}

  private final ObjectMapper mapper;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  AgentSpecs(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The agent's spec; an agent file that is not valid JSON has no endpoints. */
  AgentSpec of(AgentSource source) {
    Cached cached = cache.get(source.id());
    if (cached != null && cached.modified().equals(source.modified())) {
      return cached.spec();
    }
    AgentSpec spec = parse(source);
    cache.put(source.id(), new Cached(source.modified(), spec));
    return spec;
  }

  AgentSpec parse(AgentSource source) {
    JsonNode root;
    try {
      root = mapper.readTree(source.json());
    } catch (JsonProcessingException e) {
      return new AgentSpec(
          source.id(), source.name(), "1.0.0", "", "", false, List.of(), List.of());
    }
    // SRE accepts the flat agent or the AgentData wrapper {data: <agent>, version}
    JsonNode agent =
        root.has("components") && root.has("connections") || !root.path("data").isObject()
            ? root
            : root.path("data");
    List<AgentSpec.Endpoint> endpoints = new ArrayList<>();
    List<String> triggers = new ArrayList<>();
    for (JsonNode component : agent.path("components")) {
      if ("APIEndpoint".equals(component.path("name").asText())) {
        endpoint(component).ifPresent(endpoints::add);
      }
      String trigger = component.path("data").path("triggerEndpoint").asText("");
      if (!trigger.isBlank()) {
        triggers.add(trigger);
      }
    }
    String shortDescription = text(agent, "shortDescription");
    return new AgentSpec(
        source.id(),
        agent.path("name").isTextual() ? agent.path("name").asText() : source.name(),
        text(agent, "version").isEmpty() ? "1.0.0" : text(agent, "version"),
        shortDescription.isEmpty() ? text(agent, "description") : shortDescription,
        text(agent, "behavior"),
        "none".equals(agent.path("auth").path("method").asText()),
        List.copyOf(endpoints),
        List.copyOf(triggers));
  }

  private java.util.Optional<AgentSpec.Endpoint> endpoint(JsonNode component) {
    JsonNode data = component.path("data");
    String endpoint = text(data, "endpoint");
    if (endpoint.isEmpty()) {
      return java.util.Optional.empty();
    }
    String method = text(data, "method").toUpperCase(Locale.ROOT);
    List<AgentSpec.Input> inputs = new ArrayList<>();
    for (JsonNode input : component.path("inputs")) {
      inputs.add(
          new AgentSpec.Input(
              text(input, "name"),
              text(input, "type").isEmpty() ? "Any" : text(input, "type"),
              input.path("optional").asBoolean(false),
              input.has("defaultVal")
                  ? mapper.convertValue(input.get("defaultVal"), Object.class)
                  : null,
              text(input, "description")));
    }
    JsonNode exposed = data.path("ai_exposed");
    return java.util.Optional.of(
        new AgentSpec.Endpoint(
            endpoint,
            method.isEmpty() ? "POST" : method,
            text(data, "description"),
            text(data, "summary"),
            text(data, "doc"),
            exposed.isMissingNode() || exposed.isNull() || exposed.asBoolean(true),
            List.copyOf(inputs)));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.isNull() ? value.asText() : "";
  }
}
