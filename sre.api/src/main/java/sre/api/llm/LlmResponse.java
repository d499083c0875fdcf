package sre.api.llm;

import java.util.List;
import java.util.Objects;

/**
 * A chat answer: the text, why generation stopped (normalized: {@code stop}, {@code length}, {@code
 * tool_calls}, {@code content_filter}, {@code error}, {@code unknown}), the usage, and the tool
 * calls the model asked for (empty when none).
 */
public record LlmResponse(
    String content, String finishReason, TokenUsage usage, List<ToolCall> toolCalls) {
  public LlmResponse {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(usage, "usage");
    toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
  }

  public LlmResponse(String content, String finishReason, TokenUsage usage) {
    this(content, finishReason, usage, List.of());
  }

  /** True when the model wants tools run before it answers. */
  public boolean usesTools() {
    return !toolCalls.isEmpty();
  }
}
