package sre.api.llm;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A chat request: the model as agents name it, the messages, and generation options ({@code
 * maxTokens}, {@code temperature}, {@code responseFormat}, ... as plain values).
 */
public record LlmRequest(String model, List<LlmMessage> messages, Map<String, Object> options) {
  public LlmRequest {
    Objects.requireNonNull(model, "model");
    messages = List.copyOf(messages);
    options = Map.copyOf(options);
  }

  public static LlmRequest of(String model, LlmMessage... messages) {
    return new LlmRequest(model, List.of(messages), Map.of());
  }
}
