package sre.api.agent;

import java.util.Map;
import java.util.Objects;
import sre.api.security.AccessCandidate;

/**
 * A request to an agent, as SRE's {@code AgentProcess.run} takes it: method, path ({@code
 * /api/<endpoint>}), headers, query and body (JSON values as {@code Map}/{@code List}/{@code
 * String}/{@code Number}/{@code Boolean}/{@code null}), and the candidate it runs for (whose access
 * the run's service calls carry).
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
    headers = Map.copyOf(headers);
    query = Map.copyOf(query);
    Objects.requireNonNull(caller, "caller");
  }
}
