package sre.router.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SRE's {@code getOpenAPIJSON(source, serverUrl, version, aiOnly)} (spec §8.2): OpenAPI 3.0.1, one
 * operation per APIEndpoint at {@code /api/<endpoint>}, inputs as query parameters (GET) or a JSON
 * body (other methods), every response 200 text/plain.
 */
final class OpenApiDocument {
  private OpenApiDocument() {}

  static Map<String, Object> of(AgentSpec agent, String serverUrl, boolean aiOnly) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.0.1");
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("title", agent.name());
    info.put("description", aiOnly ? agent.behavior() : agent.shortDescription());
    info.put("version", agent.version());
    doc.put("info", info);
    doc.put("servers", List.of(Map.of("url", serverUrl)));
    Map<String, Object> paths = new LinkedHashMap<>();
    for (AgentSpec.Endpoint endpoint : agent.endpoints()) {
      if (aiOnly && !endpoint.aiExposed()) {
        continue;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> path =
          (Map<String, Object>)
              paths.computeIfAbsent("/api/" + endpoint.endpoint(), p -> new LinkedHashMap<>());
      path.put(endpoint.method().toLowerCase(Locale.ROOT), operation(endpoint, aiOnly));
    }
    doc.put("paths", paths);
    return doc;
  }

  private static Map<String, Object> operation(AgentSpec.Endpoint endpoint, boolean aiOnly) {
    Map<String, Object> op = new LinkedHashMap<>();
    op.put(
        "summary",
        aiOnly
            ? first(endpoint.description(), endpoint.doc())
            : first(endpoint.doc(), endpoint.description()));
    op.put("operationId", endpoint.endpoint());
    op.put("x-openai-isConsequential", false);
    if ("GET".equals(endpoint.method())) {
      if (!endpoint.inputs().isEmpty()) {
        op.put("parameters", endpoint.inputs().stream().map(OpenApiDocument::parameter).toList());
      }
    } else if (!endpoint.inputs().isEmpty()) {
      op.put("requestBody", body(endpoint.inputs(), aiOnly));
    }
    Map<String, Object> ok = new LinkedHashMap<>();
    ok.put("description", "response");
    ok.put("content", Map.of("text/plain", Map.of("schema", Map.of("type", "string"))));
    op.put("responses", Map.of("200", ok));
    return op;
  }

  private static Map<String, Object> parameter(AgentSpec.Input input) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name", input.name());
    p.put("in", "query");
    p.put("description", input.description());
    p.put("required", !input.optional());
    Map<String, Object> schema = schema(input.type());
    p.put("schema", schema);
    if ("array".equals(schema.get("type"))) {
      p.put("style", "form");
      p.put("explode", false);
    } else if ("object".equals(schema.get("type"))) {
      p.put("style", "deepObject");
      p.put("explode", true);
    }
    return p;
  }

  private static Map<String, Object> body(List<AgentSpec.Input> inputs, boolean aiOnly) {
    boolean multipart =
        !aiOnly && inputs.stream().anyMatch(i -> "binary".equalsIgnoreCase(i.type()));
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (AgentSpec.Input input : inputs) {
      Map<String, Object> property = schema(input.type());
      if (multipart && "binary".equalsIgnoreCase(input.type())) {
        property.put("format", "binary");
      }
      property.put("description", input.description());
      if (input.defaultValue() != null) {
        property.put("default", input.defaultValue());
      }
      properties.put(input.name(), property);
      if (!input.optional()) {
        required.add(input.name());
      }
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    // OpenAPI 3.0 (JSON Schema draft 4 subset) requires a non-empty 'required' list when present
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("required", true);
    body.put(
        "content",
        Map.of(multipart ? "multipart/form-data" : "application/json", Map.of("schema", schema)));
    return body;
  }

  /** SRE's type mapping: anything it does not know becomes a string. */
  static Map<String, Object> schema(String type) {
    Map<String, Object> schema = new LinkedHashMap<>();
    switch (type.toLowerCase(Locale.ROOT)) {
      case "number", "float" -> schema.put("type", "number");
      case "integer" -> schema.put("type", "integer");
      case "boolean" -> schema.put("type", "boolean");
      case "array" -> {
        schema.put("type", "array");
        schema.put("items", new LinkedHashMap<>());
      }
      case "object" -> {
        schema.put("type", "object");
        schema.put("additionalProperties", new LinkedHashMap<>());
      }
      default -> schema.put("type", "string");
    }
    return schema;
  }

  private static String first(String a, String b) {
    return a == null || a.isEmpty() ? b : a;
  }
}
