package sre.components.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import sre.api.component.ComponentCall;
import sre.api.component.support.JsValues;
import sre.api.component.support.TemplateString;
import sre.api.llm.LlmMessage;

/**
 * What VisionLLM and MultimodalLLM share: the templated prompt sent as one user message with the
 * files of one input attached; the reply parsed like PromptGenerator's. Echo ignores attachments.
 */
final class FilePrompt {
  private FilePrompt() {}

  static CompletionStage<Map<String, Object>> run(
      ComponentCall call, String filesInput, String defaultModel) {
    Object configured = call.config().get("model");
    String model = JsValues.truthy(configured) ? String.valueOf(configured) : defaultModel;
    String prompt = TemplateString.parse(LlmConfig.prompt(call.config()), call.inputs());
    boolean stream = JsValues.truthy(call.config().get("passthrough"));
    return LlmAttachments.of(call.run(), call.inputs().get(filesInput), filesInput)
        .thenCompose(
            files ->
                LlmInference.prompt(
                    call, model, List.of(LlmMessage.user(prompt, files)), stream, false))
        .handle(
            (response, error) -> {
              if (error != null) {
                return LlmInference.failure(error, model);
              }
              Map<String, Object> out = new LinkedHashMap<>();
              out.put("Reply", LlmInference.parseReply(response.content(), model));
              return out;
            });
  }
}
