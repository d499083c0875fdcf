package sre.api.llm;

import java.util.Objects;

/** A chat answer: the text, why generation stopped, and the usage. */
public record LlmResponse(String content, String finishReason, TokenUsage usage) {
  public LlmResponse {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(usage, "usage");
  }
}
