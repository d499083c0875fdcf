package sre.components.internal;

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
 * PromptGenerator (alias LLMPrompt): the templated {@code prompt} sent to {@code model}; the parsed
 * answer is {@code Reply}, and custom outputs read their fields from it (spec §6.3, §7.3).
 */
@Component(service = sre.api.component.Component.class)
@ComponentName({"PromptGenerator", "LLMPrompt"})
public final class PromptGeneratorComponent implements sre.api.component.Component {

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
    boolean passthrough = JsValues.truthy(call.config().get("passthrough"));
    return LlmInference.prompt(call, model, List.of(LlmMessage.user(query)), passthrough, custom)
        .handle(
            (response, error) -> {
              if (error != null) {
                return LlmInference.failure(error, model);
              }
              Map<String, Object> out = new LinkedHashMap<>();
              if (response.content().isEmpty()) {
                out.put("_error", " LLM Error = Empty Response!");
                return out;
              }
              out.put("Reply", LlmInference.parseReply(response.content(), model));
              return out;
            });
  }
}
