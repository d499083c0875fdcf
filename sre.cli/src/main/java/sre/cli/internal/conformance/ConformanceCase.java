package sre.cli.internal.conformance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One case of the conformance corpus (see its README): the agent, the request, the optional vault
 * file and the expected {@code data}, read from already-parsed JSON.
 */
public record ConformanceCase(
    String name,
    String agent,
    String method,
    String path,
    Map<String, String> headers,
    Map<String, Object> query,
    Object body,
    String vault,
    List<String> ignore,
    Map<String, String> match,
    Object expect,
    Integer expectStatus) {

  /** Reads a case from its parsed JSON object. */
  @SuppressWarnings("unchecked")
  public static ConformanceCase from(Map<String, Object> json) {
    Map<String, Object> request = (Map<String, Object>) json.getOrDefault("request", Map.of());
    Map<String, String> headers = new LinkedHashMap<>();
    ((Map<String, Object>) request.getOrDefault("headers", Map.of()))
        .forEach((k, v) -> headers.put(k, String.valueOf(v)));
    Map<String, String> match = new LinkedHashMap<>();
    ((Map<String, Object>) json.getOrDefault("match", Map.of()))
        .forEach((k, v) -> match.put(k, String.valueOf(v)));
    Object status = json.get("expectStatus");
    return new ConformanceCase(
        String.valueOf(json.get("name")),
        String.valueOf(json.get("agent")),
        String.valueOf(request.getOrDefault("method", "POST")),
        String.valueOf(request.getOrDefault("path", "")),
        headers,
        (Map<String, Object>) request.getOrDefault("query", Map.of()),
        request.getOrDefault("body", Map.of()),
        (String) json.get("vault"),
        (List<String>) json.getOrDefault("ignore", List.of("_debug", "_debug_time")),
        match,
        json.get("expect"),
        status instanceof Number n ? n.intValue() : null);
  }
}
