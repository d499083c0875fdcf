package sre.components.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import sre.api.component.ComponentCall;
import sre.api.component.OutputDefinition;
import sre.api.component.support.JsValues;
import sre.api.component.support.Json;
import sre.api.component.support.TypeCoercion;
import sre.api.llm.Llm;
import sre.api.llm.LlmMessage;
import sre.api.llm.LlmRequest;
import sre.api.llm.LlmResponse;
import sre.api.llm.ResponseFormat;
import sre.api.llm.UnknownModelException;

/**
 * SRE's {@code LLMInference} for components: one prompt to the run's LLM service, the output-format
 * enhancement for custom outputs (§7.3) and the lenient parsing of the reply. Stages complete when
 * the provider answers; no thread waits.
 */
final class LlmInference {
  static final String ECHO = "echo";

  private LlmInference() {}

  /** The message SRE reports when no connector serves the model. */
  static String unavailable(String model) {
    return "The model '" + model + "' is not available. Please try a different one.";
  }

  /**
   * Sends {@code prompt} as one user message (streamed when {@code stream}); completes with the
   * reply text, or fails with {@link UnknownModelException} when the model is not served.
   */
  static CompletionStage<LlmResponse> prompt(
      ComponentCall call, String model, List<LlmMessage> messages, boolean stream, boolean json) {
    Llm llm = call.run().service(Llm.class);
    if (llm == null) {
      return CompletableFuture.failedFuture(new UnknownModelException(model));
    }
    LlmRequest request =
        new LlmRequest(model, messages, options(call.config()))
            .withResponseFormat(json ? ResponseFormat.JSON : ResponseFormat.TEXT);
    var requester = llm.requester(call.run().candidate());
    return stream ? requester.chatStream(request, token -> {}) : requester.chat(request);
  }

  /** Maps a failed prompt to SRE's component result. */
  static Map<String, Object> failure(Throwable error, String model) {
    Throwable cause = Outputs.cause(error);
    Map<String, Object> out = new LinkedHashMap<>();
    if (cause instanceof UnknownModelException) {
      out.put("_error", unavailable(model));
    } else {
      out.put("_error", String.valueOf(cause.getMessage()));
    }
    return out;
  }

  /**
   * The base connectors' {@code enhancePrompt}: custom (non-default) outputs become an expected
   * JSON format appended to the prompt. The Echo connector's enhancement is the identity, so Echo
   * echoes the prompt unchanged.
   */
  static String enhance(String prompt, List<OutputDefinition> outputs, String model, String kind) {
    List<OutputDefinition> custom = customOutputs(outputs);
    if (custom.isEmpty() || isEcho(model)) {
      return prompt;
    }
    Map<String, Object> format = new LinkedHashMap<>();
    for (OutputDefinition o : custom) {
      format.put(o.name(), kind);
    }
    return prompt
        + "\n##\nExpected output format = "
        + Json.stringify(format)
        + "\nThe output JSON should only use the entries from the output format.";
  }

  static List<OutputDefinition> customOutputs(List<OutputDefinition> outputs) {
    List<OutputDefinition> custom = new ArrayList<>();
    for (OutputDefinition o : outputs) {
      if (!o.primary() && !o.name().equals("_debug") && !o.name().equals("_error")) {
        custom.add(o);
      }
    }
    return custom;
  }

  /**
   * The connector's {@code postProcess}: Echo parses text starting with {@code {} or {@code [}
   * (repairing it) and keeps anything else; other connectors also extract the first {@code
   * {...}} span from prose.
   */
  static Object parseReply(String text, String model) {
    String trimmed = text.trim();
    if (isEcho(model)) {
      if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
        Object parsed = Json.parseLenient(trimmed);
        return parsed == Json.INVALID ? text : parsed;
      }
      return text;
    }
    return TypeCoercion.tryParseJson(text);
  }

  static boolean isEcho(String model) {
    return model != null && model.toLowerCase(Locale.ROOT).equals(ECHO);
  }

  static Map<String, Object> options(Map<String, Object> config) {
    Map<String, Object> options = new LinkedHashMap<>();
    copyNumber(config, "maxTokens", LlmRequest.MAX_TOKENS, options);
    copyNumber(config, "temperature", LlmRequest.TEMPERATURE, options);
    copyNumber(config, "topP", LlmRequest.TOP_P, options);
    Object stop = config.get("stopSequences");
    if (stop instanceof String s && !s.isBlank()) {
      options.put(LlmRequest.STOP, List.of(s.split(",")));
    } else if (stop instanceof List<?> l && !l.isEmpty()) {
      options.put(LlmRequest.STOP, l);
    }
    // GenAILLM's reasoning settings, only when reasoning is switched on
    if (JsValues.truthy(config.get("useReasoning"))) {
      if (config.get("reasoningEffort") instanceof String effort && !effort.isBlank()) {
        options.put(LlmRequest.REASONING_EFFORT, effort);
      }
      copyNumber(config, "maxThinkingTokens", LlmRequest.THINKING_BUDGET, options);
    }
    return options;
  }

  private static void copyNumber(
      Map<String, Object> config, String from, String to, Map<String, Object> options) {
    Object v = config.get(from);
    if (v instanceof Number || (v instanceof String s && !s.isBlank())) {
      options.put(to, v);
    }
  }
}
