package sre.router.internal;

import java.util.List;
import java.util.Optional;

/**
 * What the router needs to know of one agent before running it: its APIEndpoints (for 404/405/400
 * and OpenAPI), its triggers and whether it is public. Read from the {@code .smyth} JSON by {@link
 * AgentSpecs}.
 *
 * @param isPublic {@code auth.method == "none"} in the {@code .smyth}: anonymous callers may run it
 * @param triggers the {@code triggerEndpoint} names of its trigger components ({@code
 *     /trigger/<name>})
 */
record AgentSpec(
    String id,
    String name,
    String version,
    String shortDescription,
    String behavior,
    boolean isPublic,
    List<Endpoint> endpoints,
    List<String> triggers) {

  /** One APIEndpoint component: {@code METHOD /api/<endpoint>}. */
  record Endpoint(
      String endpoint,
      String method,
      String description,
      String summary,
      String doc,
      boolean aiExposed,
      List<Input> inputs) {}

  /** A declared input of an APIEndpoint (SRE: a skill parameter). */
  record Input(
      String name, String type, boolean optional, Object defaultValue, String description) {
    /** SRE applies a default only when one is set and not blank. */
    boolean hasDefault() {
      return defaultValue != null && !"".equals(defaultValue);
    }
  }

  /** The endpoints named {@code endpoint}, whatever their method. */
  List<Endpoint> named(String endpoint) {
    return endpoints.stream().filter(e -> e.endpoint().equals(endpoint)).toList();
  }

  Optional<Endpoint> find(String endpoint, String method) {
    return named(endpoint).stream().filter(e -> e.method().equals(method)).findFirst();
  }
}
