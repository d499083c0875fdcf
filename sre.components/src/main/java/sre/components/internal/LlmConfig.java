package sre.components.internal;

import java.util.Map;
import java.util.Optional;

/** Config checks and fields shared by the LLM-backed components. */
final class LlmConfig {
  private LlmConfig() {}

  /** SRE's schema: {@code model} is required. */
  static Optional<String> validate(Map<String, Object> config) {
    Object model = config.get("model");
    if (model == null) {
      return Optional.of("\"Model\" is required");
    }
    if (!(model instanceof String)) {
      return Optional.of("\"Model\" must be a string");
    }
    return Optional.empty();
  }

  static String prompt(Map<String, Object> config) {
    Object prompt = config.get("prompt");
    return prompt == null ? "" : String.valueOf(prompt);
  }
}
