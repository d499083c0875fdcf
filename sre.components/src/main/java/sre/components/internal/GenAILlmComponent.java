package sre.components.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import sre.api.component.ComponentCall;
import sre.api.component.ComponentName;
import sre.api.component.support.JsValues;
import sre.api.component.support.TemplateString;
import sre.api.llm.LlmMessage;

/**
 * GenAILLM: like PromptGenerator but always streamed, JSON mode only when custom outputs exist, and
 * a reply cut short by the model is reported with an {@code _error} (spec §6.3). Media inputs go
 * with the prompt as attachments; the system prompt and earlier messages come from {@link
 * GenAiContext} when asked for.
 */
@Component(service = sre.api.component.Component.class)
@ComponentName("GenAILLM")
public final class GenAILlmComponent implements sre.api.component.Component {
  static final String CUT_SHORT =
      "The model stopped before completing the response, this is usually due to output token"
          + " limit reached.";

  @Override
  public Optional<String> validateConfig(Map<String, Object> config) {
    return LlmConfig.validate(config);
  }

  @Override
  public CompletionStage<Map<String, Object>> process(ComponentCall call) {
    Object configured = call.config().get("model");
    String model = JsValues.truthy(configured) ? String.valueOf(configured) : LlmInference.ECHO;
    String prompt = TemplateString.parse(LlmConfig.prompt(call.config()), call.inputs());
    String query = LlmInference.enhance(prompt, call.declaredOutputs(), model, "<value>");
    boolean custom = !LlmInference.customOutputs(call.declaredOutputs()).isEmpty();
    return GenAiContext.before(call)
        .thenCombine(
            MediaInputs.attachments(call),
            (context, files) -> {
              List<LlmMessage> messages = new ArrayList<>(context);
              messages.add(LlmMessage.user(query, files));
              return messages;
            })
        .thenCompose(messages -> LlmInference.prompt(call, model, messages, true, custom))
        .handle(
            (response, error) -> {
              if (error != null) {
                return LlmInference.failure(error, model);
              }
              Map<String, Object> out = new LinkedHashMap<>();
              out.put("Reply", LlmInference.parseReply(response.content(), model));
              String finish = response.finishReason();
              if (finish != null && !finish.equals("stop") && !finish.equals("tool_calls")) {
                out.put("_error", CUT_SHORT);
              }
              return out;
            });
  }
}
