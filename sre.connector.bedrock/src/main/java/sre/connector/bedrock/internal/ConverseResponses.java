package sre.connector.bedrock.internal;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.TokenUsage;
import sre.api.llm.LlmProviderException;
import sre.api.llm.LlmProviderException.Kind;
import sre.api.llm.LlmResponse;
import sre.api.llm.ToolCall;

/** A Converse response as an {@link LlmResponse}: text blocks joined, tool uses, usage. */
final class ConverseResponses {
  private ConverseResponses() {}

  static LlmResponse from(ConverseResponse response, String provider) {
    if (response.output() == null || response.output().message() == null) {
      throw new LlmProviderException(
          Kind.MALFORMED_RESPONSE, provider + " answered without an output message");
    }
    StringBuilder text = new StringBuilder();
    List<ToolCall> calls = new ArrayList<>();
    for (ContentBlock block : response.output().message().content()) {
      if (block.text() != null) {
        text.append(block.text());
      } else if (block.toolUse() != null) {
        calls.add(
            new ToolCall(
                block.toolUse().toolUseId(),
                block.toolUse().name(),
                JsonDocuments.write(block.toolUse().input())));
      }
    }
    return new LlmResponse(
        text.toString(), finishReason(response.stopReasonAsString()), usage(response), calls);
  }

  /** Converse's stopReason in SRE's normalized words. */
  static String finishReason(String stopReason) {
    if (stopReason == null) {
      return "unknown";
    }
    return switch (stopReason) {
      case "end_turn", "stop_sequence" -> "stop";
      case "max_tokens", "model_context_window_exceeded" -> "length";
      case "tool_use" -> "tool_calls";
      case "guardrail_intervened", "content_filtered" -> "content_filter";
      default -> "unknown";
    };
  }

  private static sre.api.llm.TokenUsage usage(ConverseResponse response) {
    TokenUsage u = response.usage();
    if (u == null) {
      return sre.api.llm.TokenUsage.NONE;
    }
    return new sre.api.llm.TokenUsage(orZero(u.inputTokens()), orZero(u.outputTokens()));
  }

  private static long orZero(Integer n) {
    return n == null ? 0 : n;
  }
}
