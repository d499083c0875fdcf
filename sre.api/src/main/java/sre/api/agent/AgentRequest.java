package sre.api.agent;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import sre.api.security.AccessCandidate;

/**
 * A request to an agent, as SRE's {@code AgentProcess.run} takes it: method, path ({@code
 * /api/<endpoint>}), headers, query and body (JSON values as {@code Map}/{@code List}/{@code
 * String}/{@code Number}/{@code Boolean}/{@code null}; maps keep their order and null values), and
 * the candidate it runs for (whose access the run's service calls carry).
 */
public record AgentRequest(
    String method,
    String path,
    Map<String, String> headers,
    Map<String, Object> query,
    Object body,
    AccessCandidate caller) {
  public AgentRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    // insertion-ordered copies that, unlike Map.copyOf, keep JSON null values
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    Objects.requireNonNull(caller, "caller");
  }
}
