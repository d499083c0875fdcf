package sre.components.internal;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** APIEndpoint's config schema with SRE's (Joi's) messages. */
final class EndpointSchema {
  private EndpointSchema() {}

  static Optional<String> validate(Map<String, Object> config, Pattern endpointPattern) {
    Object endpoint = config.get("endpoint");
    if (endpoint == null) {
      return Optional.of("\"endpoint\" is required");
    }
    if (!(endpoint instanceof String e)) {
      return Optional.of("\"endpoint\" must be a string");
    }
    if (!endpointPattern.matcher(e).matches()) {
      return Optional.of(
          "\"endpoint\" with value \""
              + e
              + "\" fails to match the required pattern: /"
              + endpointPattern.pattern()
              + "/");
    }
    if (e.length() > 50) {
      return Optional.of("\"endpoint\" length must be less than or equal to 50 characters long");
    }
    Object method = config.get("method");
    if (method != null && !"POST".equals(method) && !"GET".equals(method) && !"".equals(method)) {
      return Optional.of("\"method\" must be one of [POST, GET, ]");
    }
    for (var limit :
        Map.of("description", 5000, "summary", 1000, "doc", 1000, "endpointLabel", 100)
            .entrySet()) {
      Object v = config.get(limit.getKey());
      if (v != null && !(v instanceof String)) {
        return Optional.of("\"" + limit.getKey() + "\" must be a string");
      }
      if (v instanceof String s && s.length() > limit.getValue()) {
        return Optional.of(
            "\""
                + limit.getKey()
                + "\" length must be less than or equal to "
                + limit.getValue()
                + " characters long");
      }
    }
    for (String flag : new String[] {"ai_exposed", "advancedModeEnabled"}) {
      Object v = config.get(flag);
      if (v != null && !(v instanceof Boolean)) {
        return Optional.of("\"" + flag + "\" must be a boolean");
      }
    }
    return Optional.empty();
  }
}
