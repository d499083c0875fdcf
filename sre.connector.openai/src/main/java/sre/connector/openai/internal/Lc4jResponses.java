package sre.connector.openai.internal;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.util.List;
import sre.api.llm.LlmResponse;
import sre.api.llm.TokenUsage;
import sre.api.llm.ToolCall;

/** langchain4j answers as SRE's {@link LlmResponse}, finish reasons normalized as SRE does. */
final class Lc4jResponses {
  private Lc4jResponses() {}

  static LlmResponse response(ChatResponse r) {
    AiMessage ai = r.aiMessage();
    List<ToolCall> calls =
        ai.hasToolExecutionRequests()
            ? ai.toolExecutionRequests().stream()
                .map(t -> new ToolCall(t.id(), t.name(), t.arguments()))
                .toList()
            : List.of();
    return new LlmResponse(
        ai.text() == null ? "" : ai.text(), finish(r.finishReason()), usage(r.tokenUsage()), calls);
  }

  static TokenUsage usage(dev.langchain4j.model.output.TokenUsage u) {
    if (u == null) {
      return TokenUsage.NONE;
    }
    return new TokenUsage(
        u.inputTokenCount() == null ? 0 : u.inputTokenCount(),
        u.outputTokenCount() == null ? 0 : u.outputTokenCount());
  }

  static String finish(FinishReason reason) {
    if (reason == null) {
      return "stop";
    }
    return switch (reason) {
      case STOP -> "stop";
      case LENGTH -> "length";
      case TOOL_EXECUTION -> "tool_calls";
      case CONTENT_FILTER -> "content_filter";
      default -> "unknown";
    };
  }
}
