package sre.api.llm;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A chat request: the model as agents name it, the messages, generation options, the tools the
 * model may call, and the response format.
 *
 * <p>Options are plain values under these keys (others are ignored): {@value #MAX_TOKENS}
 * (integer), {@value #TEMPERATURE}, {@value #TOP_P} (numbers), {@value #STOP} (list of strings),
 * {@value #TOOL_CHOICE} ({@code auto} or {@code required}), {@value #REASONING_EFFORT} (text),
 * {@value #THINKING_BUDGET} (integer).
 */
public record LlmRequest(
    String model,
    List<LlmMessage> messages,
    Map<String, Object> options,
    List<ToolDefinition> tools,
    ResponseFormat responseFormat) {

  public static final String MAX_TOKENS = "maxTokens";
  public static final String TEMPERATURE = "temperature";
  public static final String TOP_P = "topP";
  public static final String STOP = "stopSequences";
  public static final String TOOL_CHOICE = "toolChoice";

  /**
   * How hard a reasoning model thinks ({@code minimal}, {@code low}, {@code medium}, {@code high});
   * connectors whose provider has no such setting ignore it.
   *
   * @since 1.2
   */
  public static final String REASONING_EFFORT = "reasoningEffort";

  /**
   * Tokens a model may spend thinking before it answers (integer); connectors whose provider has no
   * thinking budget ignore it.
   *
   * @since 1.2
   */
  public static final String THINKING_BUDGET = "thinkingBudget";

  public LlmRequest {
    Objects.requireNonNull(model, "model");
    messages = List.copyOf(messages);
    options = Map.copyOf(options);
    tools = tools == null ? List.of() : List.copyOf(tools);
    responseFormat = responseFormat == null ? ResponseFormat.TEXT : responseFormat;
  }

  public LlmRequest(String model, List<LlmMessage> messages, Map<String, Object> options) {
    this(model, messages, options, List.of(), ResponseFormat.TEXT);
  }

  public static LlmRequest of(String model, LlmMessage... messages) {
    return new LlmRequest(model, List.of(messages), Map.of());
  }

  /** This request with another model name (the kernel swaps in the provider's model id). */
  public LlmRequest withModel(String otherModel) {
    return new LlmRequest(otherModel, messages, options, tools, responseFormat);
  }

  public LlmRequest withTools(List<ToolDefinition> otherTools) {
    return new LlmRequest(model, messages, options, otherTools, responseFormat);
  }

  public LlmRequest withResponseFormat(ResponseFormat format) {
    return new LlmRequest(model, messages, options, tools, format);
  }

  public LlmRequest withOptions(Map<String, Object> otherOptions) {
    return new LlmRequest(model, messages, otherOptions, tools, responseFormat);
  }

  /** A numeric option, or {@code null} when absent or not a number (numeric strings count). */
  public Double number(String key) {
    Object v = options.get(key);
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof String s && !s.isBlank()) {
      try {
        return Double.valueOf(s.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
