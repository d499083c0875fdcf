package sre.connector.lc4j;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import java.util.List;
import sre.api.llm.LlmResponse;
import sre.api.llm.TokenUsage;
import sre.api.llm.ToolCall;

/** langchain4j answers as SRE's {@link LlmResponse}, finish reasons normalized as SRE does. */
public final class Lc4jResponses {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Lc4jResponses() {}

  public static LlmResponse response(ChatResponse r) {
    AiMessage ai = r.aiMessage();
    List<ToolCall> calls =
        ai.hasToolExecutionRequests()
            ? ai.toolExecutionRequests().stream()
                .map(t -> new ToolCall(t.id(), t.name(), compact(t.arguments())))
                .toList()
            : List.of();
    return new LlmResponse(
        ai.text() == null ? "" : ai.text(), finish(r.finishReason()), usage(r.tokenUsage()), calls);
  }

  /**
   * Tool arguments as compact JSON: some langchain4j modules pretty-print the provider's JSON
   * object, and callers should see the same text whichever provider answered. Kept as is when it is
   * not JSON (a model may emit broken arguments; the tool then reports the error).
   */
  public static String compact(String arguments) {
    if (arguments == null || arguments.isBlank()) {
      return arguments;
    }
    try {
      return JSON.readTree(arguments).toString();
    } catch (JsonProcessingException notJson) {
      return arguments;
    }
  }

  public static TokenUsage usage(dev.langchain4j.model.output.TokenUsage u) {
    if (u == null) {
      return TokenUsage.NONE;
    }
    return new TokenUsage(
        u.inputTokenCount() == null ? 0 : u.inputTokenCount(),
        u.outputTokenCount() == null ? 0 : u.outputTokenCount());
  }

  public static String finish(FinishReason reason) {
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
